"""Loss Explorer: `python main.py` opens the window; `python main.py train ...` trains headless."""

import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

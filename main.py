"""Loss Explorer: `python main.py` opens the window; `train`, `export` and `worksheet` work without one."""

import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Loss Explorer: `python main.py` opens the window; `python main.py train ...` trains headless."""

import sys


def main(argv):
    if argv[:1] == ["train"]:
        # The engine alone: no Qt is imported, so this runs on any server.
        from engine.cli import main as train_main
        return train_main(argv[1:])
    from gui.app import run
    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

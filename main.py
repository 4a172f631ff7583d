"""Loss Explorer: `python main.py` opens the window; `train`, `export` and `worksheet` work without one."""

import sys


def main(argv):
    if argv[:1] == ["train"]:
        # The engine alone: no Qt is imported, so this runs on any server.
        from engine.cli import main as train_main
        return train_main(argv[1:])
    if argv[:1] == ["export"]:
        from engine.export_code import main as export_main
        return export_main(argv[1:])
    if argv[:1] == ["worksheet"]:
        # Qt draws the PDF, offscreen: no window opens.
        from gui.worksheet import main as worksheet_main
        return worksheet_main(argv[1:])
    from gui.app import run
    return run(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

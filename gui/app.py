"""Starting the window: logging, a safety net for errors, the QApplication.

``main`` is all ``main.py`` and the installed ``loss-explorer`` command call.
An unexpected error in any slot is written to the log and shown in a dialog;
the window and the user's work stay.
"""

import argparse
import logging
import os
import sys
import traceback

from .log_file import log_path

log = logging.getLogger("loss_explorer")

APP_NAME = "Loss Explorer"
ORGANIZATION = "Loss Explorer"


def setup_logging():
    handlers = [logging.StreamHandler(sys.stderr)]
    try:
        handlers.append(logging.FileHandler(log_path(), encoding="utf-8"))
    except OSError:
        pass
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        handlers=handlers, force=True)


def install_exception_hook():
    """Show unexpected errors in a dialog and the log instead of a traceback on the console."""
    showing = []

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if showing:  # an error while showing an error: the log has it
            return
        from PySide6.QtWidgets import QApplication, QMessageBox

        from . import messages
        # Offscreen (--screenshot, --self-test, CI) nobody could close a dialog.
        if QApplication.instance() is None or QApplication.platformName() == "offscreen":
            return
        showing.append(True)
        try:
            QMessageBox.warning(QApplication.activeWindow(), messages.say(messages.UNEXPECTED_ERROR_TITLE),
                                messages.say(messages.UNEXPECTED_ERROR, error=f"{kind.__name__}: {value}",
                                             log_path=log_path()))
        finally:
            showing.clear()

    sys.excepthook = hook


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python main.py", description="Loss Explorer: see loss and backpropagation.")
    parser.add_argument("file", nargs="?", help="an experiment (.json) or CSV file to open")
    parser.add_argument("--screenshot", metavar="FILE", help="open offscreen, train, save a PNG of the window and exit")
    parser.add_argument("--preset", metavar="NAME", help="with --screenshot: a built-in data set or lesson to show")
    parser.add_argument("--epochs", type=int, default=0, metavar="N", help="with --screenshot: epochs to train first")
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="with --screenshot: window size")
    parser.add_argument("--self-test", action="store_true", help="train, save and reopen offscreen; print one line")
    from .language import LANGUAGES
    parser.add_argument("--language", choices=list(LANGUAGES),
                        help="speak this language this time (default: the one chosen in View > Language, "
                             "else the system's)")
    menu = parser.add_mutually_exclusive_group()
    menu.add_argument("--install-desktop", action="store_true",
                      help="add this app and its icon to your applications menu (Linux, ~/.local/share)")
    menu.add_argument("--uninstall-desktop", action="store_true", help="take it out of the menu again")
    return parser.parse_args(argv)


def main(argv=None):
    """The command line; returns the exit code.

    ``train …`` trains and ``export …`` writes a run as a script with the
    engine alone (no Qt is imported, so they run on any server);
    ``worksheet …`` draws a PDF with Qt, offscreen; anything else opens the
    window.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["train"]:
        from engine.cli import main as train_main
        return train_main(argv[1:])
    if argv[:1] == ["export"]:
        from engine.export_code import main as export_main
        return export_main(argv[1:])
    if argv[:1] == ["worksheet"]:
        from .worksheet import main as worksheet_main
        return worksheet_main(argv[1:])
    return run(argv)


def run(argv=None):
    """Start the app; returns the process exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop or args.uninstall_desktop:
        from . import desktop_entry
        return desktop_entry.install() if args.install_desktop else desktop_entry.uninstall()
    if args.screenshot or args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    setup_logging()
    install_exception_hook()

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    import resources

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(resources.path("icons", "loss-explorer.png")))
    from . import language
    language.use_language(args.language or language.preferred_language())
    from . import training_process
    if training_process.enabled():
        # Started now, a training process is ready by the time someone presses Train.
        training_process.pool().prepare()
    try:
        if args.self_test:
            from .self_test import self_test
            return self_test()

        from .main_window import MainWindow
        window = MainWindow()
        if args.screenshot:
            return take_screenshot(window, args)
        window.show()
        if args.file:
            window.open_path(args.file)
        return app.exec()
    finally:
        training_process.pool().close()


def take_screenshot(window, args):
    from PySide6.QtWidgets import QApplication
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"error: --size takes WIDTHxHEIGHT, like 1600x1000; got '{args.size}'.", file=sys.stderr)
        return 2
    window.resize(width, height)
    window.show()
    if args.file:
        window.open_path(args.file)
    if args.preset:
        try:
            window.load_preset(args.preset)
        except ValueError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
    QApplication.processEvents()
    for _ in range(max(0, args.epochs)):
        window.session.step(unit="epoch")
    for _ in range(3):
        QApplication.processEvents()
    from .file_output import save_image
    problem = None
    try:
        save_image(window.grab(), args.screenshot, os.path.splitext(args.screenshot)[1].lstrip(".").upper() or "PNG")
    except OSError as e:
        problem = str(e)
    window.session.shutdown()
    window.setWindowModified(False)  # nothing to save: no question on close
    window.close()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    print(args.screenshot)
    return 0

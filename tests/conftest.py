import os

# Without a display Qt aborts the whole run; offscreen renders real pixels.
# Its screen is the smallest a classroom laptop has (1366×768), not Qt's
# default 800×800, so window-fit checks see what a student's screen holds.
_SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "screens", "laptop-1366x768.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")

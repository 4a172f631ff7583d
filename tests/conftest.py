import os

# Without a display Qt aborts the whole run; offscreen renders real pixels.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

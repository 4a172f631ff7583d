"""Regenerate the README's screenshots in resources/screenshots.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb python packaging/make_screenshots.py
    python packaging/make_screenshots.py          # offscreen; presentation mode is best taken under Xvfb

Each picture trains in the GUI thread (deterministic), then grabs the window.
"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)
from PySide6.QtWidgets import QApplication; app=QApplication([])
from PySide6.QtCore import QEventLoop, QTimer, QSettings
QSettings.setDefaultFormat(QSettings.IniFormat); import tempfile
QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
from gui.main_window import MainWindow
out = os.path.join(ROOT, "resources", "screenshots")
which = sys.argv[1:] or ["main","step","present","compare","sine","dark","landscape","german","spanish"]
def pump(ms=100):
    loop=QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()
def window(w=1920, h=1080):
    win=MainWindow(); win.resize(w,h); win.show(); pump(); return win
def done(win): win.setWindowModified(False); win.session.shutdown(); win.close()
if "main" in which:
    win=window(); s=win.session; s.set_learning_rate(0.1)
    for _ in range(150): s.step(unit="epoch")
    pump(); win.grab().save(f"{out}/main.png"); done(win)
if "step" in which:
    win=window(); s=win.session; s.load_builtin("xor"); s.set_learning_rate(0.1)
    for _ in range(60): s.step(unit="epoch")
    win.show_tab(win.step_through); win.step_through.sample.setValue(12); win.step_through.go_to(6); pump()
    win.grab().save(f"{out}/step_through.png"); done(win)
if "present" in which:
    win=window(); s=win.session; s.load_builtin("spiral"); s.set_features(["x1","x2","sin(x1)","sin(x2)"])
    s.set_optimizer("adam"); s.set_learning_rate(0.01)
    for _ in range(120): s.step(unit="epoch")
    win.toggle_presentation(True); win.resize(1920,1080); pump(300)
    win.grab().save(f"{out}/presentation.png"); win.toggle_presentation(False); done(win)
if "compare" in which:
    win=window(); s=win.session; s.load_builtin("gaussian", noise=0.3)
    c=win.open_compare(); c.resize(1920,1080)
    for t in c.twins.values():
        for _ in range(40): t.step(unit="epoch")
    pump(300); c.grab().save(f"{out}/compare.png"); c.close(); done(win)
if "sine" in which:
    win=window(1600,1000); win.lesson_panel.start(win.lesson_panel.lessons[2][1]); win.show_tab(win.lesson_panel); s=win.session
    for _ in range(40): s.step(unit="epoch")
    pump(); win.grab().save(f"{out}/sine_squares.png"); done(win)
if "dark" in which:
    win=window(1600,1000); win.set_theme("dark"); s=win.session; s.load_builtin("spiral-3")
    s.set_optimizer("adam"); s.set_learning_rate(0.01); s.set_hidden_layers([8,8],["tanh","tanh"])
    for _ in range(100): s.step(unit="epoch")
    pump(); win.grab().save(f"{out}/dark.png"); win.set_theme("light"); done(win)
if "landscape" in which:
    win=window(1600,1000); s=win.session; s.set_learning_rate(0.1)
    for _ in range(100): s.step(unit="epoch")
    d=win.open_landscape()
    while d.is_computing: pump(50)
    pump(); d.grab().save(f"{out}/landscape.png"); d.close(); done(win)
for code, name in (("de", "german"), ("es", "spanish")):
    if name in which:
        from gui import language
        language.use_language(code)
        win=window(1600,1000); win.lesson_panel.start(win.lesson_panel.lessons[2][1]); win.show_tab(win.lesson_panel)
        for _ in range(40): win.session.step(unit="epoch")
        pump(); win.grab().save(f"{out}/{name}.png"); done(win)
        language.use_language("en")
print("written to", out)

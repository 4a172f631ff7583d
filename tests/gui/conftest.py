import pytest

from gui import worker as worker_module


@pytest.fixture(autouse=True)
def no_dangling_threads(monkeypatch, qtbot):
    """Fail any test that leaves a background thread running (napari's _dangling_qthreads)."""
    started = []
    real_start = worker_module.start_in_thread

    def recording_start(worker):
        thread = real_start(worker)
        started.append(thread)
        return thread

    monkeypatch.setattr(worker_module, "start_in_thread", recording_start)
    import gui.training_run
    monkeypatch.setattr(gui.training_run, "start_in_thread", recording_start)
    yield

    def still_running():
        running = []
        for thread in started:
            if thread.isRunning():
                running.append(thread)
        return running

    from gui.tasks import keeper
    if still_running() or keeper().running():
        qtbot.wait(200)
    assert not still_running(), "the test left a training thread running"
    # Every background thread (training, landscape, CSV reading) is held by the keeper until it ends.
    assert not keeper().running(), "the test left a background thread running"


@pytest.fixture(autouse=True)
def full_speed_by_default(request, monkeypatch):
    """Tests train at full speed unless marked ``classroom_speed``; the app starts at a speed a class can follow."""
    if request.node.get_closest_marker("classroom_speed") is None:
        import gui.session
        monkeypatch.setattr(gui.session, "DEFAULT_SPEED", None)


@pytest.fixture
def session(qtbot):
    from gui.session import Session
    session = Session()
    yield session
    session.shutdown()


@pytest.fixture(autouse=True)
def application_look_restored(qapp):
    """Zoom, theme and language are application-wide: a test that changes them must not pass them on."""
    from gui import language
    if not language._installed:
        language.use_language(language.DEFAULT)  # English as the app speaks it: "1 step/s", "3 steps/s"
    yield
    from gui import appearance
    if appearance._base_point_size is not None:
        appearance.apply_zoom(1.0)
    from gui import language
    if language.current_language() != language.DEFAULT:
        language.use_language(language.DEFAULT)


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """Each test gets its own settings file: no test sees another's, nor the user's."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture
def question_answer():
    """How the tests answer a modal question (unsaved changes, another output layer); a test file may override it."""
    from PySide6.QtWidgets import QMessageBox
    return QMessageBox.Discard


@pytest.fixture
def private_local_files(tmp_path, monkeypatch):
    """Predictions and score tables go to the test's folder, not the user's."""
    import gui.predict_panel as predict_panel
    monkeypatch.setattr(predict_panel, "local_file", lambda name: str(tmp_path / name))


@pytest.fixture
def window(qtbot, monkeypatch, question_answer):
    """The main window, shown at the size it picks for the test screen (a 1366×768 laptop).

    A modal question would block the test run: it gets ``question_answer``.
    """
    from PySide6.QtWidgets import QMessageBox

    from gui.main_window import MainWindow
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: question_answer)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.session.shutdown()
    window.setWindowModified(False)


@pytest.fixture
def shown(qtbot):
    """``shown(widget, width, height)``: the widget added to the test, sized, shown and exposed."""
    def show(widget, width, height):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return show

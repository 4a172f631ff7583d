"""The views' numbers for a snapshot: right, and computed by the training thread while it trains."""

import threading

import numpy as np

from engine import losses
from gui import derived
from gui.network import THUMB_RESOLUTION, NetworkView
from gui.network import painting as network_painting
from gui.output import RESOLUTION, OutputView
from gui.output import plane as output_plane


def test_grid_and_points_are_the_network_on_the_plane_and_on_the_shown_rows(session):
    session.load_builtin("circle", n_samples=300)
    for _ in range(3):
        session.step(unit="epoch")
    network, prepared, dataset = session.network, session.prepared, session.dataset
    inputs, layers = session.grid_outputs(7)
    x0, x1, y0, y1 = session.input_extent()
    gx, gy = np.meshgrid(np.linspace(x0, x1, 7), np.linspace(y1, y0, 7))
    expected = network.forward_layers(prepared.transform(np.column_stack([gx.ravel(), gy.ravel()])))
    assert [a.shape for a in layers] == [(7, 7, n) for n in network.sizes[1:]]
    for got, (_, want) in zip(layers, expected):
        assert np.array_equal(got.reshape(49, -1), want)
    assert inputs[0, 0, 1] > inputs[-1, 0, 1]  # row 0 is the top of the plane

    outputs, point_losses = session.derived().points()
    rows = session.view_inputs().rows
    assert len(np.unique(rows)) == len(rows) == len(dataset.X)
    want = network.forward(prepared.transform(dataset.X[rows]))
    assert np.array_equal(outputs, want)
    targets = prepared.encode(np.asarray(dataset.y)[rows])
    assert np.array_equal(point_losses, losses.get(session.loss_name).per_sample(targets, want))


def test_a_big_set_shows_a_fixed_sample_of_each_split(session):
    session.load_builtin("circle", n_samples=5000)
    shown = session.view_inputs()
    assert shown.n_train == min(derived.MAX_POINTS, len(session.prepared.train_index))
    assert len(shown.rows) <= 2 * derived.MAX_POINTS
    assert set(shown.rows[:shown.n_train]) <= set(session.prepared.train_index)


def test_while_training_the_grids_and_losses_are_computed_off_the_gui_thread(qtbot, session, monkeypatch):
    OutputView(session)
    NetworkView(session)
    where = []
    real_grid, real_forward = derived.grid_activations, derived.Derived.points

    def grid_activations(network, inputs, resolution):
        where.append(("grid", resolution, threading.current_thread() is threading.main_thread()))
        return real_grid(network, inputs, resolution)

    def points(self):
        if self._points is None:
            where.append(("points", None, threading.current_thread() is threading.main_thread()))
        return real_forward(self)

    def recorded(kind, function):
        def wrapper(*args):
            where.append((kind, None, threading.current_thread() is threading.main_thread()))
            return function(*args)
        return wrapper

    monkeypatch.setattr(derived, "grid_activations", grid_activations)
    monkeypatch.setattr(derived.Derived, "points", points)
    monkeypatch.setattr(output_plane, "output_picture", recorded("heat map", output_plane.output_picture))
    monkeypatch.setattr(network_painting, "layer_pictures", recorded("neuron pictures", network_painting.layer_pictures))
    with qtbot.waitSignal(session.running_changed):
        session.start()
    for _ in range(3):
        with qtbot.waitSignal(session.snapshot_changed, timeout=3000):
            pass
    during = list(where)
    with qtbot.waitSignal(session.stopped, timeout=3000):
        session.pause()
    assert {(kind, resolution) for kind, resolution, _ in during} >= {
        ("grid", RESOLUTION), ("grid", THUMB_RESOLUTION), ("points", None), ("heat map", None),
        ("neuron pictures", None)}
    assert not any(on_gui_thread for _, _, on_gui_thread in during)


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def perf_counter(self):
        return self.now


def test_while_training_a_costly_grid_is_reused_for_a_while_and_a_cheap_one_never(session, monkeypatch):
    import dataclasses

    from engine.network import Network

    session.load_builtin("circle", n_samples=100)
    inputs = session.view_inputs()
    inputs.add_resolution(30)
    inputs.add_resolution(8)
    clock = FakeClock()
    monkeypatch.setattr(derived, "time", clock)
    real_grid = derived.grid_activations

    def grid_activations(network, grid, resolution):
        clock.now += 0.01 if resolution == 30 else 0.0001   # the 30² grid is the costly one
        return real_grid(network, grid, resolution)

    monkeypatch.setattr(derived, "grid_activations", grid_activations)
    trainer = session.experiment.trainer
    live = inputs.live_derive()

    def frame():
        trainer.advance(5)
        return trainer.snapshot(), live(trainer.snapshot())

    def fresh(snapshot, resolution):
        return derived.Derived(inputs, snapshot.network, snapshot.loss).grid(resolution)[1][-1]

    _, first = frame()
    clock.now += derived.REUSE_SECONDS / 2
    snapshot, second = frame()
    assert second.grid(30) is first.grid(30)                    # shown as it was a moment ago
    assert np.array_equal(second.grid(8)[1][-1], fresh(snapshot, 8))
    assert np.array_equal(second.points()[0], snapshot.network.forward(inputs.point_inputs))
    clock.now += max(derived.REUSE_SECONDS, 0.01 / derived.MAX_SHARE)
    snapshot, third = frame()
    assert np.array_equal(third.grid(30)[1][-1], fresh(snapshot, 30))
    # Another network shape never gets the old one's numbers.
    other = dataclasses.replace(snapshot, network=Network([2, 3, 1], ["tanh", "sigmoid"]))
    assert [a.shape[-1] for a in live(other).grid(30)[1]] == [3, 1]

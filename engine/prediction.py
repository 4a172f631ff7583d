"""Predict, then run: a student commits to what training will do, and the run says whether it did.

A ``Prediction`` is made before training on: the band the training loss will
be in at a given epoch, and whether the test loss will rise on the way there
(the sign of overfitting). ``judge(prediction, history)`` compares it with
the run once the run has reached that epoch.

On 2-D classes the student may also draw where the decision boundary will
end up; ``boundary_closeness`` says how close it came: the share of the
plane (a grid) where the side of the student's line agrees with the class
the network predicts, and how far apart the two boundaries run.
"""

import math
from dataclasses import asdict, dataclass, field

import numpy as np

from . import losses as _losses

from .formatting import count, number, percent
from .translation import QT_TRANSLATE_NOOP, translate

# The bands a student picks the final training loss from.
LOSS_BANDS = ((0.0, 0.1), (0.1, 0.3), (0.3, 0.6), (0.6, math.inf))
# The test loss "rose" when it ended this much above its lowest point.
RISE = 1.05


def band_text(band):
    low, high = LOSS_BANDS[band]
    if low == 0:
        return translate("prediction", "below {high}").format(high=number(high))
    if math.isinf(high):
        return translate("prediction", "above {low}").format(low=number(low))
    return translate("prediction", "{low} to {high}").format(low=number(low), high=number(high))


def band_of(loss):
    for index, (low, high) in enumerate(LOSS_BANDS):
        if low <= loss < high:
            return index
    return len(LOSS_BANDS) - 1


@dataclass
class Prediction:
    """What a student expects, written down before the run.

    ``band`` indexes LOSS_BANDS (the training loss at ``at_epoch``), and
    ``test_rises`` is whether the test loss will rise before then; either
    may be None (not predicted). ``boundary`` is the decision boundary the
    student drew on the input plane, a list of [x, y] points, or None.
    ``from_epoch`` is where the run stood.
    """

    at_epoch: int
    band: int = None
    test_rises: bool = None
    from_epoch: int = 0
    boundary: list = None
    outcome: dict = field(default_factory=dict)   # filled in by ``judge``

    def text(self):
        parts = []
        if self.band is not None:
            parts.append(translate("prediction", "training loss {band} at epoch {epoch}").format(
                band=band_text(self.band), epoch=count(self.at_epoch)))
        if self.test_rises is not None:
            parts.append(translate("prediction", "the test loss will rise") if self.test_rises
                         else translate("prediction", "the test loss will keep falling"))
        if self.boundary is not None:
            parts.append(translate("prediction", "the decision boundary drawn as a line of {count} points").format(
                count=len(self.boundary)))
        return "; ".join(parts)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, values):
        return cls(**{k: values[k] for k in ("at_epoch", "band", "test_rises", "from_epoch", "boundary",
                                                    "outcome") if k in values})


def judge(prediction, epochs, train_loss, test_loss):
    """Compare ``prediction`` with the run's per-epoch losses; None until the run reaches ``at_epoch``.

    Returns (and keeps in ``prediction.outcome``) a dict with ``train_loss``,
    ``band``, ``band_right``, ``test_rose``, ``test_right`` and ``text``.
    """
    epochs = np.asarray(epochs, dtype=float)
    reached = np.flatnonzero((epochs > prediction.from_epoch) & (epochs <= prediction.at_epoch))
    if not len(epochs) or epochs[-1] < prediction.at_epoch or not len(reached):
        return None
    last = reached[-1]
    loss = float(np.asarray(train_loss)[last])
    tests = np.asarray(test_loss, dtype=float)[reached]
    tests = tests[np.isfinite(tests)]
    rose = bool(len(tests) > 1 and tests[-1] > RISE * tests.min())
    band = band_of(loss)
    outcome = {"train_loss": loss, "band": band, "test_rose": rose,
               "band_right": None if prediction.band is None else band == prediction.band,
               "test_right": None if prediction.test_rises is None else rose == prediction.test_rises}
    parts = []
    if prediction.band is not None:
        mark = "✓" if outcome["band_right"] else "✗"
        parts.append(mark + " " + translate("prediction", "training loss {loss} at epoch {epoch}, {band} (you said {said})")
                     .format(loss=number(loss), epoch=count(prediction.at_epoch), band=band_text(band),
                             said=band_text(prediction.band)))
    if prediction.test_rises is not None:
        mark = "✓" if outcome["test_right"] else "✗"
        lowest = number(float(tests.min())) if len(tests) else "–"
        last_test = number(float(tests[-1])) if len(tests) else "–"
        if rose and prediction.test_rises:
            text = translate("prediction", "the test loss rose (lowest {lowest}, last {last}; you said it would rise)")
        elif rose:
            text = translate("prediction", "the test loss rose (lowest {lowest}, last {last}; you said it would keep "
                             "falling)")
        elif prediction.test_rises:
            text = translate("prediction", "the test loss did not rise (lowest {lowest}, last {last}; you said it "
                             "would rise)")
        else:
            text = translate("prediction", "the test loss did not rise (lowest {lowest}, last {last}; you said it "
                             "would keep falling)")
        parts.append(mark + " " + text.format(lowest=lowest, last=last_test))
    outcome["text"] = "; ".join(parts)
    prediction.outcome = outcome
    return outcome


def race_choices(loss_names):
    """What a student may predict in Compare: a run (by its loss), a tie, or neither, as text."""
    choices = {name: translate("prediction", "the {loss} run").format(loss=_losses.get(name).shown_label())
               for name in loss_names}
    many = len(choices) > 2
    choices.update(tie=translate("prediction", "all at the same epoch") if many
                   else translate("prediction", "both at the same epoch"),
                   neither=translate("prediction", "none of them, by then") if many
                   else translate("prediction", "neither, by then"))
    return choices


def race_winner(runs, threshold=0.9, by_epoch=50):
    """Which run first reached ``threshold`` (test accuracy, say), if that is settled yet.

    ``runs`` maps a name to (epochs, values). Returns the name, "tie",
    "neither" (no run got there by ``by_epoch``), or None while a run that is
    behind could still get there first.
    """
    reached, current = {}, {}
    for name, (epochs, values) in runs.items():
        epochs, values = np.asarray(epochs, dtype=float), np.asarray(values, dtype=float)
        current[name] = float(epochs[-1]) if len(epochs) else 0.0
        hits = np.flatnonzero((values >= threshold) & (epochs <= by_epoch))
        reached[name] = float(epochs[hits[0]]) if len(hits) else None
    first = min([e for e in reached.values() if e is not None], default=float(by_epoch))
    if any(now < first for now in current.values()):
        return None
    winners = [name for name, e in reached.items() if e == first]
    if not winners:
        return "neither"
    return winners[0] if len(winners) == 1 else "tie"


# ---------------------------------------------------------------- the boundary

# How close a drawn boundary was, in words, by the share of the plane it gets right.
CLOSENESS = ((0.95, QT_TRANSLATE_NOOP("prediction", "Very close")), (0.85, QT_TRANSLATE_NOOP("prediction", "Close")),
             (0.7, QT_TRANSLATE_NOOP("prediction", "Partly right")), (0.0, QT_TRANSLATE_NOOP("prediction", "Far off")))
CLOSED_LOOP = 0.08   # a line that ends this near its start (share of the plane's diagonal) is a loop


def _exit_point(start, direction, box):
    """Where the ray from ``start`` (inside ``box``) along ``direction`` leaves the box."""
    x0, x1, y0, y1 = box
    steps = []
    for value, d, low, high in ((start[0], direction[0], x0, x1), (start[1], direction[1], y0, y1)):
        if d > 0:
            steps.append((high - value) / d)
        elif d < 0:
            steps.append((low - value) / d)
    return start + min(steps) * direction


def _perimeter_position(point, box):
    """Where ``point`` on the box's edge lies, walking anticlockwise from the bottom-left corner: 0 to 4."""
    x0, x1, y0, y1 = box
    x, y = point
    edges = (abs(y - y0), abs(x - x1), abs(y - y1), abs(x - x0))     # bottom, right, top, left
    edge = int(np.argmin(edges))
    along = ((x - x0) / (x1 - x0), (y - y0) / (y1 - y0), (x1 - x) / (x1 - x0), (y1 - y) / (y1 - y0))[edge]
    return edge + float(np.clip(along, 0.0, 1.0))


def _direction(points, end):
    """The line's direction where it ends, outwards; None if all its points are one."""
    ordered = points if end else points[::-1]
    tip = ordered[-1]
    for point in ordered[-2::-1]:
        if np.hypot(*(tip - point)) > 0:
            return tip - point
    return None


def sketch_polygon(points, extent):
    """The region on one side of a student's line, as a polygon (n, 2).

    A line that comes back near where it started is a loop, and its inside is
    the region. An open line is carried on straight past both ends to the edge
    of the plane, and the region is what lies to its left, closed along the
    edge. ``points`` is (k, 2) in the plane's units, k >= 2; ``extent`` is the
    plane's (x_min, x_max, y_min, y_max).
    """
    points = np.asarray(points, dtype=float)
    low = np.minimum(points.min(axis=0), [extent[0], extent[2]])
    high = np.maximum(points.max(axis=0), [extent[1], extent[3]])
    pad = 0.01 * max(float(np.max(high - low)), 1e-12)
    box = (low[0] - pad, high[0] + pad, low[1] - pad, high[1] + pad)
    diagonal = np.hypot(box[1] - box[0], box[3] - box[2])
    first, last = _direction(points, False), _direction(points, True)
    if first is None:
        raise ValueError(translate("prediction", "A boundary needs two different points."))
    if len(points) >= 3 and np.hypot(*(points[-1] - points[0])) < CLOSED_LOOP * diagonal:
        return points
    start, end = _exit_point(points[0], first, box), _exit_point(points[-1], last, box)
    s_start, s_end = _perimeter_position(start, box), _perimeter_position(end, box)
    corners = np.array([(box[0], box[2]), (box[1], box[2]), (box[1], box[3]), (box[0], box[3])])
    # From where the line leaves the plane, anticlockwise round the edge to where it came in.
    walk = [corners[k % 4] for k in range(int(np.floor(s_end)) + 1, int(np.floor(s_end)) + 5)
            if k - s_end < (s_start - s_end) % 4]
    return np.vstack([[start], points, [end]] + ([np.array(walk)] if walk else []))


def inside_polygon(polygon, x, y):
    """True where the points (x, y) (arrays of one shape) lie inside ``polygon`` (even-odd rule)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    inside = np.zeros(x.shape, dtype=bool)
    ax, ay = polygon[:, 0], polygon[:, 1]
    bx, by = np.roll(ax, -1), np.roll(ay, -1)
    for a_x, a_y, b_x, b_y in zip(ax, ay, bx, by):
        if a_y == b_y:
            continue
        crosses = (a_y > y) != (b_y > y)
        inside ^= crosses & (x < a_x + (y - a_y) * (b_x - a_x) / (b_y - a_y))
    return inside


def sketch_region(points, xs, ys):
    """Which grid points lie in the region of a student's line: a boolean array (len(ys), len(xs))."""
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    polygon = sketch_polygon(points, (xs.min(), xs.max(), ys.min(), ys.max()))
    px, py = np.meshgrid(xs, ys)
    return inside_polygon(polygon, px, py)


def boundary_points(classes, xs, ys):
    """Midpoints between neighbouring grid points of different class: where a boundary runs. (n, 2)."""
    classes = np.asarray(classes)
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    across = np.nonzero(classes[:, 1:] != classes[:, :-1])
    down = np.nonzero(classes[1:, :] != classes[:-1, :])
    return np.vstack([np.column_stack([(xs[across[1]] + xs[across[1] + 1]) / 2, ys[across[0]]]),
                      np.column_stack([xs[down[1]], (ys[down[0]] + ys[down[0] + 1]) / 2])])


def distance_to_line(points, line):
    """Each point's distance to the polyline ``line`` (k, 2)."""
    points, line = np.asarray(points, dtype=float), np.asarray(line, dtype=float)
    a, b = line[:-1], line[1:]
    ab = b - a
    length2 = np.maximum((ab ** 2).sum(axis=1), 1e-300)
    t = np.clip(((points[:, None, :] - a) * ab).sum(axis=2) / length2, 0.0, 1.0)
    nearest = a + t[..., None] * ab
    return np.sqrt(((points[:, None, :] - nearest) ** 2).sum(axis=2)).min(axis=1)


def boundary_closeness(line, xs, ys, network_classes, X, y):
    """How close a drawn boundary is to the network's: the share of the plane both put on the same side.

    Parameters
    ----------
    line : (k, 2) the student's line, in the plane's units.
    xs, ys : the grid's coordinates; ``network_classes[j, i]`` is the class the
        network predicts at ``(xs[i], ys[j])``.
    X, y : the training points (m, 2) and their classes (m,). Each side of the
        line stands for the class most of its points have, as the student saw them.

    Returns
    -------
    dict with ``agreement`` (0..1, over the grid), ``mean_distance`` (mean
    distance of the network's boundary to the line, in the plane's units; nan
    if the network draws none), ``side_classes`` (class of the region, of the
    rest) and ``text``.
    """
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    polygon = sketch_polygon(line, (xs.min(), xs.max(), ys.min(), ys.max()))
    px, py = np.meshgrid(xs, ys)
    region = inside_polygon(polygon, px, py)
    network_classes = np.asarray(network_classes)
    X, y = np.asarray(X, dtype=float).reshape(-1, 2), np.asarray(y).astype(int)
    on_region = inside_polygon(polygon, X[:, 0], X[:, 1])
    counts = np.bincount(y, minlength=max(int(network_classes.max()) + 1, 2, int(y.max()) + 1 if len(y) else 0))
    by_size = list(np.argsort(-counts, kind="stable"))

    def majority(mask, not_this=None):
        if mask.any():
            return int(np.bincount(y[mask], minlength=len(counts)).argmax())
        return int(next(c for c in by_size if c != not_this))

    # A side with no points on it stands for the commonest class the other side does not.
    if on_region.any():
        inside = majority(on_region)
        outside = majority(~on_region, inside)
    else:
        outside = majority(~on_region)
        inside = majority(on_region, outside)
    drawn = np.where(region, inside, outside)
    agreement = float(np.mean(drawn == network_classes))
    theirs = boundary_points(network_classes, xs, ys)
    distance = float(distance_to_line(theirs, line).mean()) if len(theirs) else math.nan
    words = next(word for limit, word in CLOSENESS if agreement >= limit)
    text = translate("prediction", "{closeness}: your line and the network's boundary put {share} of the plane on "
                     "the same side.").format(closeness=translate("prediction", words), share=percent(agreement))
    if math.isfinite(distance):
        text += " " + translate("prediction", "The network's boundary runs on average {distance} from your line.").format(
            distance=number(distance, 2))
    else:
        text += " " + translate("prediction", "The network drew no boundary: it says one class everywhere.")
    return {"agreement": agreement, "mean_distance": distance, "side_classes": (inside, outside), "text": text}


def judge_boundary(prediction, epoch, xs, ys, network_classes, X, y):
    """Compare the boundary drawn in ``prediction`` with the network's at ``epoch``; kept in its ``outcome``.

    Arguments after ``epoch`` are those of ``boundary_closeness``; returns its dict.
    """
    outcome = boundary_closeness(prediction.boundary, xs, ys, network_classes, X, y)
    outcome["side_classes"] = [int(c) for c in outcome["side_classes"]]
    outcome["mean_distance"] = None if not math.isfinite(outcome["mean_distance"]) else outcome["mean_distance"]
    outcome["text"] = translate("prediction", "At epoch {epoch}: {outcome}").format(epoch=count(epoch), outcome=outcome['text'])
    prediction.at_epoch = int(epoch)
    prediction.outcome = outcome
    return outcome

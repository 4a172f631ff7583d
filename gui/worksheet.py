"""Worksheets for paper: one training step to work out by hand, and its answer key.

``render(path, exercise, ...)`` writes a PDF with Qt's QPdfWriter: the network
drawn with its weights and biases, the sample, a table of blanks for each
step (forward propagation, loss, backpropagation, update), and a separate
answer key with the engine's numbers to four significant digits. It fits A4
and US Letter and is drawn in black, white and light grey, so it prints
well without colour.

``python main.py worksheet FILE.json ...`` runs ``main`` here, offscreen.
"""

import itertools
import math
import os
import sys
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from engine.exercise import STEPS, hand_number, step_title

# Qt's lookup by the name lupdate knows: translate(context, text, disambiguation, n).
translate = QCoreApplication.translate

PAPERS = {"a4": QPageSize.A4, "letter": QPageSize.Letter}
RESOLUTION = 300          # dots per inch of the PDF's drawing units
BLANK = "__________"
MAX_LABELLED_EDGES = 12   # beyond this a layer's weights go in a table instead of on the lines


@dataclass
class Rendered:
    """What was written: page counts and the key's numbers as printed."""

    path: str
    pages: int
    worksheet_pages: int
    key_pages: int
    key: list = field(default_factory=list)     # (blank key, label, printed value, engine value)
    texts: list = field(default_factory=list)   # every text printed, in order: what a reader sees


def default_paper():
    """US Letter where it is the custom (the US, Canada, Mexico, ...), else A4."""
    from PySide6.QtCore import QLocale
    letter = {QLocale.UnitedStates, QLocale.Canada, QLocale.Mexico, QLocale.Philippines, QLocale.Chile,
              QLocale.Colombia, QLocale.Venezuela}
    return "letter" if QLocale.system().territory() in letter else "a4"


class _Page:
    """Drawing helpers in millimetres on one QPdfWriter."""

    def __init__(self, writer, painter):
        self.writer, self.painter = writer, painter
        self.texts = []
        self.dots_per_mm = RESOLUTION / 25.4
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = rect.width() / self.dots_per_mm
        self.height = rect.height() / self.dots_per_mm

    def mm(self, value):
        return value * self.dots_per_mm

    def rect(self, x, y, w, h):
        return QRectF(self.mm(x), self.mm(y), self.mm(w), self.mm(h))

    def font(self, size, bold=False, mono=False):
        font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        return font

    def text(self, x, y, w, h, text, size=10, bold=False, align=Qt.AlignLeft | Qt.AlignVCenter, mono=False):
        self.texts.append(text)
        self.font(size, bold, mono)
        self.painter.setPen(QPen(Qt.black))
        self.painter.drawText(self.rect(x, y, w, h), int(align) | int(Qt.TextWordWrap), text)

    def text_height(self, w, text, size=10):
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, self.writer)
        bounds = metrics.boundingRect(QRectF(0, 0, self.mm(w), 1e6), int(Qt.TextWordWrap), text)
        return bounds.height() / self.dots_per_mm

    def line(self, x1, y1, x2, y2, width=0.25, style=Qt.SolidLine, grey=0):
        pen = QPen(QColor(grey, grey, grey), self.mm(width))
        pen.setStyle(style)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(self.mm(x1), self.mm(y1)), QPointF(self.mm(x2), self.mm(y2)))

    def box(self, x, y, w, h, fill=None, width=0.25):
        self.painter.setPen(QPen(Qt.black, self.mm(width)) if width else Qt.NoPen)
        self.painter.setBrush(QColor(fill, fill, fill) if fill is not None else Qt.NoBrush)
        self.painter.drawRect(self.rect(x, y, w, h))
        self.painter.setBrush(Qt.NoBrush)


def _tr(text):
    # Printed in the language the window speaks; the command line prints English.
    return translate("worksheet", text)


def _header(page, exercise, title, sheet_text, with_name):
    page.text(0, 0, page.width * 0.7, 9, title, 15, bold=True)
    page.text(page.width * 0.6, 0, page.width * 0.4, 9, sheet_text, 10, align=Qt.AlignRight | Qt.AlignVCenter)
    y = 10
    if with_name:
        name_line = translate("worksheet", "Name  ______________________________        Date  ______________")
        page.text(0, y, page.width, 6, name_line, 10)
        y += 8
    net = exercise.network
    layers = " → ".join([str(net.sizes[0])] + [f"{n} {a.name}" for n, a in zip(net.sizes[1:], net.activations)])
    summary = translate("worksheet", "Network: {layers}     Loss: {loss}     Learning rate: η = {learning_rate}")
    summary = summary.format(
        layers=layers, loss=exercise.loss.shown_title(),
        learning_rate=hand_number(exercise.learning_rate))
    page.text(0, y, page.width, 6, summary, 10)
    y += 6
    inputs = ", ".join(f"{name} = {hand_number(v)}" for name, v in zip(exercise.input_names, exercise.x))
    sample = translate("worksheet", "The sample (training point {number}, inputs as the network sees them): "
                       "{inputs}     Target: {target}").format(number=getattr(exercise, "sample_number", 1), inputs=inputs,
                                            target=getattr(exercise, "target_text", ""))
    h = page.text_height(page.width, sample, 10) + 1
    page.text(0, y, page.width, h, sample, 10)
    page.line(0, y + h + 1, page.width, y + h + 1, 0.3)
    return y + h + 3


def _diagram(page, exercise, top, height):
    """The network: circles for neurons, weights on the lines, biases under the neurons."""
    net, (ek, ei, ej) = exercise.network, exercise.edge
    n_columns = len(net.sizes)
    radius = 5.0
    left, right = 14.0, page.width - 14.0
    xs = [left + (right - left) * c / (n_columns - 1) for c in range(n_columns)]

    # Room above for the layer names and below for a bias and the caption.
    spacing = min(18.0, (height - 16 - 2 * radius) / max(max(net.sizes) - 1, 1))
    biases_drawn = spacing >= 13.0

    def ys(n):
        middle = top + 5 + (height - 14) / 2
        return [middle + (u - (n - 1) / 2) * spacing for u in range(n)]

    positions = [[(xs[c], y) for y in ys(n)] for c, n in enumerate(net.sizes)]
    tables = []
    for k, W in enumerate(net.weights):
        labelled = W.size <= MAX_LABELLED_EDGES
        if not labelled or not biases_drawn:
            tables.append(k)
        for i in range(W.shape[0]):
            for j in range(W.shape[1]):
                (x1, y1), (x2, y2) = positions[k][i], positions[k + 1][j]
                chosen = (k, i, j) == (ek, ei, ej)
                page.line(x1 + radius, y1, x2 - radius, y2, 0.6 if chosen else 0.2,
                          Qt.DashLine if chosen else Qt.SolidLine, grey=0 if chosen else 90)
        spots = _label_spots(positions[k], positions[k + 1], W)
        for i in range(W.shape[0]):
            for j in range(W.shape[1]):
                if not labelled and (k, i, j) != (ek, ei, ej):
                    continue
                (x1, y1), (x2, y2) = positions[k][i], positions[k + 1][j]
                t = spots[i, j]
                x, y = x1 + radius + t * (x2 - x1 - 2 * radius), y1 + t * (y2 - y1)
                text = hand_number(W[i, j])
                if (k, i, j) == (ek, ei, ej):
                    text = f"w* = {text}"
                width = _label_width(text)
                page.box(x - width / 2, y - 2.1, width, 4.2, fill=255, width=0.15 if (k, i, j) == (ek, ei, ej) else 0)
                page.text(x - width / 2, y - 2.1, width, 4.2, text, 7, bold=(k, i, j) == (ek, ei, ej),
                          align=Qt.AlignCenter)
    for c, column in enumerate(positions):
        for u, (x, y) in enumerate(column):
            page.painter.setPen(QPen(Qt.black, page.mm(0.35)))
            page.painter.setBrush(QColor(255, 255, 255) if c else QColor(225, 225, 225))
            page.painter.drawEllipse(QPointF(page.mm(x), page.mm(y)), page.mm(radius), page.mm(radius))
            page.painter.setBrush(Qt.NoBrush)
            page.text(x - radius, y - radius, 2 * radius, 2 * radius, exercise.unit_name(c, u), 7, bold=True,
                      align=Qt.AlignCenter)
            if c and biases_drawn:
                page.text(x - 10, y + radius, 20, 3.6, f"b = {hand_number(net.biases[c - 1][u])}", 6.5,
                          align=Qt.AlignCenter)
    for c, x in enumerate(xs):
        if c == 0:
            name = translate("worksheet", "inputs")
        elif c == n_columns - 1:
            name = translate("worksheet", "output")
        else:
            name = translate("worksheet", "hidden {layer}").format(layer=c)
        act = "" if c == 0 else f" ({net.activations[c - 1].name})"
        page.text(x - 20, top, 40, 4, name + act, 7.5, align=Qt.AlignCenter)
    caption = translate("worksheet", "The dashed line is the weight w* asked for below. Each line's number is its "
                        "weight; b is each neuron's bias.")
    if tables:
        caption += " " + translate("worksheet", "Where the lines are crowded, the table after the diagram lists the "
                                   "weights and biases.")
    page.text(0, top + height - 4, page.width, 4, caption, 7.5, align=Qt.AlignCenter)
    return top + height + 1, tables


def _label_width(text):
    return 3.0 + 1.6 * len(text)


def _label_spots(sources, destinations, W, height=4.6):
    """Where along each line (0 at the source, 1 at the destination) its weight label goes.

    Tries one distance for all the lines of a layer, then two staggered
    ones, and keeps the choice whose labels overlap least.
    """
    (x_src, _), (x_dst, _) = sources[0], destinations[0]
    widths = np.array([[_label_width(hand_number(W[i, j])) + 4 for j in range(W.shape[1])]
                       for i in range(W.shape[0])])

    def overlap(spots):
        boxes = []
        for i, (_, y1) in enumerate(sources):
            for j, (_, y2) in enumerate(destinations):
                t = spots[i, j]
                boxes.append((x_src + t * (x_dst - x_src), y1 + t * (y2 - y1), widths[i, j]))
        total = 0.0
        for (xa, ya, wa), (xb, yb, wb) in itertools.combinations(boxes, 2):
            total += max(0.0, (wa + wb) / 2 - abs(xa - xb)) * max(0.0, height - abs(ya - yb))
        return total

    grid = np.linspace(0.2, 0.8, 13)
    best, best_overlap = None, math.inf
    shape = W.shape
    for t in grid:
        spots = np.full(shape, t)
        for stagger in (0.0, 0.25, -0.25):
            if stagger:
                spots = np.full(shape, t)
                spots[1::2, :] = np.clip(t + stagger, 0.15, 0.85)
            amount = overlap(spots)
            if amount < best_overlap - 1e-9:
                best, best_overlap = spots.copy(), amount
        if best_overlap == 0:
            break
    return best


def _weight_tables(page, exercise, layers, top):
    net = exercise.network
    y = top
    for k in layers:
        W = net.weights[k]
        hidden = translate("worksheet", "hidden layer {layer}")
        source = translate("worksheet", "the inputs") if k == 0 else hidden.format(layer=k)
        destination = translate("worksheet", "the output") if k == len(net.weights) - 1 else hidden.format(layer=k + 1)
        heading = translate("worksheet", "Weights from {source} (rows) to {destination} (columns)")
        page.text(0, y, page.width, 5, heading.format(source=source, destination=destination), 8, bold=True)
        y += 5
        cell = min(16.0, (page.width - 16) / W.shape[1])
        for j in range(W.shape[1]):
            page.text(16 + j * cell, y, cell, 4, exercise.unit_name(k + 1, j), 7, bold=True, align=Qt.AlignCenter)
        y += 4
        for i in range(W.shape[0]):
            page.text(0, y, 16, 4, exercise.unit_name(k, i), 7, bold=True)
            for j in range(W.shape[1]):
                page.text(16 + j * cell, y, cell, 4, hand_number(W[i, j]), 7, align=Qt.AlignCenter)
            y += 4
        page.text(0, y, 16, 4, translate("worksheet", "bias b"), 7, bold=True)
        for j in range(W.shape[1]):
            page.text(16 + j * cell, y, cell, 4, hand_number(net.biases[k][j]), 7, align=Qt.AlignCenter)
        y += 6
    return y


_COLUMNS = ((QT_TRANSLATE_NOOP("worksheet", "Work out"), 0.33), (QT_TRANSLATE_NOOP("worksheet", "How"), 0.37),
            (QT_TRANSLATE_NOOP("worksheet", "Answer"), 0.30))
_ROW = 8.0


def _table_rows(exercise, answers, how):
    rows = []
    for step in STEPS:
        blanks = [b for b in exercise.blanks if b.step == step]
        if not blanks:
            continue
        rows.append(("heading", step_title(step)))
        for blank in blanks:
            rows.append(("blank", blank, answers(blank), how(blank)))
    return rows


def _draw_rows(page, rows, top, first_index=0):
    """Draw as many rows as fit from ``first_index``; return the index of the first one that did not."""
    y = top
    if y + 2.8 * _ROW > page.height - 8:
        return first_index, y  # no room for the header and a row: the table starts on the next page
    x_positions, x = [], 0.0
    for _, share in _COLUMNS:
        x_positions.append(x)
        x += share * page.width
    page.box(0, y, page.width, _ROW * 0.8, fill=200)
    for (title, share), x in zip(_COLUMNS, x_positions):
        page.text(x + 1.5, y, share * page.width - 3, _ROW * 0.8, _tr(title), 9, bold=True)
    y += _ROW * 0.8
    index = first_index
    while index < len(rows) and y + _ROW <= page.height - 8:
        row = rows[index]
        if row[0] == "heading":
            if y + 2 * _ROW > page.height - 8:
                break  # a step's heading never ends a page
            page.box(0, y, page.width, _ROW * 0.75, fill=235)
            page.text(1.5, y, page.width - 3, _ROW * 0.75, row[1], 9, bold=True)
            y += _ROW * 0.75
        else:
            _, blank, answer, how = row
            how_width = _COLUMNS[1][1] * page.width - 3
            height = max(_ROW, page.text_height(how_width, how, 7.5) + 2.5)
            if y + height > page.height - 8:
                break
            page.box(0, y, page.width, height, width=0.15)
            page.text(x_positions[0] + 1.5, y, _COLUMNS[0][1] * page.width - 3, height, blank.label, 8.5)
            page.text(x_positions[1] + 1.5, y, how_width, height, how, 7.5 if how != blank.formula else 8.5)
            page.text(x_positions[2] + 1.5, y, _COLUMNS[2][1] * page.width - 3, height,
                      f"{blank.symbol} = {answer}", 9, bold=answer != BLANK)
            y += height
        index += 1
    return index, y


def render(path, exercise, paper="a4", sheet=None):
    """Write the worksheet and its answer key for ``exercise`` to ``path`` (a PDF).

    Parameters
    ----------
    exercise : engine.exercise.Exercise
    paper : "a4" or "letter"
    sheet : int, optional
        The sheet's number (the seed that picked its sample), printed on both
        the sheet and its key so a teacher can match them.

    Returns
    -------
    Rendered
    """
    if paper not in PAPERS:
        raise ValueError(translate("worksheet", "Paper is a4 or letter; got {paper!r}.").format(paper=paper))
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setTitle(translate("worksheet", "Loss Explorer worksheet"))
    writer.setCreator("Loss Explorer")
    writer.setPageLayout(QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, "the PDF could not be written", path)
    page = _Page(writer, painter)
    sheet_text = translate("worksheet", "Sheet {sheet}").format(sheet=sheet) if sheet is not None else ""
    key = [(b.key, b.label, hand_number(b.value), b.value) for b in exercise.blanks]
    pages = 0
    try:
        worksheet_pages = _pages(page, exercise, translate("worksheet", "One training step by hand"), sheet_text,
                                 lambda blank: BLANK, with_name=True, first=True)
        writer.newPage()
        key_pages = _pages(page, exercise, translate("worksheet", "Answer key"), sheet_text,
                           lambda blank: hand_number(blank.value), with_name=False, first=False)
        pages = worksheet_pages + key_pages
    finally:
        painter.end()
    return Rendered(path=path, pages=pages, worksheet_pages=worksheet_pages, key_pages=key_pages, key=key,
                    texts=page.texts)


def _pages(page, exercise, title, sheet_text, answers, with_name, first):
    # The sheet says what to compute; the key shows it worked out with the numbers.
    how = (lambda blank: blank.formula) if first else (lambda blank: exercise.hints(blank)[-1])
    rows = _table_rows(exercise, answers, how)
    y = _header(page, exercise, f"Loss Explorer · {title}", sheet_text, with_name)
    if first:
        y, tables = _diagram(page, exercise, y, min(78.0, page.height * 0.3))
        if tables:
            y = _weight_tables(page, exercise, tables, y)
        instructions = translate("worksheet", "Work out each number in order, from the network's weights and the "
                                 "sample above. Write 4 significant digits; answers within 2% (or 0.01) count as "
                                 "right. δ is ∂L/∂z, the neuron's error signal; f′(z) is its activation's slope.")
        h = page.text_height(page.width, instructions, 9) + 1
        page.text(0, y, page.width, h, instructions, 9)
        y += h + 2
    else:
        page.text(0, y, page.width, 6, translate("worksheet", "The engine's numbers, rounded to 4 significant digits. "
                                           "An answer within 2% (or 0.01) of these is right."), 9)
        y += 7
    count, index = 1, 0
    while True:
        index, _ = _draw_rows(page, rows, y, index)
        if index >= len(rows):
            return count
        page.writer.newPage()
        count += 1
        continued = translate("worksheet", "Loss Explorer · {title} (continued)").format(title=title)
        y = _header(page, exercise, continued, sheet_text, False)


# ------------------------------------------------------------ command line

def build_parser():
    from engine.cli import _Parser
    parser = _Parser(prog="python main.py worksheet",
                     description="Write a worksheet (PDF) of one training step to work out by hand, with its answer key.")
    parser.add_argument("file", metavar="FILE.json", help="an experiment or lesson file")
    parser.add_argument("--sample", type=int, metavar="K", help="the training point to use (1 is the first)")
    parser.add_argument("--steps", default=",".join(STEPS), metavar="S,S",
                        help=f"which steps to ask for, from {','.join(STEPS)} (default: all)")
    parser.add_argument("--seed", type=int, default=0, metavar="N",
                        help="picks the training point when --sample is not given: one seed per student")
    parser.add_argument("--paper", choices=list(PAPERS), default="a4")
    parser.add_argument("--out", metavar="FILE.pdf", default="worksheet.pdf", help="default worksheet.pdf")
    return parser


def main(argv):
    """``python main.py worksheet ...``; returns the exit code."""
    from engine import data as _data
    from engine import experiment_file
    from engine.cli import EXIT_BAD_INPUT, UsageError, _one_line
    from engine.exercise import from_experiment
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        args = build_parser().parse_args(argv)
        steps = [s.strip() for s in args.steps.split(",") if s.strip()]
        experiment = experiment_file.load(args.file).build()
        exercise = from_experiment(experiment, sample=args.sample, seed=args.seed, steps=steps)
        from PySide6.QtGui import QGuiApplication
        app = QGuiApplication.instance() or QGuiApplication(["loss-explorer-worksheet"])
        rendered = render(args.out, exercise, paper=args.paper, sheet=args.seed if args.sample is None else None)
        del app
        print(f"Wrote {args.out}: {rendered.worksheet_pages} worksheet page(s) and {rendered.key_pages} "
              f"answer-key page(s), training point {exercise.sample_number}.", file=sys.stderr)
        return 0
    except (UsageError, _data.DataError, ValueError, OSError) as e:
        print(f"error: {_one_line(e)}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Valid experiment documents and ways to damage them, for the fuzz tests and the audit script.

``valid_documents()`` builds structurally valid documents the way the app
writes them (trained or not, any optimizer, a built-in set or an embedded
CSV, with or without a lesson); ``mutations(document)`` damages one: drop a
field, give it another type, change a shape, put in NaN, infinities, huge
numbers or wrong counters. ``apply`` carries a mutation out on a copy.
"""

import copy
import math

from hypothesis import strategies as st

from engine import experiment_file
from engine.experiment import Experiment, Setup

CSV_TEXT = "a,b,label\n" + "".join(f"{i % 7},{(i * 3) % 5},{'yes' if i % 3 else 'no'}\n" for i in range(24))

# What a field may become: every JSON type, and the numbers that broke things.
REPLACEMENTS = [
    None, True, False, 0, 1, -1, 2.5, -0.0, 10**9, 10**30, 1e308, -1e308, math.nan, math.inf, -math.inf,
    "", "x", "adam", "<img src='file:///dev/zero'>", [], [1], [[1.0]], {}, {"a": 1},
]


def make_document(optimizer="adam", hidden=(3,), activation="tanh", epochs=1, csv=False, lesson=True,
                  include_training=True):
    if csv:
        from engine.data import read_csv_text
        dataset = read_csv_text(CSV_TEXT, name="points.csv")
        setup = Setup(data=dict(dataset.source), hidden_sizes=list(hidden),
                      hidden_activations=[activation] * len(hidden), optimizer=optimizer, batch_size=8)
    else:
        dataset = None
        setup = Setup(data={"kind": "builtin", "name": "xor", "n_samples": 24, "noise": 0.1, "seed": 1},
                      hidden_sizes=list(hidden), hidden_activations=[activation] * len(hidden),
                      optimizer=optimizer, batch_size=8)
    experiment = Experiment(setup, dataset=dataset)
    for _ in range(epochs):
        experiment.trainer.run_epoch()
    return experiment_file.to_document(
        experiment, lesson={"title": "Try this", "text": "Press **Train**.\n\n- one\n- two",
                            "translations": {"de": {"title": "Probieren Sie", "text": "Drücken Sie **Trainieren**."}}}
        if lesson else None,
        include_training=include_training)


def valid_documents():
    """A strategy of documents the app itself could have saved."""
    return st.builds(
        make_document,
        optimizer=st.sampled_from(["sgd", "momentum", "adam"]),
        hidden=st.lists(st.integers(1, 4), min_size=0, max_size=2).map(tuple),
        activation=st.sampled_from(["tanh", "relu", "sigmoid", "linear", "leaky_relu"]),
        epochs=st.integers(0, 2),
        csv=st.booleans(),
        lesson=st.booleans(),
        include_training=st.booleans(),
    )


def paths(document, prefix=()):
    """Every field path in ``document``: keys of objects and indices of lists, depth first."""
    found = []
    if isinstance(document, dict):
        for key, value in document.items():
            found.append(prefix + (key,))
            found.extend(paths(value, prefix + (key,)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.append(prefix + (index,))
            found.extend(paths(value, prefix + (index,)))
    return found


def apply(document, mutation):
    """A damaged copy of ``document``. ``mutation`` is (kind, path, value)."""
    kind, path, value = mutation
    changed = copy.deepcopy(document)
    if not path:
        return value if kind == "set" else changed
    parent = changed
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if kind == "drop":
        del parent[key]
    elif kind == "set":
        parent[key] = value
    elif kind == "grow":         # a list one longer (an extra row, layer, number...)
        target = parent[key]
        if isinstance(target, list):
            target.append(copy.deepcopy(target[-1]) if target else 0.0)
    elif kind == "shrink":       # a list one shorter
        target = parent[key]
        if isinstance(target, list) and target:
            target.pop()
    return changed


@st.composite
def mutations(draw, document):
    """One mutation of ``document``: which field and what happens to it."""
    every = paths(document)
    path = draw(st.sampled_from(every)) if every else ()
    kind = draw(st.sampled_from(["drop", "set", "set", "set", "grow", "shrink"]))
    value = draw(st.sampled_from(REPLACEMENTS)) if kind == "set" else None
    return kind, path, value


@st.composite
def damaged_documents(draw, max_mutations=3):
    """A valid document with one to ``max_mutations`` mutations, and the mutations."""
    document = draw(valid_documents())
    applied = []
    for _ in range(draw(st.integers(1, max_mutations))):
        mutation = draw(mutations(document))
        try:
            document = apply(document, mutation)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the place; skip this one
        applied.append(mutation)
    return document, applied

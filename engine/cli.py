"""``python main.py train``: train from the command line, without a window.

Progress goes to stderr (a bar on a terminal, a few lines otherwise); with
``--json`` the results end as one JSON object on stdout. Bad input exits with
code 2 and one line on stderr that starts with ``error:``.

Losses (``train_loss``, ``val_loss``, ``test_loss``) are the loss the network
minimises, on the targets it sees. A regression target far from unit scale
is standardised first, so for regression the results also give each loss in
the target's own units (``test_loss_in_target_units``, in ``loss_units``
such as "progression²") and say whether it was standardised.
"""

import argparse
import json
import math
import os
import sys
import time

from . import activations as _activations
from . import data as _data
from . import experiment_schema
from . import losses as _losses
from . import optimizers as _optimizers
from .experiment import MAX_HIDDEN_LAYERS, MAX_UNITS, NEEDS_VALIDATION, Experiment, Setup, table_defaults
from .formatting import count, fixed, number, percent
from .trainer import TrainingDiverged

EXIT_BAD_INPUT = 2
EXIT_DIVERGED = 1
DEFAULT_EPOCHS = 200
DEFAULT_PATIENCE = 20
DEFAULT_VALIDATION_FRACTION = 0.1


class UsageError(Exception):
    """Bad command-line input; its message is printed after ``error:``."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(message)


def build_parser():
    parser = _Parser(
        prog="python main.py train",
        description="Train a network on a CSV file, a built-in data set or an experiment file, without a window.")
    parser.add_argument("data", metavar="DATA",
                        help=f"a CSV file, an experiment file (.json), or a built-in set: {', '.join(_data.builtin_names())}")
    parser.add_argument("--target", metavar="COL", help="the CSV column to predict (default: the last one)")
    parser.add_argument("--task", choices=["classification", "regression"], help="override the detected task")
    parser.add_argument("--layers", metavar="N,N", help="hidden layer sizes, e.g. 8,8 (default 8,8; '' for none)")
    parser.add_argument("--activation", metavar="NAME", help=f"hidden activation: {', '.join(a.name for a in _activations.HIDDEN)} (default tanh)")
    parser.add_argument("--features", metavar="F,F", help=f"inputs for 2-D built-in sets, from {', '.join(_data.FEATURE_NAMES)}")
    parser.add_argument("--loss", choices=_losses.NAMES,
                        help=f"default: {_losses.default_for('classification').name} for classes, "
                             f"{_losses.default_for('regression').name} for numbers")
    parser.add_argument("--optimizer", choices=_optimizers.NAMES, help="default adam")
    parser.add_argument("--learning-rate", type=float, metavar="F", help="default 0.01")
    parser.add_argument("--batch-size", type=int, metavar="N",
                        help="default: min(200, training rows) for a CSV file, as scikit-learn's MLP; 32 for a built-in set")
    parser.add_argument("--epochs", type=int, metavar="N",
                        help="default 200 (with --early-stopping, the most it may take)")
    parser.add_argument("--regularization", choices=["none", "l1", "l2"])
    parser.add_argument("--regularization-rate", type=float, metavar="F")
    parser.add_argument("--test-fraction", type=float, metavar="F", help="share of rows held out for testing (default 0.5)")
    parser.add_argument("--validation-fraction", type=float, metavar="F",
                        help="share of the training rows set aside to watch for overfitting "
                             "(default 0.1 with --early-stopping, else 0)")
    parser.add_argument("--early-stopping", type=int, nargs="?", const=DEFAULT_PATIENCE, metavar="PATIENCE",
                        help=f"stop once the validation loss has not improved for PATIENCE epochs (default "
                             f"{DEFAULT_PATIENCE}) and keep the best epoch's weights")
    parser.add_argument("--noise", type=float, metavar="F", help="noise of a built-in set, 0 to 1 (default 0)")
    parser.add_argument("--samples", type=int, metavar="N", help="points in a built-in set (default 500)")
    parser.add_argument("--seed", type=int, metavar="N", help="seeds the weights, the split and the shuffling (default 0)")
    parser.add_argument("--save", metavar="FILE", help="write the trained experiment to FILE (open it in the window)")
    parser.add_argument("--json", action="store_true", help="end with one JSON object of results on stdout")
    return parser


def _positive(name, value, integer=False):
    if value is None:
        return None
    if not (value > 0 and math.isfinite(value)):
        raise UsageError(f"--{name} must be a positive {'whole ' if integer else ''}number; got {value}.")
    return value


def setup_from_args(args):
    """Turn parsed arguments into a Setup (and the experiment file it came from, if any)."""
    saved = None
    path_given = os.path.exists(args.data) or os.sep in args.data or "." in args.data
    if path_given and args.data.lower().endswith(".json"):
        from . import experiment_file
        saved = experiment_file.load(args.data)
        setup = saved.setup
    else:
        setup = Setup(hidden_sizes=[8, 8], hidden_activations=["tanh", "tanh"], optimizer="adam",
                      learning_rate=0.01, batch_size=32)
        if path_given:
            setup.data = {"kind": "csv", "path": args.data, "target": args.target, "task": args.task}
        elif args.data in _data.builtin_names():
            setup.data = {"kind": "builtin", "name": args.data, "n_samples": args.samples or 500,
                          "noise": 0.0 if args.noise is None else args.noise, "seed": 0}
        else:
            raise UsageError(f"'{args.data}' is neither a file nor a built-in data set. "
                             f"Built-in sets: {', '.join(_data.builtin_names())}.")
    if args.noise is not None and not 0 <= args.noise <= 1:
        raise UsageError(f"--noise must be between 0 and 1; got {args.noise}.")
    if args.samples is not None and not 4 <= args.samples <= 100_000:
        raise UsageError(f"--samples must be between 4 and 100000; got {args.samples}.")
    if args.layers is not None:
        try:
            sizes = [int(part) for part in args.layers.split(",") if part.strip()]
        except ValueError:
            raise UsageError(f"--layers takes sizes separated by commas, like 8,8; got '{args.layers}'.") from None
        setup.hidden_sizes = sizes
        setup.hidden_activations = [args.activation or "tanh"] * len(sizes)
    elif args.activation:
        setup.hidden_activations = [args.activation] * len(setup.hidden_sizes)
    if args.activation:
        try:
            chosen = _activations.get(args.activation)
            if chosen.output_only:
                raise UsageError(f"--activation {chosen.name} is for output layers only; pick tanh, relu, ...")
        except ValueError as e:
            raise UsageError(str(e)) from None
    if args.features:
        setup.features = [f.strip() for f in args.features.split(",") if f.strip()]
    for name in ("loss", "optimizer", "regularization"):
        if getattr(args, name) is not None:
            setattr(setup, name, getattr(args, name))
    setup.learning_rate = _positive("learning-rate", args.learning_rate) or setup.learning_rate
    setup.batch_size = _positive("batch-size", args.batch_size, integer=True) or setup.batch_size
    if args.regularization_rate is not None:
        if not (args.regularization_rate >= 0 and math.isfinite(args.regularization_rate)):
            raise UsageError(f"--regularization-rate must be 0 or more; got {args.regularization_rate}.")
        setup.regularization_rate = args.regularization_rate
    if args.test_fraction is not None:
        setup.test_fraction = args.test_fraction
    if args.seed is not None:
        setup.seed = args.seed
    if args.early_stopping is not None:
        if args.early_stopping < 1:
            raise UsageError(f"--early-stopping takes a patience of at least 1 epoch; got {args.early_stopping}.")
        setup.early_stopping = args.early_stopping
    if args.validation_fraction is not None:
        if not (0 <= args.validation_fraction < 1):
            raise UsageError(f"--validation-fraction must be from 0 up to (not including) 1; "
                             f"got {args.validation_fraction}.")
        setup.validation_fraction = args.validation_fraction
    elif setup.early_stopping is not None and not setup.validation_fraction:
        setup.validation_fraction = DEFAULT_VALIDATION_FRACTION
    if setup.early_stopping is not None and not setup.validation_fraction:
        raise UsageError(NEEDS_VALIDATION.replace("the validation fraction", "--validation-fraction"))
    if args.epochs is not None:
        _positive("epochs", args.epochs, integer=True)
        if args.epochs > 10_000_000:
            raise UsageError(f"--epochs must be at most 10,000,000; got {args.epochs:,}.")
    return setup, saved


def _is_table(setup, saved):
    """A CSV file given on the command line (not a built-in set, not a saved experiment)."""
    return saved is None and setup.data.get("kind") == "csv"


class Progress:
    """Epoch progress on stderr: a redrawn bar on a terminal, else a few lines."""

    def __init__(self, total, stream=None):
        self.total, self.stream = total, stream or sys.stderr
        self.is_terminal = self.stream.isatty()
        self.every = max(1, total // 10)
        self._last_draw = 0.0

    def update(self, epoch, train_loss, test_loss, val_loss=math.nan, force=False):
        val = f"  validation loss {fixed(val_loss)}" if math.isfinite(val_loss) else ""
        text = (f"epoch {epoch:>{len(str(self.total))}}/{self.total}  train loss {fixed(train_loss)}{val}  "
                f"test loss {fixed(test_loss)}")
        if self.is_terminal:
            now = time.monotonic()
            if force or now - self._last_draw > 0.1:
                filled = int(30 * epoch / self.total)
                self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {text}")
                self.stream.flush()
                self._last_draw = now
        elif force or epoch % self.every == 0:
            self.stream.write(text + "\n")

    def close(self):
        if self.is_terminal:
            self.stream.write("\n")


def train(args):
    setup, saved = setup_from_args(args)
    try:
        # The same rules an experiment file's settings pass, so --save writes a file that opens again.
        experiment_schema.check_setup(setup.to_dict())
    except experiment_schema.Refusal as refusal:
        raise UsageError(f"{_option_for(refusal.where)} {refusal.sentence}") from None
    experiment = Experiment(setup, dataset=saved.dataset if saved else None)
    if saved is not None:
        saved.restore_into(experiment)
    trainer = experiment.trainer
    epochs = args.epochs or DEFAULT_EPOCHS
    if _is_table(setup, saved):
        batch_size, table_epochs = table_defaults(len(experiment.prepared.X_train))
        if args.batch_size is None:
            setup.batch_size = trainer.batch_size = batch_size
        epochs = args.epochs or table_epochs
    stopping = (f", early stopping after {count(trainer.early_stopping)} epochs without a better validation loss"
                if trainer.early_stopping else "")
    print(f"{experiment.network} on {experiment.prepared}, loss {trainer.loss.label}, "
          f"{trainer.optimizer.title} lr {trainer.learning_rate:g}, batch {trainer.batch_size}{stopping}",
          file=sys.stderr)
    progress = Progress(epochs)
    steps_before, start = trainer.step_count, time.perf_counter()
    diverged = None
    try:
        per_epoch = trainer.steps_per_epoch()
        for _ in range(epochs):
            trainer.advance(per_epoch)
            history = trainer.history
            progress.update(trainer.epoch, history.column("train_loss")[-1], history.column("test_loss")[-1],
                            history.column("val_loss")[-1])
            if trainer.early_stopped:
                break
    except TrainingDiverged as e:
        diverged = e
    finally:
        elapsed = time.perf_counter() - start
        progress.close()
    results = summarize(experiment, trainer.step_count - steps_before, elapsed)
    if args.save:
        from . import experiment_file
        experiment_file.save(args.save, experiment)
    warning = None
    if not diverged and trainer.overshooting():
        warning = OSCILLATING.format(learning_rate=trainer.learning_rate)
    if args.json:
        if diverged:
            results.update(diverged=str(diverged), restored_epoch=diverged.restored_epoch,
                           restored_loss=diverged.restored_loss)
        if warning:
            results["warning"] = warning
        print(json.dumps(results))
    else:
        print(human_summary(results))
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    if diverged:
        print(f"error: {diverged}", file=sys.stderr)
        return EXIT_DIVERGED
    return 0


OSCILLATING = ("The training loss jumps up and down instead of falling: the learning rate ({learning_rate:g}) "
               "is too high, so each step overshoots. Lower it, to a tenth say.")


def _finite_or_none(value):
    return value if math.isfinite(value) else None


_OPTIONS = {"hidden_sizes": "--layers", "hidden_activations": "--activation", "data.n_samples": "--samples",
            "data.noise": "--noise"}


def _option_for(where):
    """The command-line option behind a setting's field path: 'setup.test_fraction' -> '--test-fraction'."""
    field = where.removeprefix("setup.")
    for key, option in _OPTIONS.items():
        if field.startswith(key):
            return f"{option} ({field})"
    return "--" + field.split(".")[0].split("[")[0].replace("_", "-")


def summarize(experiment, steps, elapsed):
    """The results as a JSON-able dict: losses and metrics with the weights the run ended on.

    After an early stop those are the best epoch's weights. Validation
    numbers are None without validation rows.
    """
    trainer = experiment.trainer
    prepared = experiment.prepared
    r = trainer.evaluate()
    metric = "accuracy" if trainer.metric == "accuracy" else "r2"
    results = {
        "network": repr(experiment.network), "loss": trainer.loss.name, "task": experiment.task,
        "epochs": trainer.epoch, "steps": trainer.step_count, "batch_size": trainer.batch_size,
        "train_loss": r["train_loss"], "val_loss": _finite_or_none(r["val_loss"]), "test_loss": r["test_loss"],
        f"train_{metric}": r["train_metric"], f"val_{metric}": _finite_or_none(r["val_metric"]),
        f"test_{metric}": r["test_metric"],
        "validation_fraction": experiment.setup.validation_fraction,
        "early_stopping": trainer.early_stopping,
        "best_epoch": trainer.best_epoch, "stopped_epoch": trainer.stopped_epoch,
        "steps_per_second": steps / elapsed if elapsed > 0 else math.nan,
        "seconds": elapsed,
    }
    if experiment.task == "regression":
        results["target_units"] = prepared.target_name
        results["loss_units"] = prepared.target_units(trainer.loss)
        results["target_standardized"] = prepared.target_standardized
        for split in ("train", "val", "test"):
            value = r[f"{split}_loss"]
            results[f"{split}_loss_in_target_units"] = (
                _finite_or_none(prepared.in_target_units(trainer.loss, value)))
    return results


def human_summary(results):
    """The results for people: losses (in the target's units too), metrics, where the run stopped."""
    splits = ["train"] + (["val"] if results.get("val_loss") is not None else []) + ["test"]
    names = {"train": "train", "val": "validation", "test": "test"}
    parts = []
    for split in splits:
        text = f"{names[split]} loss {fixed(results[f'{split}_loss'])}"
        if results.get("target_standardized"):
            text += f" ({number(results[f'{split}_loss_in_target_units'])} {results['loss_units']})"
        parts.append(text)
    for split in splits:
        if f"{split}_accuracy" in results:
            parts.append(f"{names[split]} accuracy {percent(results[f'{split}_accuracy'])}")
        else:
            parts.append(f"{names[split]} R² {fixed(results[f'{split}_r2'], 3)}")
    lines = ["  ".join(parts)]
    if results.get("target_standardized"):
        lines.append(f"The network works on standardized targets; in brackets, the same losses in "
                     f"{results['target_units']} units ({results['loss_units']}).")
    if results.get("stopped_epoch") is not None:
        lines.append(f"Stopped early at epoch {count(results['stopped_epoch'])}: the validation loss had not "
                     f"improved for {count(results['early_stopping'])} epochs. The weights are from epoch "
                     f"{count(results['best_epoch'])}, where it was lowest.")
    lines.append(f"{results['epochs']:,} epochs, {results['steps']:,} steps, "
                 f"{results['steps_per_second']:,.0f} steps/s")
    return "\n".join(lines)


def main(argv):
    """Run ``train`` with ``argv`` (the words after ``train``); returns the exit code."""
    try:
        args = build_parser().parse_args(argv)
        return train(args)
    except (UsageError, _data.DataError, ValueError, OSError) as e:
        print(f"error: {_one_line(e)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 130
    except MemoryError:
        print("error: out of memory. Use a smaller data set or network.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as e:  # a bug: still one line, never a traceback a student has to read
        print(f"error: unexpected {type(e).__name__}: {_one_line(e)}. This is a bug in Loss Explorer; "
              f"please report it with the command and the file.", file=sys.stderr)
        return EXIT_BAD_INPUT


def _one_line(error):
    text = str(error) or type(error).__name__
    if isinstance(error, OSError) and error.filename:
        text = f"cannot use {error.filename}: {error.strerror or text}"
    return " ".join(text.split())

"""One training step as an exercise: the engine's own values pass, and each kind of mistake is named."""

import numpy as np
import pytest

from engine import Network, losses, walkthrough
from engine.exercise import STEP_TITLES, STEPS, Exercise, close_enough, from_experiment
from engine.experiment import Experiment, Setup

# Every loss of the registry, with an output it fits.
FITTING_OUTPUTS = {"mse": ["linear", "sigmoid", "softmax"], "cross_entropy": ["sigmoid", "softmax"]}
CASES = [(name, output) for name in losses.NAMES for output in FITTING_OUTPUTS.get(name, ["linear"])]


def make_exercise(loss, output, biases=0.3):
    n_out = 3 if output == "softmax" else 1
    net = Network([2, 3, 2, n_out], ["tanh", "relu", output], seed=4)
    for k, b in enumerate(net.biases):
        b[:] = biases * (k + 1) * np.array([1, -1, 0.5])[:len(b)]
    y = np.eye(3)[2] if output == "softmax" else np.array([1.0 if output == "sigmoid" else -0.7])
    return Exercise(net, [0.8, -1.1], y, loss, 0.1)


@pytest.mark.parametrize("loss,output", CASES)
def test_the_engines_own_values_are_all_accepted(loss, output):
    exercise = make_exercise(loss, output)
    answers = {b.key: b.value for b in exercise.blanks}
    verdicts, wrong = exercise.check_all(answers)
    assert wrong is None
    assert len(verdicts) == len(exercise.blanks) and all(v.right for v in verdicts.values())
    # Rounded as a student writes them, still right.
    assert all(exercise.check(b, float(f"{b.value:.3g}")).right for b in exercise.blanks)


@pytest.mark.parametrize("loss,output", CASES)
def test_the_blanks_are_the_walkthroughs_numbers(loss, output):
    exercise = make_exercise(loss, output)
    walk = walkthrough.walk(exercise.network, exercise.x, exercise.y, loss, 0.1)
    assert exercise.blank("loss").value == walk.loss
    assert exercise.blank("z:1:2").value == walk.z[0][2]
    assert exercise.blank("a:2:1").value == walk.a[2][1]
    assert exercise.blank(f"delta:3:0").value == walk.grad_b[2][0]
    k, i, j = exercise.edge
    assert exercise.blank(f"grad:{k}:{i}:{j}").value == walk.grad_w[k][i, j]
    assert exercise.blank(f"new:{k}:{i}:{j}").value == walk.new_weights[k][i, j]
    assert [b.step for b in exercise.blanks] == sorted((b.step for b in exercise.blanks), key=STEPS.index)


@pytest.mark.parametrize("loss,output", CASES)
@pytest.mark.parametrize("step", STEPS)
def test_one_wrong_value_per_step_names_that_step(loss, output, step):
    exercise = make_exercise(loss, output)
    answers = {b.key: b.value for b in exercise.blanks}
    target = next(b for b in exercise.blanks if b.step == step)
    answers[target.key] = target.value + 5.0 + 3 * abs(target.value)
    verdicts, wrong = exercise.check_all(answers)
    assert wrong is target
    message = verdicts[target.key].message
    assert message.startswith(STEP_TITLES[step] + ", " + target.label)
    earlier = [b.key for b in exercise.blanks[:exercise.blanks.index(target)]]
    assert all(verdicts[key].right for key in earlier)


def mistake(exercise, key, typed):
    verdict = exercise.check(key, typed)
    assert not verdict.right
    return verdict


def test_common_mistakes_are_recognised():
    exercise = make_exercise("mse", "linear")
    net, walk = exercise.network, exercise.walk
    z = walk.z[0][0]
    assert mistake(exercise, "z:1:0", np.tanh(z)).mistake == "activation applied"
    assert "applied tanh already" in exercise.check("z:1:0", np.tanh(z)).message
    assert mistake(exercise, "z:1:0", z - net.biases[0][0]).mistake == "bias forgotten"
    assert mistake(exercise, "a:1:0", z).mistake == "activation missing"
    diff = walk.a[-1] - exercise.y
    assert mistake(exercise, "loss", float(np.abs(diff).mean())).mistake == "not squared"
    delta = walk.grad_b[-1][0]
    assert mistake(exercise, "delta:3:0", -delta).mistake == "sign"
    assert mistake(exercise, "delta:3:0", delta / 2).mistake == "factor 2"
    k, i, j = exercise.edge
    w, g = net.weights[k][i, j], walk.grad_w[k][i, j]
    assert mistake(exercise, f"new:{k}:{i}:{j}", w - g).mistake == "learning rate forgotten"
    assert "forgot the learning rate" in exercise.check(f"new:{k}:{i}:{j}", w - g).message
    assert mistake(exercise, f"new:{k}:{i}:{j}", w + 0.1 * g).mistake == "sign"
    assert mistake(exercise, f"grad:{k}:{i}:{j}", walk.grad_b[k][j]).mistake == "input forgotten"


def test_another_loss_of_the_registry_is_named():
    exercise = make_exercise("cross_entropy", "sigmoid")
    mse = losses.get("mse")(exercise.y[None, :], exercise.walk.a[-1][None, :])
    verdict = mistake(exercise, "loss", mse)
    assert verdict.mistake == "used mse" and "mean squared error" in verdict.message


def test_hints_go_from_words_to_numbers_and_show_me_gives_the_value():
    exercise = make_exercise("cross_entropy", "sigmoid")
    blank = exercise.blank("z:1:0")
    hints = exercise.hints(blank)
    assert len(hints) >= 2 and "bias" in hints[0]
    assert hints[-1].startswith("z = ")
    worked = exercise.worked(blank)
    assert worked.endswith(f"= {exercise.worked(blank).rsplit('= ', 1)[-1]}")
    assert close_enough(float(worked.rsplit("= ", 1)[-1].replace("−", "-")), blank.value)


def test_from_experiment_picks_a_sample_by_seed_or_number():
    experiment = Experiment(Setup(data={"kind": "builtin", "name": "circle", "n_samples": 60, "noise": 0.0,
                                        "seed": 0}))
    by_number = from_experiment(experiment, sample=5)
    assert by_number.sample_number == 5
    assert np.array_equal(by_number.x, experiment.prepared.X_train[4])
    picks = {from_experiment(experiment, seed=seed).sample_number for seed in range(8)}
    assert len(picks) > 1
    only_forward = from_experiment(experiment, sample=1, steps=["forward"])
    assert {b.step for b in only_forward.blanks} == {"forward"}
    with pytest.raises(ValueError, match="from 1 to 30"):
        from_experiment(experiment, sample=31)
    with pytest.raises(ValueError, match="Steps are"):
        from_experiment(experiment, steps=["sideways"])

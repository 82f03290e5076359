"""`python -m bench.training`: training steps per second, nncore.mlp against the same model in Keras 3.

Each model learns 500 random 2-D points, full batch, with the same optimizer and learning rate on
both sides: NumPy through mlp.train (what the pages call), Keras through model.train_on_batch
(built, compiled and called once before timing). Target: NumPy >= 10x Keras.
"""
import argparse
import statistics
import time

import numpy as np

from nncore import mlp
from nncore import optimizer as optim

MODELS = (
    ("2-8-8-1 tanh, sigmoid + binary cross-entropy", [2, 8, 8, 1], "sigmoid_bce"),
    ("2-8-8-3 tanh, softmax + categorical cross-entropy", [2, 8, 8, 3], "softmax_ce"),
)
OPTIMIZERS = ("sgd", "adam")
LR = 0.03
POINTS = 500


def points(classes, seed=0):
    """x (500, 2) and t: (500, 1) 0/1 by quadrant sign for one output, one-hot by angle sector otherwise."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(POINTS, 2))
    if classes == 1:
        return x, (x[:, :1] * x[:, 1:] > 0).astype(float)
    sector = ((np.arctan2(x[:, 1], x[:, 0]) + np.pi) / (2 * np.pi) * classes).astype(int) % classes
    return x, np.eye(classes)[sector]


def interleaved_rates(runners, repeats):
    """Steps per second of each (run, steps) runner, in `repeats` rounds that time every runner in
    turn, so that a slow moment of the (shared, virtual) machine hits neighbouring measurements alike.
    Step counts are chosen so that every runner takes a similar time (a short run suffers more from
    the moment just after its neighbour)."""
    rates = [[] for _ in runners]
    for _ in range(repeats):
        for rate, (run_steps, steps) in zip(rates, runners):
            started = time.perf_counter()
            run_steps(steps)
            rate.append(steps / (time.perf_counter() - started))
    return rates


def round_ratio(numpy_rates, keras_rates):
    """Median over the rounds of NumPy's rate / Keras' rate: each compares runs made a moment apart."""
    return statistics.median(n / k for n, k in zip(numpy_rates, keras_rates))


def numpy_runner(sizes, output, optimizer, x, t, dtype):
    params = mlp.init_params(sizes, "tanh", seed=0, dtype=dtype)
    opt = optim.make_optimizer(optimizer, LR)

    def run(count):
        history = mlp.train(params, x, t, activation="tanh", output=output, optimizer=opt, epochs=count)
        assert history.diverged_at is None

    run(50)  # warm-up
    return run


def keras_runner(sizes, output, optimizer, x, t):
    import keras  # TensorFlow only here: the NumPy side never needs it

    layers = [keras.Input((sizes[0],))]
    layers += [keras.layers.Dense(units, activation="tanh") for units in sizes[1:-1]]
    layers.append(keras.layers.Dense(sizes[-1], activation="sigmoid" if output == "sigmoid_bce" else "softmax"))
    model = keras.Sequential(layers)
    opt = keras.optimizers.SGD(LR) if optimizer == "sgd" else keras.optimizers.Adam(LR, epsilon=1e-8)
    loss = "binary_crossentropy" if output == "sigmoid_bce" else "categorical_crossentropy"
    model.compile(optimizer=opt, loss=loss, metrics=["accuracy"])
    x, t = x.astype("float32"), t.astype("float32")

    def run(count):
        for _ in range(count):
            model.train_on_batch(x, t)

    run(50)  # the first call traces the training function
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=200, help="Keras steps per round")
    parser.add_argument("--repeats", type=int, default=11)
    args = parser.parse_args()

    rows = []
    for name, sizes, output in MODELS:
        x, t = points(sizes[-1])
        for optimizer in OPTIMIZERS:
            runners = [(numpy_runner(sizes, output, optimizer, x, t, np.float64), args.steps * 5),
                       (numpy_runner(sizes, output, optimizer, x, t, np.float32), args.steps * 10),
                       (keras_runner(sizes, output, optimizer, x, t), args.steps)]
            f64, f32, k = interleaved_rates(runners, args.repeats)
            rows.append((name, f"{optimizer} lr {LR}", *(statistics.median(r) for r in (f64, f32, k)),
                         round_ratio(f64, k), round_ratio(f32, k)))

    print(f"{POINTS} points, full batch; medians of {args.repeats} interleaved rounds of {args.steps} Keras steps, "
          f"{args.steps * 5} NumPy float64 and {args.steps * 10} NumPy float32 steps "
          "(ratios: median of the per-round ratios); Keras in float32")
    print()
    print("| model | optimizer | NumPy float64 steps/s | NumPy float32 steps/s | Keras steps/s "
          "| ratio float64 | ratio float32 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, optimizer, f64, f32, k, ratio64, ratio32 in rows:
        print(f"| {name} | {optimizer} | {f64:,.0f} | {f32:,.0f} | {k:,.0f} | {ratio64:.1f}× | {ratio32:.1f}× |")


if __name__ == "__main__":
    main()

"""`python -m bench.batch_timing`: what the page "Batches are faster" measures, and how long it takes.

For each model and N: the whole measurement's seconds (target: a few, with N = 2,000), whether it was
clean, the speed-up of the fastest batch over the loop, and each batch size's median µs per image with
its spread (slowest / fastest repeat). Run it also while the machine is busy: it should say "busy".
"""
import argparse
import time

import numpy as np

from nncore.batch_timing import batch_sizes_up_to, fastest_batch_size, time_per_image, too_busy
from nncore.digits import MODELS, classify, shipped_weights


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 2000])
    args = parser.parse_args()
    images = np.random.default_rng(0).random((max(args.n), 28, 28), dtype=np.float32)
    print("| model | N | seconds | verdict | speed-up | µs per image (spread) |\n|---|---:|---:|---|---:|---|")
    for model in MODELS:
        params = shipped_weights(model)
        for n in args.n:
            started = time.perf_counter()
            timings = time_per_image(lambda x, params=params: classify(x, params), images[:n], batch_sizes_up_to(n))
            seconds = time.perf_counter() - started
            best = fastest_batch_size(timings)
            sizes = ", ".join(f"{size}: {t.median * 1e6:,.1f} ({t.spread:.2f})" for size, t in timings.items())
            print(f"| {model} | {n:,} | {seconds:.2f} | {'busy' if too_busy(timings) else 'clean'} | "
                  f"{timings[1].median / timings[best].median:.1f}× at {best} | {sizes} |")


if __name__ == "__main__":
    main()

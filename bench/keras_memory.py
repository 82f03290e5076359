"""`python -m bench.keras_memory`: the server's memory after rounds of Keras training on Train your own.

A protocol-level session (bench/protocol_session.py) opens Train your own on a fresh server and presses
Train ROUNDS times (--samples digits, --epochs epochs, the course's Dense(100) network); the server's
resident memory (VmRSS) is read after the page has loaded and after every round: first with one session
training again and again, then with a new session for every round (the one before it closed; Streamlit keeps
a closed session 120 s for its browser to reconnect, so memory is read once more after that). Needs the MNIST
files (NNX_MNIST_DIR, or ../shared/data/mnist).
Target (issue 16): memory after 10 rounds within 50 MB of memory after 1.
"""
import argparse
import asyncio
import os

from bench.protocol_session import ProtocolSession
from nncore.mnist import ENV_VAR
from tools.serve import ROOT, running_app

DISCONNECTED_TTL = 120  # server.disconnectedSessionTTL, Streamlit's default
SHARED_MNIST = ROOT.parent / "shared" / "data" / "mnist"


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def rounds(url, pid, count, samples, epochs, new_session_each):
    query = f"lang=en&n={samples}&layers=1&units=100&epochs={epochs}&batch=100&opt=adam"
    sessions = [ProtocolSession(url)]
    await sessions[0].open("digits_train", query)
    memory = [resident_mb(pid)]
    try:
        for _ in range(count):
            if new_session_each and len(memory) > 1:
                await sessions[-1].close()  # a student who trained and left
                sessions.append(ProtocolSession(url))
                await sessions[-1].open("digits_train", query)
            result = await sessions[-1].press("Train")
            if not result.of_kind("metric"):
                raise RuntimeError("the training showed no test accuracy")
            memory.append(resident_mb(pid))
    finally:
        for session in sessions:
            await session.close()
    if new_session_each:  # Streamlit keeps a closed session for its reconnection, then lets it go
        await asyncio.sleep(DISCONNECTED_TTL + 15)
        memory.append(resident_mb(pid))
    return memory


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--samples", type=int, default=1000, choices=[1000, 5000, 10000])
    parser.add_argument("--epochs", type=int, default=2)
    args = parser.parse_args()
    if ENV_VAR not in os.environ and SHARED_MNIST.is_dir():
        os.environ[ENV_VAR] = str(SHARED_MNIST)  # the server started below inherits it
    print(f"{'sessions':>22} {'loaded MB':>9} {'after 1 MB':>10} {'after ' + str(args.rounds) + ' MB':>11} "
          f"{'growth MB':>9}  every round's MB (then: after the closed sessions expired)")
    for new_session_each in (False, True):
        with running_app() as app:
            memory = asyncio.run(rounds(app.url, app.pid, args.rounds, args.samples, args.epochs, new_session_each))
        name = "a new one each round" if new_session_each else "one, training again"
        last = memory[args.rounds]
        print(f"{name:>22} {memory[0]:9.0f} {memory[1]:10.0f} {last:11.0f} {last - memory[1]:9.0f}  "
              + " ".join(f"{m:.0f}" for m in memory[1:args.rounds + 1])
              + (f" (then: {memory[-1]:.0f})" if len(memory) > args.rounds + 1 else ""), flush=True)


if __name__ == "__main__":
    main()

"""Start `streamlit run app.py` on a free localhost port, and stop it again."""
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# glibc gives every thread a heap of its own, up to 8 a core, and Streamlit runs every script run in a new
# thread: with TensorFlow's training, each round left the heaps fragmented and the server about 7 MB larger
# (python -m bench.keras_memory). Two heaps keep it flat. Read by glibc at start: set for the processes started.
SERVER_ENV = {"MALLOC_ARENA_MAX": "2"}


def server_environment():
    return {**os.environ, **SERVER_ENV}


@dataclass
class RunningApp:
    url: str
    seconds_to_healthy: float
    log_path: Path
    pid: int = 0  # the server process (benches read its CPU time)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url):
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextlib.contextmanager
def running_app(timeout=90):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        log_path = Path(tmp) / "streamlit.log"
        with open(log_path, "w") as log:
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true",
                 f"--server.port={port}", "--server.address=127.0.0.1", "--browser.gatherUsageStats=false",
                 "--server.fileWatcherType=none"],
                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=server_environment(),
            )
            try:
                while not _healthy(url):
                    if process.poll() is not None or time.perf_counter() - started > timeout:
                        raise RuntimeError(f"streamlit did not start:\n{log_path.read_text()}")
                    time.sleep(0.05)
                yield RunningApp(url, time.perf_counter() - started, log_path, process.pid)
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()

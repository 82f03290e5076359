"""`make serve-class`: several Streamlit workers behind nginx, one machine, in the foreground.

    python -m tools.classroom [--workers N] [--port P] [--host H]

WORKERS defaults to the number of cores and PORT to 8501 (`make serve-class WORKERS=4 PORT=8080`).
Each worker is `streamlit run app.py` on a free localhost port; nginx (Debian's package `nginx`)
listens on PORT and keeps every browser on one worker with a cookie (tools/classroom/nginx.conf).
A worker that dies is started again; its students have already been moved to a live worker by the
proxy. Ctrl+C stops nginx and every worker. All logs go to build/classroom/logs.
"""
import argparse
import contextlib
import math
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tools.serve import ROOT, free_port, server_environment
from ui.csv_table import MAX_BYTES

TEMPLATE = ROOT / "tools" / "classroom" / "nginx.conf"
HTML = ROOT / "tools" / "classroom"
STATE = ROOT / "build" / "classroom"
FAIL_TIMEOUT = 3  # seconds nginx leaves a worker out after it failed to answer
STREAMLIT = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless=true",
             "--server.address=127.0.0.1", "--browser.gatherUsageStats=false", "--server.fileWatcherType=none"]


def find_nginx():
    """nginx's path (on PATH, or Debian's /usr/sbin, which a non-root PATH often leaves out); None if absent."""
    debian = "/usr/sbin/nginx"
    return shutil.which("nginx") or (debian if os.access(debian, os.X_OK) else None)


def nginx_binary():
    found = find_nginx()
    if found is None:
        raise SystemExit("nginx is not installed: `apt-get install nginx` (Debian/Ubuntu), then run this again")
    return found


def nginx_config(listen, worker_ports, logs, run):
    """The proxy's configuration: the template with this classroom's addresses and folders filled in."""
    fields = {
        "@USER@": "user root;" if os.geteuid() == 0 else "",  # nginx's workers then read the repository's files
        "@RUN@": str(run), "@LOGS@": str(logs), "@HTML@": str(HTML), "@LISTEN@": listen,
        "@UPLOAD_MB@": str(math.ceil(MAX_BYTES / 2**20) + 1),  # the app's limit, and room for the form around it
        "@WORKER_ROUTES@": "\n".join(f'        "{port}" 127.0.0.1:{port};' for port in worker_ports),
        "@UPSTREAM_SERVERS@": "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout={FAIL_TIMEOUT}s;"
                                        for port in worker_ports),
    }
    text = TEMPLATE.read_text()
    for name, value in fields.items():
        text = text.replace(name, value)
    return text


def answers(url, timeout=2):
    """The HTTP status at url (0 when nothing answers)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


@dataclass
class Worker:
    port: int
    log_path: Path
    process: subprocess.Popen = None

    def start(self):
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(STREAMLIT + [f"--server.port={self.port}"], cwd=ROOT, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True, env=server_environment())
        log.close()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def healthy(self):
        return answers(f"{self.url}/_stcore/health") == 200

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@dataclass
class Classroom:
    url: str
    workers: list
    logs: Path
    nginx: subprocess.Popen = None
    stopping: threading.Event = field(default_factory=threading.Event)

    def worker_on(self, port):
        return next(worker for worker in self.workers if worker.port == int(port))

    def supervise(self, every=1.0, say=None):
        """Start again every worker that has died, until the classroom stops."""
        while not self.stopping.wait(every):
            for worker in self.workers:
                if worker.process.poll() is not None and not self.stopping.is_set():
                    if say:
                        say(f"worker on port {worker.port} stopped (exit {worker.process.returncode}): "
                            "starting it again")
                    worker.start()


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} within {timeout} s")
        time.sleep(0.1)


@contextlib.contextmanager
def running_classroom(workers=2, port=None, host="127.0.0.1", state=STATE, restart=True, say=None, timeout=120):
    """nginx on host:port in front of `workers` Streamlit workers; yields the Classroom once all answer."""
    port = port or free_port()
    logs, run = state / "logs", state / "run"
    for folder in (logs, run):
        folder.mkdir(parents=True, exist_ok=True)
    pool = [Worker(free_port(), logs / f"worker-{i}.log") for i in range(1, workers + 1)]
    conf = run / "nginx.conf"
    conf.write_text(nginx_config(f"{host}:{port}", [w.port for w in pool], logs, run))
    classroom = Classroom(f"http://127.0.0.1:{port}", pool, logs)
    supervisor = threading.Thread(target=classroom.supervise, kwargs={"say": say}, daemon=True)
    try:
        for worker in pool:
            worker.start()
        with open(logs / "nginx-error.log", "a") as errors:
            classroom.nginx = subprocess.Popen(
                [nginx_binary(), "-p", str(run), "-c", str(conf), "-e", str(logs / "nginx-error.log"),
                 "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
        wait_until(lambda: classroom.nginx.poll() is None and answers(classroom.url + "/_classroom/up") == 204,
                   15, f"nginx did not answer on port {port} (see {logs / 'nginx-error.log'})")
        for worker in pool:
            wait_until(lambda w=worker: w.healthy() or w.process.poll() is not None, timeout,
                       f"worker on port {worker.port} did not start (see {worker.log_path})")
            if worker.process.poll() is not None:
                raise RuntimeError(f"worker on port {worker.port} stopped at start:\n{worker.log_path.read_text()}")
        if restart:
            supervisor.start()
        yield classroom
    finally:
        classroom.stopping.set()
        if classroom.nginx is not None and classroom.nginx.poll() is None:
            classroom.nginx.send_signal(signal.SIGQUIT)  # graceful: open connections are closed
            try:
                classroom.nginx.wait(timeout=10)
            except subprocess.TimeoutExpired:
                classroom.nginx.kill()
        for worker in pool:
            worker.stop()


def stop_on_signal(signum, frame):
    raise KeyboardInterrupt


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS") or os.cpu_count() or 1))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8501))
    parser.add_argument("--host", default=os.environ.get("HOST") or "0.0.0.0", help="0.0.0.0: students' machines too")
    args = parser.parse_args()

    def say(text):
        print(f"[classroom {time.strftime('%H:%M:%S')}] {text}", flush=True)

    signal.signal(signal.SIGTERM, stop_on_signal)  # `docker stop`, kill: stop as Ctrl+C does
    say(f"starting {args.workers} workers and nginx on port {args.port}; logs in {STATE / 'logs'}")
    try:
        with running_classroom(args.workers, args.port, args.host, say=say) as classroom:
            say(f"ready: students open http://<this machine's address>:{args.port} (here: {classroom.url}); "
                "Ctrl+C stops it")
            while classroom.nginx.poll() is None:
                time.sleep(0.5)
            say(f"nginx stopped (exit {classroom.nginx.returncode}, see {classroom.logs / 'nginx-error.log'})")
            sys.exit(1)
    except KeyboardInterrupt:
        say("stopped: nginx and all workers")


if __name__ == "__main__":
    main()

"""Shared fixtures.

The MNIST digits in ../shared/data/mnist are the tests' data source (the machines here cannot
download keras.datasets): every test, and the app server the browser tests start, find them
through NNX_MNIST_DIR, as a user with a local copy would.
"""
import os
from pathlib import Path

import pytest

from nncore.mnist import ENV_VAR

SHARED_MNIST = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "mnist"
os.environ.setdefault(ENV_VAR, str(SHARED_MNIST))
# learners see a short notice for a bug (.streamlit/config.toml); a failing test shows the whole exception
os.environ.setdefault("STREAMLIT_CLIENT_SHOW_ERROR_DETAILS", "full")


@pytest.fixture(scope="session")
def mnist_folder():
    """The MNIST folder; without one, a test that needs it skips with the reason (fails in CI, CI=true)."""
    folder = Path(os.environ[ENV_VAR])
    if not any(folder.glob("*-images-idx3-ubyte*")):
        reason = (f"needs the MNIST IDX files (a training and a test set: *-images-idx3-ubyte.gz with "
                  f"*-labels-idx1-ubyte.gz) in {folder}: put ../shared/data/mnist beside the clone or set {ENV_VAR}")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return folder


@pytest.fixture(scope="session")
def app():
    """One app server (streamlit run app.py on a free port) for all browser tests."""
    from tools.serve import running_app

    with running_app() as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    from tools.browser import chromium

    with chromium() as running:
        yield running

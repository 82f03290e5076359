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


@pytest.fixture(scope="session")
def mnist_folder():
    folder = Path(os.environ[ENV_VAR])
    assert folder.is_dir(), f"the tests need MNIST IDX files in {folder} (../shared/data/mnist or {ENV_VAR})"
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

"""A clone without ../shared: the tests that need the MNIST folder skip and say what they need;
with CI=true they fail instead, so CI never passes without running them."""
import os
import subprocess
import sys

from nncore.mnist import ENV_VAR
from tools.serve import ROOT

DATA_TEST = "tests/test_mnist.py::test_reads_the_shared_digits"


def run_data_test(folder, ci):
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    env[ENV_VAR] = str(folder)
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", "0", "-rs", "-p", "no:cacheprovider",
                           DATA_TEST], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_without_the_digits_a_data_test_skips_and_names_what_it_needs(tmp_path):
    result = run_data_test(tmp_path, ci=False)
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert ENV_VAR in result.stdout and "*-images-idx3-ubyte.gz" in result.stdout and str(tmp_path) in result.stdout


def test_in_ci_a_missing_digits_folder_fails(tmp_path):
    result = run_data_test(tmp_path, ci=True)
    assert result.returncode == 1, result.stdout
    assert "1 failed" in result.stdout or "1 error" in result.stdout
    assert ENV_VAR in result.stdout

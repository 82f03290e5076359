"""What every browser test module needs before it starts."""
import os

import pytest

from tools.browser import chromium_available


def require_chromium():
    """Call at the top of a browser test module: CI (CI=true) fails without the browser, a laptop skips."""
    if not chromium_available():
        if os.environ.get("CI"):
            raise RuntimeError("CI needs Debian's chromium at /usr/bin/chromium for the browser tests")
        pytest.skip("no /usr/bin/chromium on this machine (apt-get install chromium)", allow_module_level=True)

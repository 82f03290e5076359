"""The home page and the NumPy pages must never import TensorFlow (it costs about 5 s)."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A fresh interpreter: this pytest process may have imported TensorFlow for other tests.
PROBE = """
import json, sys
from tests.app_driver import open_page
from ui.catalog import HOME, PAGES
report = {}
for page in (HOME, *[p for p in PAGES if not p.keras]):
    at = open_page(page, lang="en")
    report[page.page_id] = {"ok": not at.exception,
                            "heavy": sorted(m for m in ("tensorflow", "keras") if m in sys.modules)}
print(json.dumps(report))
"""


def test_numpy_pages_leave_tensorflow_out():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "home" in report and len(report) >= 3
    for page_id, seen in report.items():
        assert seen == {"ok": True, "heavy": []}, page_id


MODULES_PROBE = """
import json, pkgutil, sys
import nncore
names = sorted(m.name for m in pkgutil.iter_modules(nncore.__path__))
for name in names:
    if name not in nncore.TENSORFLOW_MODULES:
        __import__(f"nncore.{name}")
print(json.dumps({"names": names, "heavy": sorted(m for m in ("tensorflow", "keras") if m in sys.modules)}))
"""


def test_only_the_named_nncore_modules_import_tensorflow():
    result = subprocess.run([sys.executable, "-c", MODULES_PROBE], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["heavy"] == []
    for name in ("autodiff", "keras_digits", "keras_recipes", "tf_line_fit"):  # the ones that do, by reading them
        assert name in report["names"]
        source = (ROOT / "nncore" / f"{name}.py").read_text()
        assert "\nimport keras\n" in source or "\nimport tensorflow as tf\n" in source

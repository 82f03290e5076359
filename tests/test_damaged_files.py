"""Missing or damaged data and weights: a message naming the file and what to do, never a traceback."""
import gzip

import pytest

import nncore.digits
import ui.digit_views
from nncore.digits import WeightsUnavailable, shipped_weights
from nncore.mnist import ENV_VAR, MnistUnavailable, load_mnist
from tests.app_driver import click, open_page
from ui.catalog import PAGES
from ui.i18n import translate

DRAW, EXPLORER, BATCH = (next(p for p in PAGES if p.page_id == name)
                         for name in ("digits_draw", "digits_explorer", "digits_batch"))


def truncated_mnist(folder):
    """An MNIST folder whose training images end half-way, as an interrupted download leaves them."""
    header = (2051).to_bytes(4, "big") + (100).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2
    whole = gzip.compress(header + bytes(100 * 28 * 28))
    (folder / "train-images-idx3-ubyte.gz").write_bytes(whole[: len(whole) // 2])
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(
        gzip.compress((2049).to_bytes(4, "big") + (100).to_bytes(4, "big") + bytes(100)))
    for name in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"):
        (folder / name).write_bytes((folder / name.replace("t10k", "train")).read_bytes())
    return folder


def test_a_truncated_download_is_named(tmp_path):
    with pytest.raises(MnistUnavailable, match="train-images-idx3-ubyte.gz is damaged"):
        load_mnist(truncated_mnist(tmp_path))


def test_the_explorer_says_which_file_and_tries_once_per_session(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(truncated_mnist(tmp_path)))
    calls = []

    def counted(folder):
        calls.append(folder)
        return load_mnist(folder)

    monkeypatch.setattr(ui.digit_views, "load_mnist", counted)
    at = open_page(EXPLORER, lang="ko")
    assert not at.exception
    assert [e.value for e in at.error] == [translate("digits.no_data", "ko")]
    assert any("train-images-idx3-ubyte.gz is damaged" in c.value for c in at.caption)
    tries = len(calls)
    at.run()  # a rerun shows the message again without loading again
    assert len(calls) == tries and [e.value for e in at.error] == [translate("digits.no_data", "ko")]
    click(at, translate("digits.try_again", "ko"))
    assert len(calls) > tries and not at.exception


@pytest.fixture
def weights_folder(tmp_path, monkeypatch):
    """A weights folder of our own: the MLP's file missing, the CNN's damaged."""
    (tmp_path / "cnn.npz").write_bytes(b"PK\x03\x04 not really a zip file")
    monkeypatch.setattr(nncore.digits, "WEIGHTS_DIR", tmp_path)
    shipped_weights.cache_clear()
    yield tmp_path
    shipped_weights.cache_clear()


def test_missing_and_damaged_weights_are_named(weights_folder):
    with pytest.raises(WeightsUnavailable, match=r"mlp.npz is missing: make it with `make weights`"):
        shipped_weights("mlp")
    with pytest.raises(WeightsUnavailable, match=r"cnn.npz is damaged"):
        shipped_weights("cnn")


@pytest.mark.parametrize("page", [DRAW, BATCH], ids=lambda p: p.page_id)
def test_pages_without_usable_weights_say_so_instead_of_a_traceback(weights_folder, page):
    at = open_page(page, lang="en")
    assert not at.exception, [e.value for e in at.exception]
    warnings = [w.value for w in at.warning]
    assert any("mlp.npz is missing" in w and "`make weights`" in w for w in warnings), warnings
    assert any("cnn.npz is damaged" in w for w in warnings), warnings


def test_learners_see_a_short_notice_for_a_bug_and_the_log_gets_the_details():
    import tomllib

    from tools.serve import ROOT

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"

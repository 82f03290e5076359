"""Once Keras is imported, Streamlit's clear_session() after each rerun must not run a full gc.collect()."""
import gc
import sys

import keras

from ui.keras_session import skip_full_collection_on_rerun


def test_clear_session_keeps_its_reset_but_not_the_collection(monkeypatch):
    # Keras' own function: app.py may already have wrapped it in this process (an AppTest run)
    original = getattr(keras.backend.clear_session, "func", keras.backend.clear_session)
    monkeypatch.setattr(keras.backend, "clear_session", original)  # the wrapper comes back after the test
    skip_full_collection_on_rerun()
    skip_full_collection_on_rerun()  # a second rerun leaves it as it is
    assert keras.backend.clear_session.func is original
    collections = []
    monkeypatch.setattr(gc, "collect", lambda *args: collections.append(args))
    keras.layers.Dense(2)
    keras.backend.clear_session()  # what Streamlit calls after every run
    assert collections == []
    assert keras.layers.Dense(2).name == "dense"  # Keras' global state was still reset
    original()  # the unpatched function collects: the test would notice if the patch did nothing
    assert collections


def test_without_keras_nothing_is_imported(monkeypatch):
    monkeypatch.delitem(sys.modules, "keras")
    skip_full_collection_on_rerun()
    assert "keras" not in sys.modules

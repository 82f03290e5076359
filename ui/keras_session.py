"""Keep every rerun fast once Keras has been imported in the server process.

After every script run, fragment frames included, Streamlit calls keras.backend.clear_session()
when "keras" is in sys.modules (streamlit/runtime/scriptrunner/script_runner.py,
_clean_problem_modules). Its default free_memory=True runs a full gc.collect(): about 0.2 s with
TensorFlow's heap, on every rerun of every page, once anyone has opened a Keras page. Streamlit's
reset of Keras' global state is kept; only the collection is skipped (Python's own cycle collector
still runs as usual).
"""
import functools
import sys


def skip_full_collection_on_rerun():
    keras = sys.modules.get("keras")
    if keras is None or isinstance(keras.backend.clear_session, functools.partial):
        return
    keras.backend.clear_session = functools.partial(keras.backend.clear_session, free_memory=False)

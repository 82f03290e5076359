"""Keras in a server that many sessions share: one Keras turn at a time, and a cheap reset after each run.

Keras keeps process-wide state (the random seed set by keras.utils.set_random_seed, TensorFlow's
kernel cache, the layer-name counters), and Streamlit resets it after every script run of every
session: when "keras" is in sys.modules it calls keras.backend.clear_session()
(streamlit/runtime/scriptrunner/script_runner.py, _clean_problem_modules). One student's rerun could
so reset Keras in the middle of another student's fit() or evaluate().

Every Keras or TensorFlow call of the pages runs inside keras_turn(), which holds one process-wide
lock; the reset Streamlit calls is wrapped so that it runs only when nobody holds that lock (it is
skipped otherwise, and runs after a later script run). The wrapper also skips the reset's full
gc.collect(): about 0.2 s with TensorFlow's heap, on every rerun of every page (Python's own cycle
collector still runs as usual).

keras_turn() also undoes a registration that TensorFlow never undoes itself: every trace of a Keras
train step registers a gradient function under a new name in TensorFlow's process-wide gradient registry
(tf.custom_gradient in graph mode, used by the optimizer's all-reduce), and that entry keeps the traced
graph alive for the life of the process: about 7 MB for each training of the course's MLP.
"""
import contextlib
import ctypes
import ctypes.util
import gc
import sys
import threading

KERAS_LOCK = threading.RLock()


CUSTOM_GRADIENT_PREFIX = "CustomGradient-"  # tensorflow/python/ops/custom_gradient.py, generate_name()


def _gradient_registry():
    """TensorFlow's name → gradient function dict, or None while TensorFlow is not imported (or has changed)."""
    ops = sys.modules.get("tensorflow.python.framework.ops")
    return getattr(getattr(ops, "_gradient_registry", None), "_registry", None)


def _forget_custom_gradients(registry, before):
    """Remove the custom gradients registered since `before` (a set of names): only the traces made
    during this Keras turn used them, and they are finished."""
    for name in set(registry) - before:
        if str(name).startswith(CUSTOM_GRADIENT_PREFIX):
            del registry[name]


@contextlib.contextmanager
def keras_turn(on_wait=None):
    """Run the block while no other session uses Keras; on_wait() is called first when it has to wait.
    The custom gradients the block's traces registered are forgotten at its end (see above)."""
    if not KERAS_LOCK.acquire(blocking=False):
        if on_wait is not None:
            on_wait()
        KERAS_LOCK.acquire()
    registry = _gradient_registry()
    before = set(registry) if registry is not None else set()
    try:
        yield
    finally:
        registry = _gradient_registry()  # TensorFlow may have been imported inside the block
        if registry is not None:
            _forget_custom_gradients(registry, before)
        KERAS_LOCK.release()


def _reset_when_idle(reset):
    def clear_session(*args, **kwargs):
        if not KERAS_LOCK.acquire(blocking=False):
            return  # another session's Keras work is running: leave its state alone
        try:
            reset(free_memory=False)
        finally:
            KERAS_LOCK.release()

    clear_session.wrapped = reset
    return clear_session


def guard_session_reset():
    """Wrap keras.backend.clear_session as described above, once Keras has been imported."""
    keras = sys.modules.get("keras")
    if keras is None or hasattr(keras.backend.clear_session, "wrapped"):
        return
    keras.backend.clear_session = _reset_when_idle(keras.backend.clear_session)


def _libc():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c"))
    except (OSError, TypeError):
        return None


def _trim_heap():
    """glibc's malloc_trim(0): give the heap's free pages back to the system (Linux; elsewhere nothing)."""
    try:
        _libc().malloc_trim(0)
    except AttributeError:
        pass


def release_memory():
    """After a training: collect the cycles TensorFlow's training leaves, then return the freed heap pages,
    which glibc otherwise keeps for the process. (The servers the project starts also limit glibc's heaps:
    MALLOC_ARENA_MAX in tools/serve.py.)"""
    gc.collect()
    _trim_heap()


@contextlib.contextmanager
def page_keras_turn(collect=False):
    """keras_turn() for a page: while it waits, the page says that another session is using Keras.
    collect=True (after a training): one full collection at the end of the turn, which the reset after
    each run skips; TensorFlow's training leaves cycles behind (about 12 MB a round without it, 7 with it)."""
    import streamlit as st

    from ui.i18n import t

    slot = st.empty()
    with keras_turn(on_wait=lambda: slot.info(t("keras.waiting"), icon=":material/hourglass_top:")):
        slot.empty()
        try:
            yield
        finally:
            if collect:
                release_memory()

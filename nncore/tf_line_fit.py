"""The lecture's line fit in TensorFlow 2: tf.Variable, tf.GradientTape and the SGD optimizer.

This module imports TensorFlow (about 5 s) when it is imported: import it only where a page runs
its TensorFlow part. b, w and the data are float64, so the path can be compared with
nncore.line_fit.descend_line's; Keras keeps the learning rate itself as a float32 variable
(0.1 becomes 0.10000000149...), and descend_line run with that same rate gives the same path.
"""
import numpy as np
import tensorflow as tf

from nncore.divergence import has_diverged
from nncore.run import stopped_run


def descend_line_tf(x, y, lr, steps, start=0.5):
    """Gradient descent on (b, w) from b = w = start (0.5 in the lecture), recording (b, w) and the loss.

    Returns (a Run with path (k + 1, 2), k + 1 losses and diverged_at, with the same stopping rule as
    descend_line; the learning rate Keras used)."""
    x = tf.constant(x, dtype=tf.float64)
    y = tf.constant(y, dtype=tf.float64)
    b = tf.Variable(start, dtype=tf.float64)
    w = tf.Variable(start, dtype=tf.float64)
    opt = tf.keras.optimizers.SGD(learning_rate=float(lr))
    path, losses = [], []
    for step in range(steps + 1):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(b + w * x - y))
        if has_diverged(float(loss)):  # NaN, inf or too large: diverged at this step
            break
        path.append([float(b.numpy()), float(w.numpy())])
        losses.append(float(loss))
        if step < steps:
            grads = tape.gradient(loss, [b, w])
            opt.apply_gradients(zip(grads, [b, w]))
    run = stopped_run(np.array(path), np.array(losses), None if len(path) == steps + 1 else len(path))
    return run, float(opt.learning_rate.numpy())

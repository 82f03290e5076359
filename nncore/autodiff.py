"""Automatic differentiation with tf.GradientTape: the course's examples, and simpleNet's gradient.

This module imports TensorFlow (about 5 s) when it is imported: import it only where a page
opens its autodiff part. Everything is computed in float64, so the results can be compared with
the NumPy gradients to 1e-6 and closer.
"""
import numpy as np
import tensorflow as tf


def tape_linear(x=0.0):
    """y = 2x + 3 and dy/dx at x (the course starts at x = 0.): the tape records y's computation from a Variable."""
    x = tf.Variable(float(x), dtype=tf.float64)
    with tf.GradientTape() as tape:
        y = 2 * x + 3
    return float(y.numpy()), float(tape.gradient(y, x).numpy())


def tape_linear_matrix():
    """The course's x = tf.Variable(tf.zeros((2, 2))), y = 2x + 3: the gradient has x's shape, 2 everywhere."""
    x = tf.Variable(tf.zeros((2, 2), dtype=tf.float64))
    with tf.GradientTape() as tape:
        y = 2 * x + 3
    return y.numpy(), tape.gradient(y, x).numpy()


def tape_dense(x, W, b):
    """The course's y = tf.matmul(x, W) + b and tape.gradient(y, [W, b]).

    For a y with many entries, the tape differentiates the sum of its entries: dW = xᵀ·1 and
    db = the number of rows, for every entry."""
    W = tf.Variable(np.asarray(W, dtype=float))
    b = tf.Variable(np.asarray(b, dtype=float))
    x = tf.constant(np.asarray(x, dtype=float))
    with tf.GradientTape() as tape:
        y = tf.matmul(x, W) + b
    grad_of_y_wrt_W_and_b = tape.gradient(y, [W, b])
    return y.numpy(), grad_of_y_wrt_W_and_b[0].numpy(), grad_of_y_wrt_W_and_b[1].numpy()


def tape_sum_squared():
    """x = ones((2, 2)), y = reduce_sum(x), z = y * y: dz/dx = 2y = 8 for every element.

    x is a constant, not a Variable, so the tape must be told to watch it."""
    x = tf.ones((2, 2), dtype=tf.float64)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.reduce_sum(x)
        z = tf.multiply(y, y)
    return float(z.numpy()), tape.gradient(z, x).numpy()


def tape_matmul(x, w, b):
    """y = x @ w + b, loss = reduce_mean(y ** 2): the loss and its gradients for w and b."""
    w = tf.Variable(np.asarray(w, dtype=float))
    b = tf.Variable(np.asarray(b, dtype=float))
    x = tf.constant(np.asarray(x, dtype=float))
    with tf.GradientTape() as tape:
        y = x @ w + b
        loss = tf.reduce_mean(y ** 2)
    dl_dw, dl_db = tape.gradient(loss, [w, b])
    return float(loss.numpy()), dl_dw.numpy(), dl_db.numpy()


def tape_simple_net_gradient(W, x, t, delta=1e-7):
    """dL/dW of simpleNet's loss (softmax, then the book's cross_entropy_error with its delta)."""
    W = tf.Variable(np.asarray(W, dtype=float))
    x = tf.constant(np.atleast_2d(np.asarray(x, dtype=float)))
    t = tf.constant(np.atleast_2d(np.asarray(t, dtype=float)))
    with tf.GradientTape() as tape:
        y = tf.nn.softmax(x @ W)
        loss = -tf.reduce_sum(t * tf.math.log(y + delta)) / tf.cast(tf.shape(x)[0], tf.float64)
    return tape.gradient(loss, W).numpy()

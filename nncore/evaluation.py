"""Measuring a classifier on labelled digits: accuracy, confusion matrix, its most confident mistakes."""
import numpy as np


def accuracy(probs, labels):
    return float(np.mean(np.argmax(probs, axis=1) == labels))


def confusion_matrix(labels, predicted, classes=10):
    """counts[true, predicted]: the diagonal is what was right."""
    counts = np.zeros((classes, classes), dtype=int)
    np.add.at(counts, (labels, predicted), 1)
    return counts


def confident_mistakes(probs, labels, k=8):
    """Indices of the k wrong predictions made with the highest probability, most confident first."""
    predicted = np.argmax(probs, axis=1)
    wrong = np.flatnonzero(predicted != labels)
    return wrong[np.argsort(-probs[wrong, predicted[wrong]], kind="stable")][:k]


def predicted_classes(y):
    """Class per row: a single output column is P(class 1) (or a regression onto 0/1), else the largest output."""
    y = np.asarray(y)
    return (y[:, 0] > 0.5).astype(int) if y.shape[1] == 1 else np.argmax(y, axis=1)

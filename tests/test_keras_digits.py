"""The NumPy forward pass against Keras on the same weights, and the course's training pipeline."""
import numpy as np
import pytest

from nncore.digits import MODELS, classify, shipped_weights
from nncore.mnist import load_mnist

keras_digits = pytest.importorskip("nncore.keras_digits")


@pytest.fixture(scope="module")
def test_digits(mnist_folder):
    _, (x_test, y_test) = load_mnist(mnist_folder)
    return x_test[:64] / np.float32(255), y_test[:64]


@pytest.mark.parametrize("model", MODELS)
def test_numpy_forward_equals_keras(model, test_digits):
    images, _ = test_digits
    keras_model = keras_digits.from_params(shipped_weights(model))
    np.testing.assert_allclose(classify(images, model), np.asarray(keras_model(images, training=False)), atol=1e-5)


@pytest.mark.parametrize("model", MODELS)
def test_parameters_survive_the_round_trip(model):
    params = shipped_weights(model)
    back = keras_digits.to_params(keras_digits.from_params(params))
    assert back.keys() == params.keys()
    for name in params:
        np.testing.assert_array_equal(back[name], params[name])


def test_course_pipeline_trains_and_reports_every_epoch(mnist_folder):
    (x_train, y_train), (x_test, y_test) = load_mnist(mnist_folder)
    seen = []
    model, history, accuracy = keras_digits.train_mlp((x_train[:500], y_train[:500], x_test[:200], y_test[:200]),
                                                      hidden=[32], epochs=2, batch_size=100, optimizer="adam",
                                                      report=lambda epoch, logs: seen.append((epoch, sorted(logs))))
    assert [epoch for epoch, _ in seen] == [1, 2]
    assert seen[0][1] == ["accuracy", "loss", "val_accuracy", "val_loss"]
    assert len(history["loss"]) == 2 and history["loss"][1] < history["loss"][0]
    # 500 digits, 2 epochs: far better than guessing (10 %), far from finished
    assert 0.3 < accuracy < 1.0
    params = keras_digits.to_params(model)
    assert params["W1"].shape == (784, 32) and params["W2"].shape == (32, 10)
    np.testing.assert_allclose(classify(x_test[:200] / np.float32(255), params).argmax(axis=1).tolist(),
                               np.asarray(model(x_test[:200] / np.float32(255))).argmax(axis=1).tolist())

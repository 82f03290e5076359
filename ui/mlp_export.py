"""Taking a network trained on the Playground page elsewhere: its weights as JSON (ui.keras_code writes the
Keras code that loads them)."""
import json

import numpy as np


def layer_sizes(params):
    count = sum(1 for name in params if name.startswith("W"))
    return [params["W1"].shape[0]] + [params[f"W{i}"].shape[1] for i in range(1, count + 1)]


def params_to_json(params, setup):
    """{"setup": ..., "sizes": [...], "params": {"W1": [[...]], ...}} as indented JSON text."""
    return json.dumps({"setup": setup, "sizes": layer_sizes(params),
                       "params": {name: np.asarray(value).tolist() for name, value in params.items()}}, indent=1)


def params_from_json(text):
    return {name: np.array(value) for name, value in json.loads(text)["params"].items()}

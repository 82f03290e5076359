"""Challenges of the "perceptron" group's pages: "ch.<id>.goal", ".hint1", ".hint2", ".why" (and ".after")."""

STRINGS = {
    "ko": {
        "ch.perceptron.or_own.goal": "책의 가중치 버튼을 누르지 않고, 책과 다른 값으로 이 퍼셉트론을 OR 게이트로 만들어 보세요.",
        "ch.perceptron.or_own.hint1": "OR은 입력 중 하나만 1이어도 1을 내야 합니다. (1, 0)과 (0, 1)에서 w·x + b가 0보다 커야 합니다.",
        "ch.perceptron.or_own.hint2": (
            "w₁ = w₂ = 0.5로 두면 (0, 0)에서는 b ≤ 0, (1, 0)에서는 0.5 + b > 0이어야 합니다. "
            "b를 −0.5보다 크고 0 이하인 범위에서 골라 보세요."
        ),
        "ch.perceptron.or_own.why": (
            "OR을 만드는 가중치와 편향은 하나가 아닙니다. 직선이 (0, 0)과 나머지 세 점 사이에 놓이기만 하면 "
            "모두 OR입니다. 편향 b는 그 직선을 평행하게 옮기는 값입니다."
        ),
        "ch.perceptron.nand_uneven.goal": "w₁과 w₂를 서로 다른 값으로 두고 NAND 게이트를 만들어 보세요.",
        "ch.perceptron.nand_uneven.hint1": "NAND는 (1, 1)에서만 0을 냅니다. 가중치는 음수, 편향은 양수가 되어야 합니다.",
        "ch.perceptron.nand_uneven.hint2": (
            "w₁ = −0.5, w₂ = −0.3이면 (1, 1)에서 −0.8 + b ≤ 0이고 (1, 0)에서 −0.5 + b > 0이어야 합니다. "
            "b를 0.5보다 크고 0.8 이하로 두면 됩니다."
        ),
        "ch.perceptron.nand_uneven.why": (
            "가중치가 달라지면 직선이 기울어지지만, (1, 1)만 한쪽에 남기는 직선이면 여전히 NAND입니다. "
            "퍼셉트론이 배우는 것은 정확한 숫자가 아니라 점들을 가르는 직선입니다."
        ),
        "ch.perceptron.xor_three.goal": "XOR을 고르고 네 점 중 세 점을 맞혀 보세요. 직선 하나로는 그보다 더 맞힐 수 없습니다.",
        "ch.perceptron.xor_three.hint1": "XOR의 1인 두 점 (1, 0), (0, 1)을 맞히면서 (0, 0)도 맞히는 직선을 찾아 보세요.",
        "ch.perceptron.xor_three.hint2": "OR 게이트의 가중치(w₁ = w₂ = 0.5, b = −0.2)는 XOR에서 (1, 1) 하나만 틀립니다.",
        "ch.perceptron.xor_three.why": (
            "XOR의 1인 점들과 0인 점들은 대각선으로 엇갈려 있어서 직선 하나로는 나눌 수 없습니다(선형 분리 불가능). "
            "그래서 단층 퍼셉트론은 최대 세 점까지만 맞히고, 층을 쌓아야 XOR을 풀 수 있습니다."
        ),
    },
    "en": {
        "ch.perceptron.or_own.goal": "Make this perceptron an OR gate without the book's button, with values other than the book's.",
        "ch.perceptron.or_own.hint1": "OR outputs 1 when either input is 1: at (1, 0) and (0, 1), w·x + b must be above 0.",
        "ch.perceptron.or_own.hint2": (
            "With w₁ = w₂ = 0.5, (0, 0) needs b ≤ 0 and (1, 0) needs 0.5 + b > 0: pick b above −0.5 and at most 0."
        ),
        "ch.perceptron.or_own.why": (
            "Many weights and biases make OR: any line with (0, 0) on one side and the other three points on the "
            "other. The bias b shifts that line without turning it."
        ),
        "ch.perceptron.nand_uneven.goal": "Make a NAND gate with w₁ and w₂ different from each other.",
        "ch.perceptron.nand_uneven.hint1": "NAND outputs 0 only at (1, 1): the weights must be negative and the bias positive.",
        "ch.perceptron.nand_uneven.hint2": (
            "With w₁ = −0.5 and w₂ = −0.3, (1, 1) needs −0.8 + b ≤ 0 and (1, 0) needs −0.5 + b > 0: b above 0.5 "
            "and at most 0.8."
        ),
        "ch.perceptron.nand_uneven.why": (
            "Different weights tilt the line, but any line that leaves (1, 1) alone on one side is still NAND. "
            "What a perceptron learns is a line that separates the points, not one exact set of numbers."
        ),
        "ch.perceptron.xor_three.goal": "Choose XOR and get three of the four points right: no single line can do better.",
        "ch.perceptron.xor_three.hint1": "Look for a line that gets XOR's two 1s, (1, 0) and (0, 1), and (0, 0) as well.",
        "ch.perceptron.xor_three.hint2": "The OR gate's weights (w₁ = w₂ = 0.5, b = −0.2) get only (1, 1) wrong on XOR.",
        "ch.perceptron.xor_three.why": (
            "XOR's 1s and 0s sit on opposite diagonals, so no straight line separates them (XOR is not linearly "
            "separable). A single-layer perceptron gets at most three right; XOR needs a second layer."
        ),
    },
}

"""Strings of the page "Perceptron & logic gates"."""

STRINGS = {
    "ko": {
        "perceptron.title": "퍼셉트론과 논리 회로",
        "perceptron.oneliner": "뉴런 하나로 AND, OR, NAND를 만들고, XOR에는 왜 층이 두 개 필요한지 봅니다",
        "perceptron.intro": (
            "퍼셉트론은 입력 x₁, x₂에 가중치 w₁, w₂를 곱해 더하고 편향 b를 더한 값이 0보다 크면 1, 아니면 0을 "
            "출력합니다. 그래프에서 w₁x₁ + w₂x₂ + b = 0인 직선이 평면을 둘로 나누고, 색칠된 쪽이 1을 출력하는 "
            "영역입니다. 네 입력점이 모두 자기 정답 쪽에 오도록 가중치와 편향을 맞춰 보세요."
        ),
        "perceptron.gate": "논리 회로",
        "perceptron.book_button": "책의 {gate} 가중치로 맞추기",
        "perceptron.book_button_xor": "XOR은 퍼셉트론 하나로는 만들 수 없습니다",
        "perceptron.w1": "가중치 w₁",
        "perceptron.w2": "가중치 w₂",
        "perceptron.b": "편향 b",
        "perceptron.plane_title": "{gate}: 입력과 결정 경계",
        "perceptron.target": "정답",
        "perceptron.output": "출력",
        "perceptron.line": "결정 경계",
        "perceptron.right": "맞힌 입력",
        "perceptron.all_right": "네 입력을 모두 맞혔습니다. 이 퍼셉트론이 {gate} 회로입니다.",
        "perceptron.not_yet": "아직 틀린 입력이 있습니다. 직선을 움직여 1인 점만 색칠된 쪽에 오게 해 보세요. 막히면 ‘책의 {gate} 가중치로 맞추기’를 누르세요.",
        "perceptron.xor_hint": (
            "XOR은 (1, 0)과 (0, 1)만 1입니다. 직선 하나로는 이 두 점과 나머지 두 점을 나눌 수 없어서, "
            "아무리 움직여도 넷 중 셋까지만 맞힙니다."
        ),
        "perceptron.search_title": "정말 직선 하나로는 안 될까?",
        "perceptron.search_result": (
            "기울기와 위치를 무작위로 바꾼 직선 **{count:,}개**를 모두 시험해 봤습니다. 가장 잘한 직선도 네 점 중 "
            "**{best}개**만 맞혔습니다. XOR의 1인 점들은 대각선으로 마주 보고 있어서 직선으로는 분리할 수 없습니다(선형 분리 불가능)."
        ),
        "perceptron.two_layers_title": "층을 하나 더 쌓으면: XOR = AND(NAND, OR)",
        "perceptron.two_layers_intro": (
            "첫 번째 층에서 NAND와 OR 퍼셉트론이 각각 s₁, s₂를 출력하고, 두 번째 층의 AND 퍼셉트론이 s₁과 s₂를 받아 "
            "최종 출력을 냅니다. 직선 두 개를 함께 쓰는 셈입니다."
        ),
        "perceptron.input_space": "입력 공간: NAND와 OR의 직선",
        "perceptron.input_space_help": "두 직선 사이의 띠(색칠된 부분)만 1이 됩니다. 직선 하나로는 만들 수 없던 영역입니다.",
        "perceptron.hidden_space": "은닉 공간 (s₁, s₂): AND의 직선",
        "perceptron.hidden_space_help": (
            "첫 번째 층을 지나면 (1, 0)과 (0, 1)이 모두 (1, 1)로 옮겨집니다. 이 공간에서는 AND의 직선 하나로 "
            "정답을 나눌 수 있습니다."
        ),
        "perceptron.try1": "AND를 고른 상태에서 b만 −0.7에서 −0.2로 올려 보세요. 어떤 회로가 되나요?",
        "perceptron.try2": "w₁과 w₂의 부호를 모두 바꾸고 b의 부호도 바꾸면 AND가 NAND로 바뀝니다. 직선은 그대로인데 색칠된 쪽이 뒤집히는 것을 확인해 보세요.",
        "perceptron.try3": "XOR을 고르고 슬라이더로 네 점을 모두 맞혀 보세요. 몇 개까지 맞힐 수 있나요?",
        "perceptron.try4": "XOR의 은닉 공간 그래프에서 입력 네 개가 점 세 개로 모이는 이유를 진리표의 s₁, s₂ 열에서 찾아보세요.",
    },
    "en": {
        "perceptron.title": "Perceptron & logic gates",
        "perceptron.oneliner": "One neuron as AND, OR and NAND, and why XOR needs two layers",
        "perceptron.intro": (
            "A perceptron multiplies its inputs x₁, x₂ by weights w₁, w₂, adds them and a bias b, and outputs 1 when the "
            "sum is above 0, else 0. On the plane, the line w₁x₁ + w₂x₂ + b = 0 splits the inputs in two; the shaded side "
            "outputs 1. Set the weights and bias so that all four inputs fall on the side of their target."
        ),
        "perceptron.gate": "Logic gate",
        "perceptron.book_button": "Use the book's {gate} weights",
        "perceptron.book_button_xor": "No single perceptron makes XOR",
        "perceptron.w1": "Weight w₁",
        "perceptron.w2": "Weight w₂",
        "perceptron.b": "Bias b",
        "perceptron.plane_title": "{gate}: inputs and the decision line",
        "perceptron.target": "Target",
        "perceptron.output": "Output",
        "perceptron.line": "Decision line",
        "perceptron.right": "Inputs right",
        "perceptron.all_right": "All four inputs are right: this perceptron is a {gate} gate.",
        "perceptron.not_yet": "Some inputs are still wrong. Move the line so that only the 1s are on the shaded side, or press 'Use the book's {gate} weights'.",
        "perceptron.xor_hint": (
            "XOR is 1 only for (1, 0) and (0, 1). No straight line puts those two on one side and the other two on "
            "the other, so however you move it, at most three of the four are right."
        ),
        "perceptron.search_title": "Is there really no line that works?",
        "perceptron.search_result": (
            "**{count:,}** lines of random slope and position were tried. The best of them gets **{best}** of the four "
            "points right. XOR's 1s sit on opposite corners, so no line separates them: XOR is not linearly separable."
        ),
        "perceptron.two_layers_title": "Stack one more layer: XOR = AND(NAND, OR)",
        "perceptron.two_layers_intro": (
            "In the first layer a NAND and an OR perceptron output s₁ and s₂; in the second layer an AND perceptron takes "
            "s₁ and s₂ and gives the final output. Two lines work together."
        ),
        "perceptron.input_space": "Input space: the NAND and OR lines",
        "perceptron.input_space_help": "Only the band between the two lines (shaded) outputs 1: a region no single line can make.",
        "perceptron.hidden_space": "Hidden space (s₁, s₂): AND's line",
        "perceptron.hidden_space_help": (
            "After the first layer, (1, 0) and (0, 1) both land on (1, 1). In this space AND's single line separates "
            "the targets."
        ),
        "perceptron.try1": "With AND chosen, raise only b from −0.7 to −0.2. Which gate do you get?",
        "perceptron.try2": "Flip the signs of w₁, w₂ and b: AND becomes NAND. The line stays where it is, but the shaded side turns over.",
        "perceptron.try3": "Choose XOR and try to get all four points right with the sliders. How many can you get?",
        "perceptron.try4": "In XOR's hidden-space chart four inputs become three points. Find out why in the truth table's s₁ and s₂ columns.",
    },
}

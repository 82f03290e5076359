"""Strings of the page "Activation functions"."""

STRINGS = {
    "ko": {
        "activations.title": "활성화 함수",
        "activations.oneliner": "계단·시그모이드·tanh·ReLU의 모양과 기울기, 그리고 은닉층에 비선형 함수가 필요한 이유",
        "activations.intro": (
            "뉴런은 입력의 가중합을 그대로 내보내지 않고 **활성화 함수**에 한 번 통과시켜 내보냅니다. "
            "계단 함수, 시그모이드, tanh, ReLU의 모양과 기울기(도함수)를 나란히 비교해 보세요. "
            "신경망은 이 기울기를 따라 가중치를 고치기 때문에, 도함수의 모양이 곧 학습이 얼마나 잘 되는지를 좌우합니다."
        ),
        "activations.functions": "함수 고르기",
        "activations.x": "입력 x",
        "activations.show_grad": "도함수도 보기",
        "activations.chart_f": "활성화 함수 h(x)",
        "activations.chart_df": "도함수 h′(x)",
        "activations.axis_x": "입력 x",
        "activations.function": "함수",
        "activations.values_at": "x = {x}에서의 값",
        "activations.pick_one": "함수를 하나 이상 골라 주세요.",
        "act.step": "계단 함수",
        "act.sigmoid": "시그모이드",
        "act.tanh": "tanh",
        "act.relu": "ReLU",
        "act.identity": "항등 함수(활성화 없음)",
        "activations.note.step": (
            "계단 함수의 기울기는 어디서나 0입니다(x = 0에서는 정의되지 않습니다). 기울기가 0이면 가중치를 어느 쪽으로 "
            "고쳐야 할지 알 수 없으므로, 계단 함수를 쓰는 퍼셉트론은 경사 하강법으로 학습할 수 없습니다."
        ),
        "activations.note.sigmoid": (
            "시그모이드의 기울기는 x = 0에서 가장 크지만 그래도 0.25밖에 되지 않습니다. 층을 거칠 때마다 이 값이 곱해지면 "
            "기울기가 금세 0에 가까워집니다. 이것이 기울기 소실 문제입니다."
        ),
        "activations.note.tanh": (
            "tanh는 원점을 지나고(출력이 0을 중심으로 퍼집니다) 기울기가 최대 1이어서, 시그모이드보다 기울기가 덜 줄어듭니다."
        ),
        "activations.note.relu": (
            "ReLU의 기울기는 x > 0이면 1, 그렇지 않으면 0입니다. 즉 ReLU의 도함수가 바로 계단 함수입니다. "
            "양수 쪽에서는 기울기가 줄지 않기 때문에 깊은 신경망의 은닉층에 가장 많이 씁니다."
        ),
        "activations.linear_title": "은닉층에 비선형 함수가 꼭 필요한 이유",
        "activations.linear_intro": (
            "입력 x 하나, 은닉 뉴런 다섯 개씩, 출력 하나인 작은 신경망입니다. 가중치는 시드로 정한 무작위 값입니다. "
            "활성화 함수 없이 층만 쌓으면 어떻게 될까요? h(x) = cx일 때 y = h(h(h(x))) = c³x가 되듯이, "
            "선형 함수는 아무리 겹쳐도 결국 선형 함수 하나입니다. 층을 쌓은 의미가 사라지는 셈입니다."
        ),
        "activations.hidden_act": "은닉층 활성화 함수",
        "activations.linear_toggle": "활성화 함수 빼기",
        "activations.layers": "층 수",
        "activations.seed": "가중치 시드",
        "activations.axis_y": "출력 y",
        "activations.series": "그래프",
        "activations.stack_series": "{layers}층 신경망의 출력",
        "activations.single_series": "층 하나로 합친 결과 (점선)",
        "activations.collapsed": (
            "활성화 함수가 없으니 {layers}개의 층이 층 하나(y = {w}·x + {b})와 똑같습니다(두 그래프의 차이는 최대 {diff}). "
            "층을 몇 개 쌓든 그릴 수 있는 것은 직선뿐입니다."
        ),
        "activations.bent": (
            "활성화 함수({act})를 넣으니 출력이 꺾이고 휘어집니다. 비선형 함수가 있어야 층을 쌓을수록 더 복잡한 모양을 "
            "표현할 수 있습니다."
        ),
        "activations.try1": "x 슬라이더를 −5에서 5까지 움직이며 시그모이드의 기울기를 지켜보세요. 가장 클 때도 0.25입니다.",
        "activations.try2": "오른쪽 ReLU의 도함수와 왼쪽 계단 함수를 비교해 보세요. 모양이 똑같습니다.",
        "activations.try3": "아래에서 ‘활성화 함수 빼기’를 켜고 층 수와 시드를 바꿔 보세요. 무엇을 바꿔도 출력은 직선입니다.",
        "activations.try4": "다시 끄고 은닉층 활성화 함수를 ReLU로 고른 뒤 층 수를 늘려 보세요. 꺾이는 곳이 늘어납니다.",
    },
    "en": {
        "activations.title": "Activation functions",
        "activations.oneliner": "Step, sigmoid, tanh and ReLU with their slopes, and why hidden layers need a non-linear function",
        "activations.intro": (
            "A neuron does not pass its weighted sum on as it is: it first sends it through an **activation function**. "
            "Compare the shapes of step, sigmoid, tanh and ReLU and their slopes (derivatives) side by side. "
            "A network corrects its weights by following these slopes, so the shape of the derivative decides how well it learns."
        ),
        "activations.functions": "Functions",
        "activations.x": "Input x",
        "activations.show_grad": "Derivatives too",
        "activations.chart_f": "Activation function h(x)",
        "activations.chart_df": "Derivative h′(x)",
        "activations.axis_x": "input x",
        "activations.function": "Function",
        "activations.values_at": "Values at x = {x}",
        "activations.pick_one": "Pick at least one function.",
        "act.step": "Step",
        "act.sigmoid": "Sigmoid",
        "act.tanh": "tanh",
        "act.relu": "ReLU",
        "act.identity": "Identity (no activation)",
        "activations.note.step": (
            "The step function's slope is 0 everywhere (and undefined at x = 0). A zero slope gives no hint which way "
            "to change a weight, so a perceptron with a step function cannot learn by gradient descent."
        ),
        "activations.note.sigmoid": (
            "The sigmoid's slope is largest at x = 0, and even there it is only 0.25. Multiplied layer after layer, "
            "the gradient soon shrinks towards 0: the vanishing-gradient problem."
        ),
        "activations.note.tanh": (
            "tanh goes through the origin (its outputs are centred on 0) and its slope reaches 1, so its gradients "
            "shrink less than the sigmoid's."
        ),
        "activations.note.relu": (
            "ReLU's slope is 1 for x > 0 and 0 otherwise: the derivative of ReLU is the step function. "
            "It does not shrink on the positive side, which is why deep networks use it most in their hidden layers."
        ),
        "activations.linear_title": "Why hidden layers need a non-linear function",
        "activations.linear_intro": (
            "A small network: one input x, hidden layers of five neurons, one output, with random weights from a seed. "
            "What if we stack layers with no activation function? Just as h(x) = cx gives y = h(h(h(x))) = c³x, "
            "any stack of linear functions is a single linear function, and the extra layers add nothing."
        ),
        "activations.hidden_act": "Hidden-layer activation",
        "activations.linear_toggle": "Remove the activation",
        "activations.layers": "Number of layers",
        "activations.seed": "Weight seed",
        "activations.axis_y": "output y",
        "activations.series": "Curve",
        "activations.stack_series": "Output of the {layers}-layer network",
        "activations.single_series": "The same as one layer (dashed)",
        "activations.collapsed": (
            "With no activation the {layers} layers equal one layer, y = {w}·x + {b} (largest gap between the two "
            "curves: {diff}). However many layers you stack, all you can draw is a straight line."
        ),
        "activations.bent": (
            "With the activation ({act}) the output bends and kinks. Only a non-linear function lets extra layers "
            "draw more complex shapes."
        ),
        "activations.try1": "Move x from −5 to 5 and watch the sigmoid's slope: even at its largest it is 0.25.",
        "activations.try2": "Compare ReLU's derivative on the right with the step function on the left: they are the same shape.",
        "activations.try3": "Below, turn on 'Remove the activation' and change the layers and the seed: whatever you change, the output is a straight line.",
        "activations.try4": "Turn it off again, choose ReLU for the hidden layers and add layers: the number of kinks grows.",
    },
}

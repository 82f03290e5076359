"""Strings of the page "XOR with a hidden layer"."""

STRINGS = {
    "ko": {
        "xor.title": "은닉층으로 XOR 학습하기",
        "xor.oneliner": "2-2-1 신경망이 XOR을 배우는 과정을 실시간으로 봅니다. 은닉층이 없으면 끝내 못 배웁니다",
        "xor.define": (
            "가중치의 초깃값은 0이나 모두 같은 값으로 두지 않습니다. 그러면 은닉 뉴런이 모두 똑같이 계산되고 똑같이 갱신되어, 뉴런을 여러 개 둔 의미가 없어집니다. 그래서 작은 무작위 값으로 "
            "시작하고, 앞 층의 뉴런이 많을수록 더 작게 잡습니다(Xavier 초깃값, ReLU에는 He 초깃값)."
        ),
        "xor.intro": (
            "퍼셉트론 하나로는 XOR을 만들 수 없었습니다. 은닉층이 있는 신경망은 가중치를 직접 정해 주지 않아도 "
            "오차역전파법과 경사 하강법으로 스스로 찾아냅니다. ‘재생’을 누르면 학습이 진행되면서 색칠된 결정 영역과 "
            "은닉 뉴런의 직선이 움직입니다."
        ),
        "xor.hidden": "은닉 뉴런 수 (0이면 은닉층 없음)",
        "xor.activation": "은닉층 활성화 함수",
        "xor.architecture": "신경망 구조: {sizes} (입력-은닉-출력), 출력은 시그모이드, 손실은 이진 교차 엔트로피",
        "xor.no_hidden": (
            "은닉층이 없으면 이 신경망은 출력에 시그모이드를 씌운 퍼셉트론과 같아서 결정 경계가 직선 하나뿐입니다. "
            "XOR은 직선 하나로 나눌 수 없으므로 아무리 오래 학습해도 정확도가 75%를 넘지 못합니다."
        ),
        "xor.surface_title": "결정 영역",
        "xor.surface_help": "파란 영역은 0, 주황 영역은 1로 예측한 곳이고, 색이 진할수록 신경망이 그 예측을 확신합니다.",
        "xor.class": "예측",
        "xor.split": "데이터",
        "xor.unit_line": "은닉 뉴런 {j}의 직선",
        "xor.lines_help": "점선은 은닉 뉴런마다 w·x + b = 0인 직선입니다. 은닉 뉴런 둘이 직선 두 개를 맡아 XOR의 띠 모양 영역을 만듭니다.",
        "xor.curve_title": "손실의 변화",
        "xor.target": "정답",
        "xor.output": "출력 y",
        "xor.weights_title": "지금의 가중치와 편향",
        "xor.try1": "은닉 뉴런 2개, 시그모이드, SGD, 학습률 2로 ‘재생’을 눌러 보세요. 손실이 한동안 평평하다가 갑자기 떨어지는 구간이 보입니다.",
        "xor.try2": "은닉 뉴런을 0으로 하면 어떻게 되나요? 정확도가 75%에서 멈추는 이유를 결정 영역에서 찾아보세요.",
        "xor.try3": "초깃값 시드를 바꿔 가며 학습해 보세요. 은닉 뉴런 2개일 때 어떤 시드는 잘못된 곳(지역 최솟값)에 갇히기도 합니다. 뉴런을 4개로 늘리면 어떤가요?",
        "xor.try4": "학습률을 5로 올리거나 옵티마이저를 Adam으로 바꿔 몇 에포크 만에 100%가 되는지 비교해 보세요.",
    },
    "en": {
        "xor.title": "XOR with a hidden layer",
        "xor.oneliner": "Watch a 2-2-1 network learn XOR live; with no hidden layer it never can",
        "xor.define": (
            "The initial weights are neither 0 nor all equal: then every hidden neuron would compute the same and be "
            "updated the same, and several neurons would be no better than one. So training starts from small random "
            "values, smaller when the layer before has more neurons (Xavier initialisation; He initialisation for "
            "ReLU)."
        ),
        "xor.intro": (
            "One perceptron could not make XOR. A network with a hidden layer finds suitable weights by itself, through "
            "backpropagation and gradient descent. Switch on Play: as it learns, the shaded decision regions and the hidden "
            "neurons' lines move."
        ),
        "xor.hidden": "Hidden neurons (0: no hidden layer)",
        "xor.activation": "Hidden activation",
        "xor.architecture": "Network: {sizes} (input-hidden-output), sigmoid output, binary cross-entropy loss",
        "xor.no_hidden": (
            "Without a hidden layer this network is a perceptron with a sigmoid on its output: its decision boundary is "
            "a single straight line. No line separates XOR, so however long it trains, accuracy stays at 75% or below."
        ),
        "xor.surface_title": "Decision regions",
        "xor.surface_help": "Blue regions are predicted 0, orange ones 1; the darker the colour, the more confident the network.",
        "xor.class": "Prediction",
        "xor.split": "Data",
        "xor.unit_line": "Hidden neuron {j}'s line",
        "xor.lines_help": "Each dashed line is a hidden neuron's w·x + b = 0. Two hidden neurons give two lines, which together make XOR's band.",
        "xor.curve_title": "Loss over time",
        "xor.target": "Target",
        "xor.output": "Output y",
        "xor.weights_title": "The current weights and biases",
        "xor.try1": "With 2 hidden neurons, sigmoid, SGD and learning rate 2, press Play. The loss stays flat for a while, then drops suddenly.",
        "xor.try2": "Set the hidden neurons to 0. Why does the accuracy stop at 75%? Look at the decision regions.",
        "xor.try3": "Try other initial seeds. With 2 hidden neurons some seeds get stuck (a local minimum). What happens with 4 neurons?",
        "xor.try4": "Raise the learning rate to 5, or switch to Adam, and compare how many epochs it takes to reach 100%.",
    },
}

"""Strings of the page "Regression with hidden layers"."""

STRINGS = {
    "ko": {
        "hidden_regression.title": "은닉층으로 회귀하기",
        "hidden_regression.oneliner": "은닉층 0~3개의 신경망이 곡선을 맞춰 가는 과정을 봅니다. 활성화 함수가 없으면 언제나 직선입니다",
        "hidden_regression.intro": (
            "강의에서 다룬 목표 함수를 은닉층이 있는 신경망으로 학습합니다. x는 0과 1 사이에서 뽑고, 출력층은 활성화 "
            "함수 없이 y를 그대로 내보냅니다. 은닉층의 수와 뉴런 수, 활성화 함수를 바꾸고 ‘재생’을 눌러 보세요. "
            "예측 곡선이 데이터에 맞춰 휘어지는 모습과, 초깃값이나 학습률에 따라 학습이 멈춰 버리는 모습을 함께 볼 수 있습니다."
        ),
        "hidden_regression.data_settings": "데이터 설정",
        "hidden_regression.training_settings": "학습 설정",
        "hidden_regression.target": "목표 함수",
        "hidden_regression.target_name.parabola": "포물선",
        "hidden_regression.target_name.cubic": "삼차 함수",
        "hidden_regression.target_name.line": "직선",
        "hidden_regression.target_name.plane": "평면 (입력 3개)",
        "hidden_regression.note.parabola": (
            "x = 0.5를 중심으로 좌우 대칭입니다. 그래서 직선으로는 평균값에 그은 수평선보다 나은 답이 없습니다."
        ),
        "hidden_regression.note.cubic": (
            "높이 0.2 정도의 작은 물결이 5만큼 위에 떠 있습니다. 신경망은 먼저 5라는 높이를 맞추고, 그다음에야 물결을 배웁니다."
        ),
        "hidden_regression.note.line": "직선이므로 은닉층이 없는 신경망, 즉 y = w·x + b 하나로도 정확히 맞출 수 있습니다.",
        "hidden_regression.note.plane": (
            "입력이 3개입니다. 은닉층이 없으면 신경망은 y = w₁x₁ + w₂x₂ + w₃x₃ + b이고, 학습으로 w = (a, −4, 2), b = 0을 "
            "찾아야 합니다."
        ),
        "hidden_regression.a": "x₁의 계수 a",
        "hidden_regression.points": "데이터 개수",
        "hidden_regression.noise": "잡음 (목표값 범위의 %)",
        "hidden_regression.layers": "은닉층 수",
        "hidden_regression.units": "은닉층 {i}의 뉴런 수",
        "hidden_regression.activation": "은닉층 활성화 함수",
        "hidden_regression.architecture": (
            "신경망 구조: {sizes} (입력 → 은닉층 → 출력). 출력층에는 활성화 함수가 없고, 손실 함수는 ½·(예측 − 정답)²의 평균입니다."
        ),
        "hidden_regression.no_hidden": (
            "은닉층이 없으므로 활성화 함수는 쓰이지 않습니다. 이 신경망은 y = w·x + b 하나, 즉 직선입니다(입력이 여럿이면 평면)."
        ),
        "hidden_regression.linear_why": (
            "활성화 함수가 없으면 층을 아무리 쌓아도 직선입니다. 선형 함수에 선형 함수를 합성하면 다시 선형 함수이기 때문입니다. "
            "$W_2(W_1x + b_1) + b_2 = (W_2W_1)x + (W_2b_1 + b_2)$이므로 두 층은 가중치 $W_2W_1$, 편향 $W_2b_1 + b_2$인 "
            "층 하나와 똑같고, 층이 더 있어도 같은 계산을 되풀이할 뿐입니다. 곡선을 만들려면 은닉층마다 비선형 활성화 함수가 있어야 합니다."
        ),
        "hidden_regression.collapsed": (
            "은닉층 {layers}개, 변수 {params}개짜리 신경망이지만 지금 이 신경망은 정확히 {line} 입니다. "
            "숫자 {effective}개면 충분한 식입니다."
        ),
        "hidden_regression.no_hidden_line": "은닉층이 없는 신경망이 지금 나타내는 식은 {line} 입니다.",
        "hidden_regression.flat_loss": "평평한 직선의 손실",
        "hidden_regression.flat_help": "모든 x에 데이터의 평균 하나만 내놓는 수평선의 손실입니다. 손실이 이 값에 머물러 있다면 신경망이 아직 수평선에 갇혀 있는 것입니다.",
        "hidden_regression.fit_title": "데이터와 예측",
        "hidden_regression.series": "곡선",
        "hidden_regression.data_points": "데이터",
        "hidden_regression.prediction": "신경망",
        "hidden_regression.true_target": "목표",
        "hidden_regression.parity_title": "예측값과 정답 (점선 위에 있으면 정확)",
        "hidden_regression.actual": "정답 y",
        "hidden_regression.predicted": "예측 y",
        "hidden_regression.diagonal": "y = x (완벽한 예측)",
        "hidden_regression.weights_title": "학습한 가중치와 정답 (a, −4, 2), 편향 0",
        "hidden_regression.value": "값",
        "hidden_regression.learned": "학습한 값",
        "hidden_regression.exact": "정답",
        "hidden_regression.bias": "편향",
        "hidden_regression.loss_title": "손실 (로그 눈금)",
        "hidden_regression.network_loss": "신경망의 손실",
        "hidden_regression.dead": (
            "죽은 ReLU 뉴런: {detail}. 이 뉴런들은 모든 데이터에서 0을 출력하므로 기울기도 0이고, 가중치가 다시는 바뀌지 않습니다."
        ),
        "hidden_regression.dead_layer": "은닉층 {i}에서 {dead}/{units}개",
        "hidden_regression.all_dead": (
            "한 은닉층의 뉴런이 모두 죽었습니다. 그 뒤로는 어떤 x를 넣어도 같은 값이 나오므로 예측은 수평선에서 벗어나지 못합니다. "
            "초깃값 시드를 바꾸거나 뉴런을 늘려 보세요."
        ),
        "hidden_regression.params_title": "변수(가중치와 편향)는 모두 몇 개일까요? 먼저 직접 세어 본 다음 펼쳐 보세요",
        "hidden_regression.params_intro": (
            "층마다 가중치가 (입력 수 × 뉴런 수)개, 편향이 뉴런 수만큼 있습니다. 예를 들어 1-4-1 신경망은 "
            "(1·4 + 4) + (4·1 + 1) = 13개입니다."
        ),
        "hidden_regression.layer": "층",
        "hidden_regression.hidden_layer": "은닉층 {i}",
        "hidden_regression.output_layer": "출력층",
        "hidden_regression.inputs": "입력 수",
        "hidden_regression.units_col": "뉴런 수",
        "hidden_regression.weights_col": "가중치 (입력 × 뉴런)",
        "hidden_regression.biases_col": "편향",
        "hidden_regression.sum_col": "합계",
        "hidden_regression.param_total": "변수 개수",
        "hidden_regression.params_linear": (
            "활성화 함수가 없으면 이 변수 {params}개가 결국 직선의 숫자 {effective}개로 합쳐집니다. 변수가 많다고 표현력이 커지는 것은 아닙니다."
        ),
        "hidden_regression.try1": (
            "기본 설정(포물선, 은닉층 1개에 뉴런 4개, tanh, Adam, 학습률 0.03, 시드 0)으로 ‘재생’을 눌러 보세요. 처음 350 에포크쯤은 "
            "예측이 수평선 가까이에 머물고 손실도 회색 점선(평평한 직선의 손실)에 붙어 있다가, 400~500 에포크 사이에 갑자기 휘어지며 "
            "손실이 뚝 떨어집니다."
        ),
        "hidden_regression.try2": (
            "활성화 함수를 ‘없음 (선형)’으로 바꾸고 은닉층 3개, 뉴런을 모두 8개로 해 보세요. 변수가 169개나 되는데도 예측은 끝까지 직선이고, "
            "초록 상자에 그 직선의 식이 나옵니다. 목표를 ‘직선’으로 바꾸면 정확히 y = 2x + 1을 찾습니다."
        ),
        "hidden_regression.try3": (
            "활성화 함수를 ReLU로 하고 시드를 8로 바꿔 보세요. 편향이 0에서 시작하고 x는 0 이상이라, 가중치가 음수로 시작한 뉴런은 "
            "모든 데이터에서 0을 냅니다. 시드 8에서는 네 뉴런이 모두 이렇게 시작해서 예측이 끝까지 수평선에 머뭅니다. 시드 7은 같은 신경망으로 포물선을 잘 맞춥니다."
        ),
        "hidden_regression.try4": (
            "활성화 함수를 시그모이드, 옵티마이저를 SGD, 학습률을 0.1로 해 보세요. 5,000 에포크가 지나도 손실이 회색 점선에서 "
            "떨어지지 않습니다. 학습률을 3으로 올리면 이번에는 10 에포크 만에 발산합니다. ‘평면 (입력 3개)’ 목표에서 은닉층을 0으로 하면 "
            "가중치가 (a, −4, 2)로 다가가는 모습도 볼 수 있습니다."
        ),
    },
    "en": {
        "hidden_regression.title": "Regression with hidden layers",
        "hidden_regression.oneliner": "Watch networks with 0–3 hidden layers fit a curve; with no activation they always give a straight line",
        "hidden_regression.intro": (
            "A network with hidden layers learns the lecture's target functions. x is drawn from [0, 1], and the output "
            "layer has no activation: it gives y as it is. Change the number of hidden layers, their neurons and the "
            "activation, then press Play: the prediction bends towards the data, and with some initial weights or "
            "learning rates it gets stuck."
        ),
        "hidden_regression.data_settings": "Data settings",
        "hidden_regression.training_settings": "Training settings",
        "hidden_regression.target": "Target function",
        "hidden_regression.target_name.parabola": "Parabola",
        "hidden_regression.target_name.cubic": "Cubic",
        "hidden_regression.target_name.line": "Straight line",
        "hidden_regression.target_name.plane": "Plane (3 inputs)",
        "hidden_regression.note.parabola": (
            "Symmetric about x = 0.5, so no straight line does better than the flat line at the mean."
        ),
        "hidden_regression.note.cubic": (
            "A small wave, about 0.2 high, sitting 5 up. The network first has to reach the height 5; only then does it "
            "learn the wave."
        ),
        "hidden_regression.note.line": "A straight line: even a network with no hidden layer, y = w·x + b, fits it exactly.",
        "hidden_regression.note.plane": (
            "Three inputs. With no hidden layer the network is y = w₁x₁ + w₂x₂ + w₃x₃ + b, and training should find "
            "w = (a, −4, 2) and b = 0."
        ),
        "hidden_regression.a": "Coefficient a of x₁",
        "hidden_regression.points": "Data points",
        "hidden_regression.noise": "Noise (% of the target's range)",
        "hidden_regression.layers": "Hidden layers",
        "hidden_regression.units": "Neurons in hidden layer {i}",
        "hidden_regression.activation": "Hidden activation",
        "hidden_regression.architecture": (
            "Network: {sizes} (input → hidden → output). The output layer has no activation; the loss is the mean of "
            "½·(prediction − target)²."
        ),
        "hidden_regression.no_hidden": (
            "With no hidden layer the activation is not used: this network is y = w·x + b, a straight line (a plane for "
            "several inputs)."
        ),
        "hidden_regression.linear_why": (
            "Without an activation, however many layers you stack, the result is a straight line: a linear function of "
            "a linear function is linear. $W_2(W_1x + b_1) + b_2 = (W_2W_1)x + (W_2b_1 + b_2)$, so two layers equal one "
            "layer with weights $W_2W_1$ and bias $W_2b_1 + b_2$, and more layers only repeat this. To bend, every hidden "
            "layer needs a non-linear activation."
        ),
        "hidden_regression.collapsed": (
            "{layers} hidden layers and {params} parameters, yet right now this network is exactly {line}. "
            "{effective} numbers would do."
        ),
        "hidden_regression.no_hidden_line": "The network without a hidden layer is now {line}.",
        "hidden_regression.flat_loss": "Loss of the flat line",
        "hidden_regression.flat_help": "The loss of the horizontal line that predicts the data's mean for every x. While the loss stays at this value, the network is still stuck on a flat line.",
        "hidden_regression.fit_title": "Data and prediction",
        "hidden_regression.series": "Curve",
        "hidden_regression.data_points": "Data",
        "hidden_regression.prediction": "Network",
        "hidden_regression.true_target": "Target",
        "hidden_regression.parity_title": "Predicted against actual (on the dashed line = exact)",
        "hidden_regression.actual": "Actual y",
        "hidden_regression.predicted": "Predicted y",
        "hidden_regression.diagonal": "y = x (perfect prediction)",
        "hidden_regression.weights_title": "Learned weights against the exact (a, −4, 2) and bias 0",
        "hidden_regression.value": "Value",
        "hidden_regression.learned": "Learned",
        "hidden_regression.exact": "Exact",
        "hidden_regression.bias": "bias",
        "hidden_regression.loss_title": "Loss (log scale)",
        "hidden_regression.network_loss": "Network's loss",
        "hidden_regression.dead": (
            "Dead ReLU neurons: {detail}. They output 0 for every data point, so their gradient is 0 too and their "
            "weights never change again."
        ),
        "hidden_regression.dead_layer": "{dead} of {units} in hidden layer {i}",
        "hidden_regression.all_dead": (
            "Every neuron of a hidden layer is dead. From there on every x gives the same value, so the prediction cannot "
            "leave the flat line. Try another initial seed or more neurons."
        ),
        "hidden_regression.params_title": "How many variables (weights and biases) are there? Count them yourself first, then open",
        "hidden_regression.params_intro": (
            "Each layer has (inputs × neurons) weights and one bias per neuron. A 1-4-1 network, for example, has "
            "(1·4 + 4) + (4·1 + 1) = 13."
        ),
        "hidden_regression.layer": "Layer",
        "hidden_regression.hidden_layer": "Hidden layer {i}",
        "hidden_regression.output_layer": "Output layer",
        "hidden_regression.inputs": "Inputs",
        "hidden_regression.units_col": "Neurons",
        "hidden_regression.weights_col": "Weights (inputs × neurons)",
        "hidden_regression.biases_col": "Biases",
        "hidden_regression.sum_col": "Total",
        "hidden_regression.param_total": "Parameters",
        "hidden_regression.params_linear": (
            "Without an activation these {params} parameters multiply out to the {effective} numbers of one straight "
            "line. More parameters do not mean more shapes."
        ),
        "hidden_regression.try1": (
            "With the defaults (parabola, one hidden layer of 4 neurons, tanh, Adam, learning rate 0.03, seed 0), switch "
            "on Play. For the first 350 or so epochs the prediction stays nearly flat and the loss sits on the grey dashed "
            "line (the flat line's loss); between epochs 400 and 500 it suddenly bends and the loss drops."
        ),
        "hidden_regression.try2": (
            "Set the activation to None (linear), with 3 hidden layers of 8 neurons. That is 169 parameters, yet the prediction "
            "stays straight, and the green box gives its equation. Switch the target to the straight line: it finds "
            "y = 2x + 1 exactly."
        ),
        "hidden_regression.try3": (
            "Choose ReLU and seed 8. The biases start at 0 and x is never negative, so a neuron whose weight starts "
            "negative outputs 0 for all the data. With seed 8 all four neurons start that way, and the prediction stays "
            "flat for ever. Seed 7 fits the parabola well with the same network."
        ),
        "hidden_regression.try4": (
            "Choose sigmoid, SGD and learning rate 0.1: after 5,000 epochs the loss is still on the grey dashed line. "
            "Raise the learning rate to 3 and it diverges within 10 epochs. On the three-input target with no hidden "
            "layer, watch the weights approach (a, −4, 2)."
        ),
    },
}

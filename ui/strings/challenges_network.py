"""Challenges of the "network" group's pages: "ch.<id>.goal", ".hint1", ".hint2", ".why" (and ".after")."""

STRINGS = {
    "ko": {
        "ch.softmax.sharp_top.goal": "점수는 그대로 두고 온도 T만 바꿔서 확률 1위 클래스의 확률을 90 %보다 크게 만들어 보세요.",
        "ch.softmax.sharp_top.hint1": "소프트맥스는 a / T를 계산합니다. T가 1보다 작으면 점수 사이의 간격이 어떻게 될까요?",
        "ch.softmax.sharp_top.hint2": (
            "1위와 2위의 점수 차 4.0 − 2.9 = 1.1이 확률을 거의 결정합니다. T = 0.5면 그 차가 2.2가 되어 아직 90 %에 "
            "조금 못 미치니, T를 0.5보다 더 낮춰 보세요."
        ),
        "ch.softmax.sharp_top.why": (
            "T로 나누면 점수 사이의 차이가 1/T배로 벌어지고, exp는 그 차이를 다시 크게 키웁니다. 그래서 순서는 그대로인 채 "
            "확률이 가장 큰 점수 쪽으로 몰립니다. 소프트맥스의 결과를 정하는 것은 점수 자체가 아니라 점수 사이의 차이입니다."
        ),
        "ch.softmax.same_probs.goal": "세 점수를 모두 바꾸면서도 확률은 책의 결과 [0.018, 0.245, 0.737]과 똑같이 나오게 해 보세요.",
        "ch.softmax.same_probs.hint1": "확률이 그대로이려면 점수 사이의 무엇이 그대로여야 할까요?",
        "ch.softmax.same_probs.hint2": "세 점수에 같은 수를 더해 보세요. 예를 들어 모두 1씩 올리면 1.3, 3.9, 5.0입니다.",
        "ch.softmax.same_probs.why": (
            "모든 점수에 c를 더하면 분자와 분모에 똑같이 exp(c)가 곱해져 약분됩니다. 소프트맥스는 점수의 차이만 보기 때문에, "
            "오버플로 대책으로 최댓값을 빼도 결과가 변하지 않는 것입니다."
        ),
        "ch.softmax.course_loss.goal": (
            "강의 예제에서 정답 클래스를 0으로 고르고, x만 바꿔서 교차 엔트로피 오차를 0.8보다 작게 만들어 보세요."
        ),
        "ch.softmax.course_loss.hint1": (
            "교차 엔트로피 오차는 −log y₀, 즉 정답 클래스의 확률만 봅니다. 클래스 0의 점수가 다른 점수보다 커지도록 x를 움직여 보세요."
        ),
        "ch.softmax.course_loss.hint2": (
            "점수는 a₀ = 0.4x₁ + 0.2x₂, a₁ = 0.7x₁ + 0.3x₂, a₂ = 0.9x₁ + 0.1x₂입니다. x₁이 음수일수록 a₀이 다른 점수보다 "
            "덜 작아지니, x₁을 −2까지 내려 보세요."
        ),
        "ch.softmax.course_loss.why": (
            "오차를 줄이는 길은 정답 클래스의 확률 y₀을 올리는 것뿐입니다. 그런데 W가 고정되어 있으면 x를 아무리 바꿔도 y₀은 "
            "0.53 정도에서 멈추고 오차는 0이 되지 않습니다. 오차를 더 줄이려면 W를 바꿔야 하고, 그것이 바로 학습입니다."
        ),
        "ch.activations.sigmoid_vanishes.goal": (
            "시그모이드의 기울기는 0.01보다 작은데 ReLU의 기울기는 여전히 1인 입력 x를 찾아 보세요."
        ),
        "ch.activations.sigmoid_vanishes.hint1": "오른쪽 도함수 그래프에서 시그모이드의 기울기가 납작해지는 곳은 어디인가요?",
        "ch.activations.sigmoid_vanishes.hint2": (
            "시그모이드는 x가 커질수록 1에 붙어서 기울기가 0에 가까워집니다. ReLU의 기울기가 1이려면 x > 0이어야 하니, "
            "x를 양수 쪽 끝으로 옮겨 보세요."
        ),
        "ch.activations.sigmoid_vanishes.why": (
            "시그모이드는 입력이 크면 출력이 1에 포화되어 기울기가 거의 0이 되고, 층마다 그 작은 기울기가 곱해지면 기울기 소실이 "
            "일어납니다. ReLU는 양수 쪽에서 기울기가 언제나 1이어서 깊은 신경망의 은닉층에 많이 씁니다."
        ),
        "ch.activations.relu_silent.goal": (
            "ReLU의 기울기는 0인데 tanh의 기울기는 0.5보다 큰 입력 x를 찾아 보세요."
        ),
        "ch.activations.relu_silent.hint1": "ReLU의 도함수는 계단 함수입니다. 어느 쪽에서 0이 되나요?",
        "ch.activations.relu_silent.hint2": (
            "ReLU의 기울기는 x ≤ 0이면 0입니다. tanh의 기울기는 x = 0에서 1이고 멀어질수록 줄어드니, 0 바로 아래의 음수를 골라 보세요."
        ),
        "ch.activations.relu_silent.why": (
            "ReLU는 음수 입력에서 기울기가 0이라서, 가중합이 음수인 뉴런에는 가중치를 고칠 신호가 전혀 전해지지 않습니다. "
            "tanh는 0을 중심으로 양쪽 모두 기울기가 있습니다. 모든 곳에서 가장 좋은 활성화 함수는 없습니다."
        ),
        "ch.activations.deep_line.goal": "층을 4개 이상 쌓고도 출력이 직선 하나뿐인 신경망을 만들어 보세요.",
        "ch.activations.deep_line.hint1": "아래 신경망에서 무엇을 빼면 층을 아무리 쌓아도 출력이 꺾이지 않을까요?",
        "ch.activations.deep_line.hint2": "‘활성화 함수 빼기’를 켜고 층 수를 4 이상으로 올려 보세요. 점선(층 하나로 합친 결과)과 비교해 보세요.",
        "ch.activations.deep_line.why": (
            "활성화 함수가 없으면 각 층은 x·W + b라는 선형 변환이고, 선형 변환을 겹쳐도 선형 변환 하나(W₁W₂…, b)가 됩니다. "
            "은닉층에 비선형 활성화 함수가 있어야 층을 쌓는 의미가 생깁니다."
        ),
        "ch.shapes.params_outnumber.goal": "이 층의 매개변수(W와 B의 원소)가 출력 Y의 원소보다 많아지게 만들어 보세요.",
        "ch.shapes.params_outnumber.hint1": "배치 크기 b를 바꿀 때 네 배열 중 어느 것이 커지고, 어느 것이 그대로인가요?",
        "ch.shapes.params_outnumber.hint2": (
            "W와 B의 원소는 b와 상관없이 m·n + n개이고, Y의 원소는 b·n개입니다. b를 m보다 크지 않게 줄여 보세요."
        ),
        "ch.shapes.params_outnumber.why": (
            "W와 B는 데이터가 아니라 층에 속합니다. 입력을 하나 넣든 여덟 개를 배치로 넣든 같은 m·n + n개의 매개변수를 쓰고, "
            "X와 Y만 입력마다 한 행씩 늘어납니다. 그래서 배치를 키워도 매개변수는 늘지 않습니다."
        ),
        "ch.shapes.small_mnist.goal": (
            "책의 MNIST 신경망처럼 입력 784개, 은닉층 2개, 출력 10개인 신경망을 매개변수 10,000개 미만으로 설계해 보세요."
        ),
        "ch.shapes.small_mnist.hint1": "먼저 784, 50, 100, 10을 넣고 층별 표에서 매개변수가 가장 많은 층을 찾아 보세요.",
        "ch.shapes.small_mnist.hint2": (
            "첫 번째 은닉층은 뉴런 하나마다 가중치 784개와 편향 1개가 필요합니다. 첫 은닉층의 뉴런을 10개 정도로 줄이면 "
            "(785 × 10 = 7,850) 나머지 층은 작게 남습니다."
        ),
        "ch.shapes.small_mnist.why": (
            "첫 은닉층의 뉴런은 픽셀마다 가중치를 하나씩 가지므로 뉴런 하나에 매개변수가 785개씩 듭니다. 그래서 입력층 바로 "
            "다음 층의 크기가 매개변수 개수를 거의 결정합니다. 책의 신경망(45,360개)도 대부분이 첫 층에 있습니다."
        ),
        "ch.shapes.reshape_3d.goal": "np.arange(12)를 3차원 텐서로 reshape해 보세요. 크기 하나는 −1로 NumPy에게 맡기세요.",
        "ch.shapes.reshape_3d.hint1": "3차원이면 형상에 숫자가 세 개 들어갑니다. 그중 하나를 −1로 쓰세요.",
        "ch.shapes.reshape_3d.hint2": (
            "−1이 아닌 두 숫자의 곱이 12를 나누어떨어지게 해야 합니다. 예를 들어 2, −1, 3이면 NumPy가 12 ÷ 6 = 2를 채웁니다."
        ),
        "ch.shapes.reshape_3d.why": (
            "reshape는 원소 12개를 그대로 두고 형상만 바꾸므로 크기들의 곱이 12여야 합니다. −1 자리는 12를 나머지 크기들의 "
            "곱으로 나눈 값이라서, 나누어떨어지지 않으면(예: 5, −1) 오류가 납니다."
        ),
    },
    "en": {
        "ch.softmax.sharp_top.goal": "Make the top class's probability exceed 90 % without touching the scores: change only the temperature T.",
        "ch.softmax.sharp_top.hint1": "Softmax works on a / T. What happens to the gaps between the scores when T is below 1?",
        "ch.softmax.sharp_top.hint2": (
            "The gap between the top two scores, 4.0 − 2.9 = 1.1, decides most of it. At T = 0.5 that gap becomes 2.2, "
            "which still falls just short of 90 %: go below 0.5."
        ),
        "ch.softmax.sharp_top.why": (
            "Dividing by T multiplies every gap between the scores by 1/T, and exp magnifies those gaps again, so the "
            "probability piles onto the largest score while the order stays the same. What softmax responds to is the "
            "differences between the scores, not the scores themselves."
        ),
        "ch.softmax.same_probs.goal": "Change all three scores and still get exactly the book's probabilities [0.018, 0.245, 0.737].",
        "ch.softmax.same_probs.hint1": "For the probabilities to stay the same, what about the scores must stay the same?",
        "ch.softmax.same_probs.hint2": "Add the same number to every score: raising each by 1 gives 1.3, 3.9, 5.0.",
        "ch.softmax.same_probs.why": (
            "Adding c to every score multiplies the numerator and the denominator by the same exp(c), which cancels. "
            "Softmax only sees the differences between scores, which is why subtracting the maximum to avoid "
            "overflow does not change the result."
        ),
        "ch.softmax.course_loss.goal": (
            "In the course example, choose class 0 as the correct class and get the cross-entropy error below 0.8 by "
            "changing only x."
        ),
        "ch.softmax.course_loss.hint1": (
            "The cross-entropy error is −log y₀: it only looks at the correct class's probability. Move x so that class "
            "0's score rises above the others."
        ),
        "ch.softmax.course_loss.hint2": (
            "The scores are a₀ = 0.4x₁ + 0.2x₂, a₁ = 0.7x₁ + 0.3x₂, a₂ = 0.9x₁ + 0.1x₂. The more negative x₁ is, the "
            "less a₀ falls behind the others: take x₁ down to −2."
        ),
        "ch.softmax.course_loss.why": (
            "The only way to lower the error is to raise the correct class's probability y₀. With W fixed, no x gets y₀ "
            "much past 0.53, so the error never reaches 0. Lowering it further means changing W, and that is learning."
        ),
        "ch.activations.sigmoid_vanishes.goal": "Find an input x where the sigmoid's slope is below 0.01 while ReLU's is still 1.",
        "ch.activations.sigmoid_vanishes.hint1": "In the derivative chart on the right, where does the sigmoid's slope go flat?",
        "ch.activations.sigmoid_vanishes.hint2": (
            "As x grows the sigmoid hugs 1 and its slope approaches 0. ReLU's slope is 1 only for x > 0, so move x "
            "towards the positive end."
        ),
        "ch.activations.sigmoid_vanishes.why": (
            "For large inputs the sigmoid saturates at 1 and its slope is almost 0; multiplied layer after layer, such "
            "slopes make the gradient vanish. ReLU's slope stays 1 on the positive side, which is why deep networks "
            "use it in their hidden layers."
        ),
        "ch.activations.relu_silent.goal": "Find an input x where ReLU's slope is 0 but tanh's is above 0.5.",
        "ch.activations.relu_silent.hint1": "ReLU's derivative is the step function. On which side is it 0?",
        "ch.activations.relu_silent.hint2": (
            "ReLU's slope is 0 for x ≤ 0. tanh's slope is 1 at x = 0 and shrinks away from it: try a negative x just "
            "below 0."
        ),
        "ch.activations.relu_silent.why": (
            "ReLU has zero slope for negative inputs, so a neuron whose weighted sum is negative passes back no signal "
            "to correct its weights. tanh is centred on 0 and has a slope on both sides. No activation function is "
            "best everywhere."
        ),
        "ch.activations.deep_line.goal": "Build a network of four or more layers whose output is nothing but a straight line.",
        "ch.activations.deep_line.hint1": "In the network below, what could you take out so that no number of layers can bend the output?",
        "ch.activations.deep_line.hint2": (
            "Turn on 'Remove the activation' and set 4 or more layers, then compare with the dashed single layer."
        ),
        "ch.activations.deep_line.why": (
            "Without an activation each layer is the linear map x·W + b, and linear maps stacked are one linear map "
            "(W₁W₂…, b). Only a non-linear activation in the hidden layers makes stacking layers worth anything."
        ),
        "ch.shapes.params_outnumber.goal": "Make the layer's parameters (the elements of W and B) outnumber the elements of its output Y.",
        "ch.shapes.params_outnumber.hint1": "When you change the batch size b, which of the four arrays grow and which stay the same?",
        "ch.shapes.params_outnumber.hint2": (
            "W and B hold m·n + n elements whatever b is; Y holds b·n. Bring b down to m or less."
        ),
        "ch.shapes.params_outnumber.why": (
            "W and B belong to the layer, not to the data: one input or a batch of eight uses the same m·n + n "
            "parameters, and only X and Y gain a row per input. A bigger batch costs no extra parameters."
        ),
        "ch.shapes.small_mnist.goal": (
            "Design a network like the book's MNIST one (784 inputs, two hidden layers, 10 outputs) with fewer than "
            "10,000 parameters."
        ),
        "ch.shapes.small_mnist.hint1": "Type 784, 50, 100, 10 first and find the layer with the most parameters in the per-layer table.",
        "ch.shapes.small_mnist.hint2": (
            "Every neuron of the first hidden layer needs 784 weights and a bias. With about 10 neurons there "
            "(785 × 10 = 7,850) the other layers stay small."
        ),
        "ch.shapes.small_mnist.why": (
            "Each neuron of the first hidden layer has one weight per pixel, so it costs 785 parameters; the size of "
            "the layer right after the input decides almost the whole count. The book's network (45,360) also has "
            "most of its parameters in that first layer."
        ),
        "ch.shapes.reshape_3d.goal": "Reshape np.arange(12) into a 3-D tensor, leaving one of its sizes to NumPy with −1.",
        "ch.shapes.reshape_3d.hint1": "A 3-D shape has three numbers; write one of them as −1.",
        "ch.shapes.reshape_3d.hint2": (
            "The product of the two other numbers must divide 12: with 2, −1, 3 NumPy fills in 12 ÷ 6 = 2."
        ),
        "ch.shapes.reshape_3d.why": (
            "reshape keeps the 12 elements and only changes the shape, so the sizes must multiply to 12. The −1 "
            "becomes 12 divided by the product of the other sizes, which is why a shape like 5, −1 fails."
        ),
    },
}

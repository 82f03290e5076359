"""Strings of the page "Derivatives & gradients"."""

STRINGS = {
    "ko": {
        "derivatives.title": "미분과 기울기",
        "derivatives.oneliner": "수치 미분, 기울기 벡터, 그리고 GradientTape의 자동 미분을 서로 맞춰 봅니다",
        "derivatives.define": (
            "**편미분**은 다른 변수는 고정해 두고 한 변수에 대해서만 미분한 값입니다. f = x₀² + x₁²이면 ∂f/∂x₀ = 2x₀입니다. 기울기는 변수마다 편미분한 값을 모은 벡터입니다."
        ),
        "derivatives.intro": (
            "가중치를 어느 쪽으로 얼마나 고칠지는 손실 함수의 **미분**이 알려 줍니다. 컴퓨터는 아주 작은 h만큼 움직여 보고 "
            "변화량을 재는 **수치 미분**으로 미분을 구할 수 있습니다."
        ),
        "derivatives.diff_title": "수치 미분: 접선의 기울기",
        "derivatives.function": "함수",
        "derivatives.fn.book": "책의 0.01x² + 0.1x",
        "derivatives.fn.square": "x²",
        "derivatives.fn.cube": "x³",
        "derivatives.fn.sin": "sin x",
        "derivatives.fn.exp": "eˣ",
        "derivatives.fn.sigmoid": "시그모이드",
        "derivatives.x": "미분할 위치 x",
        "derivatives.h": "작은 변화량 h",
        "derivatives.method": "방법",
        "derivatives.value": "f′(x)",
        "derivatives.error": "정확한 값과의 차이",
        "derivatives.exact": "해석적 미분 (공식)",
        "derivatives.central": "중심 차분 (x − h, x + h)",
        "derivatives.forward": "전방 차분 (x, x + h)",
        "derivatives.rounding_to_zero": (
            "h가 {h:g}처럼 너무 작으면 x + h가 x와 똑같은 수로 반올림됩니다. 그래서 차분이 0이 되어 버립니다. "
            "책에서 np.float32(1e-50)이 0.0이 되는 것과 같은 반올림 오차입니다."
        ),
        "derivatives.curve": "f(x)",
        "derivatives.tangent": "접선",
        "derivatives.tangent_title": "x에서의 접선 (기울기 = 수치 미분)",
        "derivatives.error_intro": (
            "h를 줄이면 처음에는 오차가 줄지만, 어느 선을 넘으면 반올림 오차 때문에 다시 커집니다. 중심 차분은 오차가 h²에 "
            "비례해서 전방 차분(h에 비례)보다 훨씬 빨리 줄어듭니다. sin x나 eˣ를 골라 보세요. 중심 차분의 오차는 h = 1e‑6 근처에서 가장 작고(약 1e‑11), 책의 h = 1e‑4는 그 바닥보다 조금 위(약 1e‑9)이지만 반올림 오차 쪽과는 멀리 떨어져 있습니다. 책의 함수 같은 2차 함수에서는 중심 차분에 h² 오차가 전혀 없고 반올림 오차만 남아서, h가 클수록 오히려 정확합니다."
        ),
        "derivatives.error_title": "h에 따른 오차 (로그-로그 축)",
        "derivatives.abs_error": "|수치 미분 − 정확한 값|",
        "derivatives.chosen_h": "고른 h",
        "derivatives.gradient_title": "편미분과 기울기 벡터",
        "derivatives.gradient_at": "점 ({x0}, {x1})에서의 기울기",
        "derivatives.gradient_explain": (
            "기울기는 변수마다 편미분한 값을 모은 벡터입니다. 기울기의 반대 방향(−기울기)이 함숫값이 가장 빨리 줄어드는 "
            "방향이라서, 화살표는 모두 최솟값 (0, 0) 쪽을 향합니다. 중심에서 멀수록 기울기도 큽니다."
        ),
        "derivatives.field_title": "−기울기 화살표: 내려가는 방향",
        "derivatives.simplenet_title": "simpleNet의 기울기 dL/dW: 세 가지 방법",
        "derivatives.simplenet_intro": (
            "책의 simpleNet은 2×3 가중치 W 하나와 소프트맥스, 교차 엔트로피로 된 신경망입니다. 입력 x = [0.6, 0.9]에서 "
            "손실을 W의 각 원소로 미분한 dW를 수치 미분과 공식(xᵀ(y − t))으로 구해서 비교합니다. "
            "아래 스위치를 켜면 TensorFlow의 GradientTape로 구한 값도 나란히 보여 줍니다."
        ),
        "derivatives.label": "정답 클래스 t",
        "derivatives.net_loss": "손실 L",
        "derivatives.autodiff_toggle": "자동 미분(GradientTape)도 보기 (TensorFlow를 불러옵니다, 약 5초)",
        "derivatives.loading_tf": "TensorFlow를 불러오는 중입니다…",
        "derivatives.numeric_dw": "수치 미분",
        "derivatives.analytic_dw": "공식 xᵀ(y − t)",
        "derivatives.tape_dw": "GradientTape",
        "derivatives.row": "행",
        "derivatives.col": "열",
        "derivatives.numeric_vs_analytic": "수치 미분과 공식의 최대 차이",
        "derivatives.tape_vs_analytic": "GradientTape와 공식의 최대 차이",
        "derivatives.agree": "모든 방법이 1e-6 안에서 일치합니다.",
        "derivatives.disagree": "방법 사이의 차이가 1e-6보다 큽니다.",
        "derivatives.tape_title": "강의의 GradientTape 예제",
        "derivatives.tape_intro": (
            "GradientTape는 with 블록 안의 계산을 테이프에 기록했다가, tape.gradient로 미분을 거꾸로 계산합니다. "
            "tf.Variable은 자동으로 기록되고, 상수는 tape.watch로 알려 줘야 합니다."
        ),
        "derivatives.tape_check": "공식으로 구한 값과의 최대 차이: dl_dw {dw}, dl_db {db}",
        "derivatives.dense_draw": "난수 대신 고정한 값",
        "derivatives.dense_note": (
            "y처럼 값이 여러 개인 텐서를 미분하면 tape.gradient는 y의 모든 원소를 더한 값을 미분합니다. 그래서 dW의 (i, j) "
            "원소는 x의 i번째 열의 합이고, db는 행의 개수인 2가 됩니다. 강의 코드는 W와 x를 난수로 만들지만, 여기서는 "
            "결과가 매번 같도록 값을 고정했습니다."
        ),
        "derivatives.tape_ours_title": "이 앱의 추가 예제",
        "derivatives.try1": "h를 1e-4에서 1e-12로 줄여 보세요. 오차가 줄어들까요, 커질까요? 1e-50에서는 무슨 일이 생기나요?",
        "derivatives.try2": "책의 함수에서 x = 5와 x = 10의 수치 미분이 0.2와 0.3에 가까운지 확인해 보세요.",
        "derivatives.try3": "점을 (3, 4)에 두면 기울기가 (6, 8)입니다. (0, 0)으로 옮기면 기울기는 어떻게 될까요?",
        "derivatives.try4": "정답 클래스를 0으로 바꾸면 dW의 어느 열이 음수가 되나요? 그 이유를 y − t로 설명해 보세요.",
    },
    "en": {
        "derivatives.title": "Derivatives & gradients",
        "derivatives.oneliner": "Numerical derivatives, gradient vectors, and GradientTape's automatic ones, checked against each other",
        "derivatives.define": (
            "A **partial derivative** differentiates for one variable while the others are held fixed: for f = x₀² + "
            "x₁², ∂f/∂x₀ = 2x₀. The gradient collects the partial derivatives of every variable into a vector."
        ),
        "derivatives.intro": (
            "Which way, and how far, to change a weight is what the loss function's **derivative** tells. A computer can "
            "find it by **numerical differentiation**: move by a tiny h and measure the change."
        ),
        "derivatives.diff_title": "Numerical derivative: the tangent's slope",
        "derivatives.function": "Function",
        "derivatives.fn.book": "the book's 0.01x² + 0.1x",
        "derivatives.fn.square": "x²",
        "derivatives.fn.cube": "x³",
        "derivatives.fn.sin": "sin x",
        "derivatives.fn.exp": "eˣ",
        "derivatives.fn.sigmoid": "sigmoid",
        "derivatives.x": "Point x",
        "derivatives.h": "Small step h",
        "derivatives.method": "Method",
        "derivatives.value": "f′(x)",
        "derivatives.error": "Off by",
        "derivatives.exact": "analytic (formula)",
        "derivatives.central": "central difference (x − h, x + h)",
        "derivatives.forward": "forward difference (x, x + h)",
        "derivatives.rounding_to_zero": (
            "h = {h:g} is so small that x + h rounds to x itself, so the difference is 0: the same rounding error as the "
            "book's np.float32(1e-50) being 0.0."
        ),
        "derivatives.curve": "f(x)",
        "derivatives.tangent": "tangent",
        "derivatives.tangent_title": "The tangent at x (slope = numerical derivative)",
        "derivatives.error_intro": (
            "Making h smaller first shrinks the error, then, past a point, rounding makes it grow again. The central "
            "difference's error goes like h², the forward difference's like h, so the central one improves much faster. "
            "Pick sin x or eˣ: the central error is smallest near h = 1e‑6 (about 1e‑11), and the book's h = 1e‑4 is a "
            "little above that bottom (about 1e‑9) but far from the rounding side. On a quadratic such as the book's "
            "function the central difference has no h² error at all, only rounding: there a larger h is even better."
        ),
        "derivatives.error_title": "Error against h (log-log axes)",
        "derivatives.abs_error": "|numerical − exact|",
        "derivatives.chosen_h": "chosen h",
        "derivatives.gradient_title": "Partial derivatives and the gradient",
        "derivatives.gradient_at": "Gradient at ({x0}, {x1})",
        "derivatives.gradient_explain": (
            "The gradient collects the partial derivative for every variable into a vector. Its opposite (−gradient) is "
            "where the function falls fastest, so every arrow points towards the minimum at (0, 0); the farther from "
            "the centre, the larger the gradient."
        ),
        "derivatives.field_title": "−gradient arrows: the way downhill",
        "derivatives.simplenet_title": "simpleNet's gradient dL/dW, three ways",
        "derivatives.simplenet_intro": (
            "The book's simpleNet is one 2×3 weight matrix W, softmax and cross-entropy. At the input x = [0.6, 0.9], the "
            "derivative of the loss with respect to each element of W, dW, is found numerically and by the formula "
            "xᵀ(y − t). Switch on the toggle below to see TensorFlow's GradientTape result beside them."
        ),
        "derivatives.label": "Correct class t",
        "derivatives.net_loss": "Loss L",
        "derivatives.autodiff_toggle": "Also show automatic differentiation (GradientTape; loads TensorFlow, about 5 s)",
        "derivatives.loading_tf": "Loading TensorFlow…",
        "derivatives.numeric_dw": "numerical",
        "derivatives.analytic_dw": "formula xᵀ(y − t)",
        "derivatives.tape_dw": "GradientTape",
        "derivatives.row": "row",
        "derivatives.col": "column",
        "derivatives.numeric_vs_analytic": "Largest difference, numerical vs formula",
        "derivatives.tape_vs_analytic": "Largest difference, GradientTape vs formula",
        "derivatives.agree": "All methods agree within 1e-6.",
        "derivatives.disagree": "The methods differ by more than 1e-6.",
        "derivatives.tape_title": "The course's GradientTape examples",
        "derivatives.tape_intro": (
            "GradientTape records the computations inside the with block and then works the derivatives backwards with "
            "tape.gradient. tf.Variable objects are recorded automatically; a constant must be announced with tape.watch."
        ),
        "derivatives.tape_check": "Largest difference from the hand-worked formula: dl_dw {dw}, dl_db {db}",
        "derivatives.dense_draw": "fixed instead of random",
        "derivatives.dense_note": (
            "When y has many entries, tape.gradient differentiates the sum of its entries. So dW's entry (i, j) is the "
            "sum of x's column i, and db is the number of rows, 2. The course draws W and x at random; here they are "
            "fixed so that the result is the same on every run."
        ),
        "derivatives.tape_ours_title": "This app's extra examples",
        "derivatives.try1": "Shrink h from 1e-4 to 1e-12. Does the error shrink or grow? What happens at 1e-50?",
        "derivatives.try2": "With the book's function, check that the derivative is close to 0.2 at x = 5 and 0.3 at x = 10.",
        "derivatives.try3": "At the point (3, 4) the gradient is (6, 8). What is it at (0, 0)?",
        "derivatives.try4": "Set the correct class to 0: which column of dW turns negative? Explain it with y − t.",
    },
}

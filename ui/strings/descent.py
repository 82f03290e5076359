"""Strings of the page "Gradient descent"."""

STRINGS = {
    "ko": {
        "descent.title": "경사 하강법",
        "descent.oneliner": "곡선과 등고선 위에서 경사 하강법의 경로를 따라가며, 학습률에 따라 수렴·진동·발산하는 모습을 봅니다",
        "descent.define": (
            "학습률처럼 학습으로 정해지지 않고 사람이 미리 정해 주는 값을 **하이퍼파라미터**라고 합니다. 가중치와 편향은 학습이 찾지만, 하이퍼파라미터는 여러 값을 시험해 보며 고릅니다."
        ),
        "descent.intro": (
            "경사 하강법은 기울기의 반대 방향으로 한 걸음씩 내려가며 함수의 최솟값을 찾습니다. 한 걸음은 "
            "$x \\leftarrow x - \\eta \\nabla f(x)$이고, 보폭을 정하는 $\\eta$를 학습률이라고 부릅니다. 학습률이 적당하면 "
            "최솟값에 수렴하고, 조금 크면 골짜기 양쪽을 오가며 진동하고, 너무 크면 발산합니다. 너무 작으면 거의 움직이지 "
            "않습니다. 신경망 학습도 손실 함수 위에서 똑같은 일을 합니다."
        ),
        "descent.function": "함수",
        "descent.more_settings": "단계 수 · 시작점",
        "descent.fn.square": "x² (1차원)",
        "descent.fn.double_well": "x⁴ − 3x² + x (극솟값 2개)",
        "descent.fn.book": "x₀² + x₁² (책 4장)",
        "descent.fn.bowl": "x₀²/20 + x₁² (책 6장)",
        "descent.fn.double_well_2d": "x₀⁴ − 3x₀² + x₀ + x₁²",
        "descent.log_lr": "학습률 η의 지수 (log₁₀ η)",
        "descent.lr_is": "$\\eta = 10^{{{exponent}}} \\approx$ **{lr}**",
        "descent.steps": "단계 수 (반복 횟수)",
        "descent.start": "시작점 {name}",
        "descent.book_presets": "책의 실험 (x₀² + x₁², 시작점 (−3, 4), 100단계):",
        "descent.preset": "η = {lr}",
        "descent.regime.converges": "수렴",
        "descent.regime.oscillates": "진동",
        "descent.regime.diverges": "발산",
        "descent.regime.too_small": "너무 작음: 거의 움직이지 않음",
        "descent.msg.converges": (
            "**수렴합니다.** 한 걸음마다 최솟값 쪽으로 내려가며, 최솟값을 건너뛰지 않습니다."
        ),
        "descent.msg.oscillates": (
            "**진동합니다.** 보폭이 커서 한 걸음마다 골짜기 반대편으로 넘어갑니다. 임계 학습률보다 작으면 흔들림이 점점 "
            "줄어들어 결국 최솟값에 다가가지만, 임계 학습률과 같으면 영원히 같은 폭으로 오갑니다."
        ),
        "descent.msg.too_small": (
            "**학습률이 너무 작습니다.** 방향은 맞지만 보폭이 너무 작아서, 최솟값까지 거리의 1 %도 가지 못했습니다. "
            "수렴한 것이 아니라 학습이 진행되지 않은 것입니다."
        ),
        "descent.msg.diverges": (
            "**발산합니다.** 골짜기를 건너뛸 때마다 반대편의 더 높은 곳에 떨어져서 함숫값이 점점 커집니다. "
            "학습률을 낮춰야 합니다."
        ),
        "descent.factors": (
            "이차함수에서는 한 걸음마다 각 축 방향으로 최솟값까지의 거리가 정확히 (1 − ηλ)배가 됩니다 (λ는 그 방향의 곡률). "
            "지금 배율은 {factors}입니다. 이 배율이 음수이면 방향이 뒤집히고(진동), 절댓값이 1보다 크면 거리가 커집니다(발산)."
        ),
        "descent.factor": "{axis} 방향 {factor}(= 1 − {lr} × {curvature})",
        "descent.critical": "임계 학습률 2/λmax",
                "descent.local_rates": (
            "이 함수는 이차함수가 아니어서 곡률이 위치마다 다릅니다. 극솟값 근처에서는 그곳의 곡률 λ로 이차함수처럼 "
            "근사할 수 있고, 거기서 구한 임계 학습률 2/λ는 {rates}입니다. 이보다 큰 학습률로는 그 극솟값에 머무를 수 없습니다."
        ),
        "descent.local_rate": "{axis} = {x} 근처에서 {rate}",
        "descent.final": "**{n}단계 후**  \nx = `{x}`  \nf(x) = `{f}`",
        "descent.diverged": (
            "{step}번째 단계에서 |f(x)|가 {limit}보다 커졌습니다. 그 뒤의 값은 의미가 없으므로 그래프는 그 앞 단계까지만 "
            "그립니다."
        ),
        "descent.book_keeps_going": (
            "책의 gradient_descent는 발산해도 멈추지 않고 100단계를 모두 계산합니다. 그래서 위처럼 엄청나게 큰 x가 "
            "나오는데, 책에 인쇄된 값도 바로 이것입니다. 수가 이렇게 커지면 수치 미분이 자릿수를 잃어서 기울기도 더는 "
            "정확하지 않습니다."
        ),
        "descent.barely": (
            "거의 움직이지 않았습니다. {n}단계 동안 시작점에서 {distance}만큼만 이동했습니다. 학습률이 너무 작으면 "
            "학습이 사실상 진행되지 않습니다."
        ),
        "descent.left_view": "{step}번째 단계에서 경로가 그래프 밖으로 나갑니다. 그 뒤의 점은 그리지 않습니다.",
        "descent.step": "단계",
        "descent.point": "위치 x",
        "descent.value": "f(x)",
        "descent.value_log": "f(x) (로그 눈금)",
        "descent.path_title_1d": "곡선 위의 경로",
        "descent.path_help_1d": "숫자는 단계 번호, 동그라미는 지금 단계, 초록 마름모는 극솟값입니다.",
        "descent.path_title_2d": "등고선 위의 경로",
        "descent.path_help_2d": "숫자는 단계 번호, 동그라미는 지금 단계, 초록 마름모는 극솟값입니다. 색이 진할수록 f가 큽니다.",
        "descent.value_title": "단계별 f(x)",
        "descent.minimum": "극솟값",
        "descent.strip_title": "학습률에 따른 결과",
        "descent.strip_lr": "학습률 η",
        "descent.strip_regime": "결과",
        "descent.critical_rule": "임계 학습률",
        "descent.current_lr": "지금 학습률",
        "descent.strip_quadratic": (
            "이차함수라서 결과가 학습률만으로 정해집니다: ηλmax < 1이면 곧장 수렴, 1 < ηλmax < 2이면 진동, "
            "ηλmax > 2이면 발산합니다. 점선이 임계 학습률 2/λmax, 실선이 지금 학습률입니다."
        ),
        "descent.strip_measured": (
            "이차함수가 아니므로, 지금의 시작점과 단계 수로 각 학습률을 직접 실행해 보고 결과를 칠했습니다. "
            "점선은 극솟값마다의 임계 학습률 2/λ, 실선은 지금 학습률입니다."
        ),
        "descent.book_title": "책의 세 가지 실험",
        "descent.book_intro": (
            "책(4.4.1절)은 x₀² + x₁²를 (−3, 4)에서 시작해 100단계 내려갑니다. 아래 표는 책의 gradient_descent"
            "(수치 미분으로 구한 기울기)를 그대로 실행한 결과입니다. 위의 ‘단계 수 · 시작점’ 안에 있는 버튼으로 각 실험을 그래프에서 볼 수 있습니다."
        ),
        "descent.col_lr": "학습률 η",
        "descent.col_final": "100단계 후의 x",
        "descent.col_regime": "결과",
        "descent.try1": (
            "위의 ‘단계 수 · 시작점’을 열고 ‘책의 실험’ 버튼 세 개를 차례로 눌러 보세요. η = 0.1이면 (0, 0)에 거의 도달하고, η = 10이면 발산하며, "
            "η = 1e-10이면 100단계 동안 거의 움직이지 않습니다."
        ),
        "descent.try2": (
            "길고 좁은 골짜기인 ‘x₀²/20 + x₁²’를 고르고 log₁₀ η를 −0.02로 두세요(η = 0.95, 임계 학습률 1의 바로 아래). 경로가 좁은 "
            "x₁ 방향으로는 지그재그하면서 긴 x₀ 방향으로는 천천히 나아갑니다. 0.01(η = 1.02)로 올리면 발산합니다."
        ),
        "descent.try3": (
            "‘x⁴ − 3x² + x’에서 시작점을 2로 두고 log₁₀ η를 −1.3(η = 0.05), −1(η = 0.1), −0.7(η = 0.2)로 바꿔 보세요. "
            "작은 학습률은 가까운 얕은 극솟값에 멈추고, 0.1은 언덕을 뛰어넘어 더 깊은 극솟값으로 가며, 0.2는 발산합니다. "
            "학습률을 0.01로 두고 시작점을 0.15와 0.2로 바꾸면, 언덕 꼭대기의 어느 쪽에서 출발하느냐에 따라 도착하는 "
            "골짜기가 달라집니다."
        ),
        "descent.try4": (
            "‘x²’에서 ‘처음부터’를 누르고 ‘한 단계’를 몇 번 눌러 보세요. 그다음 log₁₀ η를 −0.3(η = 0.5: 한 번에 최솟값), "
            "−0.05(η = 0.89: 진동), 0(η = 1: 영원히 같은 폭으로 오감), 0.01(η = 1.02: 발산)로 바꿔 가며 비교해 보세요."
        ),
    },
    "en": {
        "descent.title": "Gradient descent",
        "descent.oneliner": "Follow gradient descent on a curve or a contour map: the learning rate decides whether it converges, oscillates or diverges",
        "descent.define": (
            "A value such as the learning rate, which people set before training instead of training finding it, is a"
            " **hyperparameter**: the weights and biases are learned, hyperparameters are chosen by trying several "
            "values."
        ),
        "descent.intro": (
            "Gradient descent looks for a function's minimum by stepping against the gradient, one step at a time: "
            "$x \\leftarrow x - \\eta \\nabla f(x)$. The step size $\\eta$ is the learning rate. A suitable one converges "
            "to the minimum, a somewhat larger one bounces from side to side of the valley (oscillates), and a too large "
            "one diverges. A too small one hardly moves at all. Training a neural network does the same thing on its "
            "loss function."
        ),
        "descent.function": "Function",
        "descent.more_settings": "Steps & start",
        "descent.fn.square": "x² (1-D)",
        "descent.fn.double_well": "x⁴ − 3x² + x (2 minima)",
        "descent.fn.book": "x₀² + x₁² (book, ch. 4)",
        "descent.fn.bowl": "x₀²/20 + x₁² (book, ch. 6)",
        "descent.fn.double_well_2d": "x₀⁴ − 3x₀² + x₀ + x₁²",
        "descent.log_lr": "Learning rate η as log₁₀ η",
        "descent.lr_is": "$\\eta = 10^{{{exponent}}} \\approx$ **{lr}**",
        "descent.steps": "Number of steps",
        "descent.start": "Start {name}",
        "descent.book_presets": "The book's experiments (x₀² + x₁², start (−3, 4), 100 steps):",
        "descent.preset": "η = {lr}",
        "descent.regime.converges": "converges",
        "descent.regime.oscillates": "oscillates",
        "descent.regime.diverges": "diverges",
        "descent.regime.too_small": "too small: barely moves",
        "descent.msg.converges": "**Converges.** Every step goes downhill towards the minimum without jumping past it.",
        "descent.msg.oscillates": (
            "**Oscillates.** The steps are so long that each one lands on the other side of the valley. Below the "
            "critical learning rate the swings shrink and it still closes in on the minimum; exactly at it, they "
            "keep the same width for ever."
        ),
        "descent.msg.too_small": (
            "**Too small: it barely moves.** Every step points the right way, but they are so short that the run "
            "covered less than 1 % of the distance to the minimum. This is not convergence: nothing was learned."
        ),
        "descent.msg.diverges": (
            "**Diverges.** Every jump across the valley lands higher up the other side, so f keeps growing. "
            "The learning rate has to come down."
        ),
        "descent.factors": (
            "On a quadratic every step multiplies the distance to the minimum along each axis by exactly (1 − ηλ), "
            "λ being the curvature along that axis. Here the factors are {factors}. A negative factor flips the side at every step "
            "(oscillation); a factor larger than 1 in size makes the distance grow (divergence)."
        ),
        "descent.factor": "{factor} along {axis} (1 − {lr} × {curvature})",
        "descent.critical": "Critical learning rate 2/λmax",
                "descent.local_rates": (
            "Not a quadratic: its curvature changes from place to place. Near a minimum it looks like a quadratic "
            "with the curvature λ there, and the critical learning rate 2/λ is {rates}. A larger learning rate "
            "cannot settle into that minimum."
        ),
        "descent.local_rate": "{rate} near {axis} = {x}",
        "descent.final": "**After {n} steps**  \nx = `{x}`  \nf(x) = `{f}`",
        "descent.diverged": (
            "At step {step} |f(x)| went past {limit}: from there on the numbers mean nothing, so the charts end at "
            "the step before."
        ),
        "descent.book_keeps_going": (
            "The book's gradient_descent does not stop when it diverges: it computes all 100 steps. That is where "
            "the enormous x above comes from, and it is the value the book prints. With numbers this large the "
            "numerical gradient has lost its digits, so even the gradient is no longer right."
        ),
        "descent.barely": (
            "It barely moved: in {n} steps it went only {distance} away from the start. With a learning rate this "
            "small, learning does not get anywhere."
        ),
        "descent.left_view": "The path leaves the chart at step {step}; later points are not drawn.",
        "descent.step": "Step",
        "descent.point": "Point x",
        "descent.value": "f(x)",
        "descent.value_log": "f(x) (log scale)",
        "descent.path_title_1d": "The path on the curve",
        "descent.path_help_1d": "Numbers are steps, the ring is the current step, the green diamond a minimum.",
        "descent.path_title_2d": "The path on the contour map",
        "descent.path_help_2d": "Numbers are steps, the ring is the current step, the green diamond a minimum. Darker shading is higher f.",
        "descent.value_title": "f(x) at each step",
        "descent.minimum": "Minimum",
        "descent.strip_title": "What each learning rate does",
        "descent.strip_lr": "Learning rate η",
        "descent.strip_regime": "Regime",
        "descent.critical_rule": "Critical learning rate",
        "descent.current_lr": "Current learning rate",
        "descent.strip_quadratic": (
            "On a quadratic the learning rate alone decides: ηλmax < 1 converges straight in, 1 < ηλmax < 2 "
            "oscillates, ηλmax > 2 diverges. The dashed line is the critical learning rate 2/λmax, the solid line "
            "the current one."
        ),
        "descent.strip_measured": (
            "Not a quadratic, so each learning rate was run from the current start for the current number of steps, "
            "and coloured by what it did. The dashed lines are the critical rates 2/λ of the minima, the solid line "
            "the current learning rate."
        ),
        "descent.book_title": "The book's three experiments",
        "descent.book_intro": (
            "The book (section 4.4.1) descends x₀² + x₁² from (−3, 4) for 100 steps. The table runs the book's "
            "gradient_descent (with the numerical gradient) exactly as written. The buttons in 'Steps & start' "
            "above show each one in the charts."
        ),
        "descent.col_lr": "Learning rate η",
        "descent.col_final": "x after 100 steps",
        "descent.col_regime": "Regime",
        "descent.try1": (
            "Open 'Steps & start' above and press the three buttons of the book's experiments in turn. With η = 0.1 it all but reaches (0, 0), "
            "with η = 10 it diverges, and with η = 1e-10 it hardly moves in 100 steps."
        ),
        "descent.try2": (
            "Pick 'x₀²/20 + x₁²', the long narrow bowl, and set log₁₀ η to −0.02 (η = 0.95, just under the critical rate 1). The path "
            "zig-zags across the narrow x₁ direction while it creeps along the long x₀ direction. At 0.01 "
            "(η = 1.02) it diverges."
        ),
        "descent.try3": (
            "On x⁴ − 3x² + x, start at 2 and set log₁₀ η to −1.3 (η = 0.05), −1 (η = 0.1) and −0.7 (η = 0.2). The "
            "small rate stops in the nearby shallow minimum, 0.1 jumps over the hump into the deeper one, and 0.2 "
            "diverges. Then at η = 0.01 start at 0.15 and at 0.2: which side of the hump's top you start on decides "
            "the valley you end in."
        ),
        "descent.try4": (
            "On x², press Reset and then One step a few times. Then compare log₁₀ η = −0.3 (η = 0.5: the minimum in one "
            "step), −0.05 (η = 0.89: oscillates), 0 (η = 1: bounces for ever) and 0.01 (η = 1.02: diverges)."
        ),
    },
}

"""Strings of the page "Overshooting & normalisation"."""

STRINGS = {
    "ko": {
        "overshoot.title": "오버슈팅과 정규화",
        "overshoot.oneliner": (
            "경사 하강법으로 직선을 맞춥니다. x의 범위를 넓히면 같은 학습률이 최솟값을 지나쳐 발산하고, "
            "x를 정규화하면 다시 수렴합니다"
        ),
        "overshoot.intro": (
            "강의에서 한 실험입니다. 데이터는 y = b + w·x에 잡음을 더해 만들고, x는 [0, s] 구간에서 뽑습니다. "
            "경사 하강법은 평균 제곱 오차를 따라 내려가며 b와 w를 찾습니다. x가 [0, 1]에 있을 때는 학습률 0.1로 잘 "
            "학습되지만, x를 넓은 구간에서 뽑으면(이 페이지는 [0, 10]으로 시작합니다) 같은 학습률로도 매 걸음 최솟값을 "
            "점점 더 멀리 지나칩니다. 손실 함수는 "
            "(b, w) 공간에서 그릇 모양인데, w 방향의 가파르기(곡률)가 x²에 비례해 커지기 때문입니다. "
            "학습률 × 곡률이 2를 넘으면 한 걸음이 최솟값을 지나쳐 출발점보다 높은 곳에 떨어집니다. "
            "x를 최소-최대 정규화하거나 표준화하면 그릇이 다시 완만해져 같은 학습률로 수렴합니다."
        ),
        "overshoot.data_title": "데이터: y = b + w·x + 잡음",
        "overshoot.true_b": "실제 b (절편)",
        "overshoot.true_w": "실제 w (기울기)",
        "overshoot.scale": "x를 뽑는 구간 [0, s]의 s",
        "overshoot.noise": "잡음 (표준편차)",
        "overshoot.n": "데이터 개수",
        "overshoot.seed": "데이터 시드",
        "overshoot.descent_title": "경사 하강법",
        "overshoot.scaling": "입력 x의 전처리",
        "overshoot.scaling.raw": "원래 x",
        "overshoot.scaling.minmax": "최소-최대",
        "overshoot.scaling.standard": "표준화",
        "overshoot.limit": "안정적인 최대 학습률",
        "overshoot.start": "b와 w의 시작값",
        "overshoot.lecture": "강의의 설정",
        "overshoot.lecture_help": (
            "강의의 실험 그대로: x를 [0, 5]에서 500개 뽑고 잡음 없이, b = w = 0.5에서 출발해 학습률 0.1로 100단계. "
            "발산할지는 헤세 행렬로 정해지므로 x만 중요하고, 실제 b와 w는 결과를 바꾸지 않습니다."
        ),
        "overshoot.limit_here": "이 데이터의 안정적인 최대 학습률: {limit}",
        "overshoot.borderline": (
            "**경계에 걸친 설정입니다.** x가 [0, {s}]에 고르게 퍼져 있으면 안정적인 최대 학습률은 평균적으로 약 "
            "{expected}입니다. 하지만 {n}개의 x를 무작위로 뽑을 때마다 이 값이 조금씩 달라집니다(지금 뽑은 데이터: "
            "{limit}). 그래서 이 학습률({lr})이 발산할지는 뽑힌 데이터에 달려 있습니다. 데이터 시드를 바꿔 보세요. "
            "강의의 학습률 0.1과 [0, 5]가 바로 이런 경계에 있습니다."
        ),
        "overshoot.limit_help": (
            "모델이 보는 x로 계산한 손실 함수의 헤세 행렬에서 가장 큰 고윳값 λ를 구해 2 / λ로 얻은 값입니다. "
            "학습률이 이보다 크면 경사 하강법이 발산합니다."
        ),
        "overshoot.just_below": "학습률 {lr}",
        "overshoot.just_below_help": "안정적인 최대 학습률 바로 아래 (95 %)",
        "overshoot.just_above": "학습률 {lr}",
        "overshoot.just_above_help": "안정적인 최대 학습률 바로 위 (105 %)",
        "overshoot.more_settings": "데이터 · 단계 수",
        "overshoot.steps": "경사 하강법 단계 수",
        "overshoot.step": "단계",
        "overshoot.model.raw": "모델은 입력을 그대로 써서 y = b + w·x̃ (x̃ = x)를 맞춥니다.",
        "overshoot.model.minmax": (
            "최소-최대 정규화를 쓰면 모델은 y = b + w·x̃를 맞춥니다. x̃는 가장 작은 x를 0으로, 가장 큰 x를 1로 "
            "옮긴 값입니다. 그래서 왼쪽 그림의 (b, w)는 x̃에 대한 값이고, 오른쪽 아래의 직선은 원래 x의 단위로 "
            "되돌려 원래 데이터 위에 그립니다."
        ),
        "overshoot.model.standard": (
            "표준화를 쓰면 모델은 y = b + w·x̃를 맞춥니다. x̃는 x에서 평균 μ를 빼고 표준편차 σ로 나눠, 평균이 0, 표준편차가 1이 되도록 바꾼 값입니다. "
            "그래서 왼쪽 그림의 (b, w)는 x̃에 대한 값이고, 오른쪽 아래의 직선은 원래 x의 단위로 되돌려 원래 데이터 "
            "위에 그립니다."
        ),
        "overshoot.regime.converges": (
            "**곧바로 수렴합니다.** 학습률 × 가장 큰 곡률 = {product} ≤ 1이므로 어느 걸음도 최솟값을 지나치지 않고 "
            "최솟값 쪽으로 미끄러져 들어갑니다."
        ),
        "overshoot.regime.oscillates": (
            "**지나치지만 수렴합니다.** 학습률 × 가장 큰 곡률 = {product}, 1과 2 사이입니다. 가파른 방향으로는 매 "
            "걸음 최솟값을 지나쳐 반대편에 떨어지지만 떨어지는 곳이 조금씩 가까워지므로, 경로가 지그재그로 진동하며 "
            "안으로 들어갑니다."
        ),
        "overshoot.regime.diverges": (
            "**지나치고 발산합니다.** 학습률 × 가장 큰 곡률 = {product} > 2입니다. 가파른 방향으로 매 걸음 최솟값을 "
            "지나치는데, 떨어지는 곳이 출발한 곳보다 더 멀어서 지그재그가 걸음마다 커집니다."
        ),
        "overshoot.regime.bounces": (
            "**제자리에서 튕깁니다.** 학습률 × 가장 큰 곡률 = {product}, 정확히 2입니다. 가파른 방향으로 매 걸음 최솟값 "
            "반대편의 같은 거리로 건너뛰므로, 경로가 수렴도 발산도 하지 않고 두 점 사이를 오갑니다."
        ),
        "overshoot.outcome.stuck": (
            "{steps}단계 뒤 손실: {loss}, 최소제곱법으로 구한 최솟값: {best}. 단계를 늘려도 더 가까워지지 않습니다."
        ),
        "overshoot.outcome.diverged": "{step}번째 단계에서 손실이 {limit}보다 커져 실행을 멈췄습니다(직전 손실: {loss}).",
        "overshoot.outcome.growing": (
            "{steps}단계 뒤 손실: {loss}. 아직 {limit}보다 작지만 걸음마다 커지고 있어서, 단계를 늘리면 결국 발산합니다."
        ),
        "overshoot.outcome.reached": "{steps}단계 뒤 손실: {loss}, 최소제곱법으로 구한 최솟값: {best}. 최솟값에 도달했습니다.",
        "overshoot.outcome.not_yet": (
            "{steps}단계 뒤 손실: {loss}, 최소제곱법으로 구한 최솟값: {best}. 아직 도달하지 못했으니 단계 수를 늘려 보세요."
        ),
        "overshoot.curvatures": (
            "그릇의 곡률(손실 함수의 헤세 행렬의 고윳값): {low}, {high}. 안정적인 최대 학습률 = 2 / {high} = {limit}, "
            "지금 학습률 = {lr}."
        ),
        "overshoot.floor": "최솟값 (최소제곱법)",
        "overshoot.true_line": "실제 직선",
        "overshoot.fitted_line": "학습한 직선",
        "overshoot.run_numpy": "NumPy",
        "overshoot.run_tf": "TensorFlow",
        "overshoot.optimum": "최소제곱 해",
        "overshoot.contour_title": "손실 L(b, w) 위의 경로",
        "overshoot.contour_help": (
            "색이 진할수록 손실이 큽니다(로그 눈금). ◆ 표시는 최소제곱 해이고 숫자는 단계입니다. 그림 밖으로 나가는 "
            "경로는 가장자리에서 잘립니다."
        ),
        "overshoot.curve_title": "단계별 손실",
        "overshoot.line_title": "데이터와 이 단계의 직선",
        "overshoot.line_equation": (
            "{step}단계의 직선을 원래 x의 단위로 쓰면 y = {line}입니다 (실제 직선: y = {true_line})."
        ),
        "overshoot.line_before_divergence": (
            "{shown}단계에서 손실이 한계({limit})를 넘어 그 직선은 그릴 수 없습니다. 그 전 {step}단계의 직선을 원래 x의 단위로 "
            "쓰면 y = {line}입니다 (실제 직선: y = {true_line})."
        ),
        "overshoot.tf_title": "같은 실험을 TensorFlow 2로",
        "overshoot.tf_intro": (
            "강의에서는 이 반복문을 TensorFlow로 씁니다. b와 w는 `tf.Variable`이고, `tf.GradientTape`가 손실 계산을 "
            "기록해 두면 `tape.gradient`가 ∂L/∂b와 ∂L/∂w를 돌려줍니다. SGD 옵티마이저는 b ← b − 학습률 · ∂L/∂b처럼 "
            "한 걸음을 옮깁니다. 아래 버튼은 이 코드를 그대로 실행합니다. 처음에는 강의의 설정으로, ‘위의 설정’을 고르면 "
            "위의 데이터와 설정(전처리를 거친 x)으로 실행합니다."
        ),
        "overshoot.tf_data": "실행할 설정",
        "overshoot.tf_data.lecture": "강의의 설정",
        "overshoot.tf_data.page": "위의 설정",
        "overshoot.tf_lecture_caption": (
            "강의의 설정: x는 [0, 5]에서 뽑은 500개, 잡음 없음, y = {b} + {w}·x (데이터 시드 {seed}), b = w = 0.5에서 "
            "시작해 학습률 0.1로 100단계. 0.1은 이 데이터의 한계 학습률에 가까워서 데이터에 따라 수렴하기도 발산하기도 합니다. "
            "(강의의 참고 코드처럼 0에서 시작하려면 ‘위의 설정’에서 시작점을 0으로 두세요.)"
        ),
        "overshoot.tf_run": "TensorFlow로 실행 ({steps}단계)",
        "overshoot.tf_running": "TensorFlow를 불러와(처음에는 5초쯤 걸립니다) 반복문을 실행하는 중입니다…",
        "overshoot.tf_keras_lr": "Keras 안의 학습률 (float32)",
        "overshoot.tf_gap_same": "최대 |TF − NumPy| (같은 학습률)",
        "overshoot.tf_gap_page": "최대 |TF − NumPy| (설정한 학습률)",
        "overshoot.tf_same": "같은 경로입니다. TensorFlow의 {steps}단계가 반올림 오차 안에서 NumPy의 점에 그대로 떨어집니다.",
        "overshoot.tf_differs": (
            "두 경로가 반올림 오차보다 크게 다릅니다. TensorFlow는 {tf_stop}단계, NumPy는 {np_stop}단계에서 멈췄습니다"
            "(–는 끝까지 실행했다는 뜻입니다)."
        ),
        "overshoot.tf_float32": (
            "Keras는 학습률을 float32 변수에 저장하므로 실제로 쓰이는 학습률은 {keras_lr}입니다(설정값: {lr}). "
            "NumPy의 descend_line을 이 학습률로 실행하면 TensorFlow의 경로와 마지막 자릿수까지 같습니다(가운데 숫자). "
            "설정값 {lr} 그대로 계산한 NumPy 경로와는 이 작은 학습률 차이가 단계를 거치며 조금씩 커집니다(오른쪽 숫자)."
        ),
        "overshoot.tf_contour_title": "두 경로를 손실 위에 겹쳐 보기",
        "overshoot.tf_curve_title": "두 손실 곡선",
        "overshoot.tf_stale": "TensorFlow로 실행한 뒤 설정이 바뀌었습니다. 지금 설정으로 다시 실행하려면 버튼을 누르세요.",
        "overshoot.try1": (
            "페이지는 문제 상황에서 시작합니다. 원래 x, s = 10, 학습률 0.1이면 경로가 최솟값을 지나치며 발산합니다. "
            "s를 1로 내려 보세요. 같은 학습률인데 경로가 곧바로 최솟값으로 들어갑니다. 학습률 슬라이더 아래의 안정적인 "
            "최대 학습률이 s에 따라 어떻게 바뀌는지도 확인하세요."
        ),
        "overshoot.try2": (
            "s = 10, 학습률 0.1을 그대로 두고 전처리를 최소-최대 정규화로, 다음에는 표준화로 바꿔 보세요. 같은 학습률로 "
            "수렴합니다. 최대 학습률과 그릇의 모양을 비교해 보세요. 표준화하면 그릇이 둥글어집니다. 그다음 ‘강의의 설정’을 "
            "눌러 강의의 실험이 왜 경계에 있는지 읽어 보세요."
        ),
        "overshoot.try3": (
            "학습률 슬라이더 아래의 두 버튼, 안정적인 최대 학습률의 바로 아래(↓)와 바로 위(↑)를 차례로 눌러 보세요. 바로 아래에서는 경로가 지그재그로 진동하면서도 "
            "수렴하고, 바로 위에서는 발산합니다. ‘처음부터’를 누른 뒤 ‘재생’을 누르면 지그재그가 한 단계씩 커지는 모습을 "
            "볼 수 있습니다."
        ),
        "overshoot.try4": (
            "원래 x에 s = 10으로 두고 발산하지 않는 학습률을 찾아보세요. 경로가 그릇의 길쭉한 골짜기를 따라 수백 단계 "
            "동안 느리게 내려갑니다. x를 표준화하면 두 곡률이 모두 2가 되어 그릇이 둥글어지고, 학습률 0.5면 한 걸음 "
            "만에 최솟값에 도착합니다."
        ),
    },
    "en": {
        "overshoot.title": "Overshooting & normalisation",
        "overshoot.oneliner": (
            "Gradient descent fits a line; stretch x and the same learning rate overshoots and diverges, "
            "normalise x and it converges again"
        ),
        "overshoot.intro": (
            "The lecture's experiment: the data follow y = b + w·x plus noise, with x drawn from [0, s]. Gradient "
            "descent looks for b and w by stepping down the mean squared error. With x in [0, 1] a learning rate of "
            "0.1 works; draw x from a wider range (the page opens on [0, 10]) and the same learning rate jumps past "
            "the minimum, further at every step. "
            "The loss is a bowl in (b, w) whose steepness (curvature) along w grows with x², and once learning rate × "
            "curvature passes 2, a step overshoots the minimum and lands higher than it started. Min-max "
            "normalisation or standardisation of x makes the bowl gentle again, and the same learning rate converges."
        ),
        "overshoot.data_title": "Data: y = b + w·x + noise",
        "overshoot.true_b": "True b (intercept)",
        "overshoot.true_w": "True w (slope)",
        "overshoot.scale": "x drawn from [0, s]: s",
        "overshoot.noise": "Noise (standard deviation)",
        "overshoot.n": "Number of points",
        "overshoot.seed": "Data seed",
        "overshoot.descent_title": "Gradient descent",
        "overshoot.scaling": "Input scaling of x",
        "overshoot.scaling.raw": "Raw x",
        "overshoot.scaling.minmax": "Min-max",
        "overshoot.scaling.standard": "Standardise",
        "overshoot.limit": "Largest stable lr",
        "overshoot.start": "Start value of b and w",
        "overshoot.lecture": "The lecture's setting",
        "overshoot.lecture_help": (
            "The lecture's experiment as it is: 500 points with x in [0, 5], no noise, from b = w = 0.5 with learning "
            "rate 0.1 for 100 steps. Whether it diverges depends on the Hessian, so on x only: the true b and w do "
            "not change it."
        ),
        "overshoot.limit_here": "Largest stable learning rate for this data: {limit}",
        "overshoot.borderline": (
            "**A borderline setting.** For x spread evenly over [0, {s}] the largest stable learning rate is about "
            "{expected} on average, but every random draw of {n} points moves it a little (this draw: {limit}). "
            "So whether learning rate {lr} diverges depends on the data drawn: try other data seeds. The lecture's "
            "learning rate 0.1 with x in [0, 5] sits on exactly such an edge."
        ),
        "overshoot.limit_help": (
            "2 / λ, with λ the largest eigenvalue of the loss's Hessian in (b, w), computed from the x the model "
            "sees. A larger learning rate makes gradient descent diverge."
        ),
        "overshoot.just_below": "lr = {lr}",
        "overshoot.just_below_help": "Just below the largest stable learning rate (95 %)",
        "overshoot.just_above": "lr = {lr}",
        "overshoot.just_above_help": "Just above the largest stable learning rate (105 %)",
        "overshoot.more_settings": "Data & steps",
        "overshoot.steps": "Gradient descent steps",
        "overshoot.step": "Step",
        "overshoot.model.raw": "The model uses x as it is: it fits y = b + w·x̃ with x̃ = x.",
        "overshoot.model.minmax": (
            "With min-max normalisation the model fits y = b + w·x̃, where x̃ maps the smallest x to 0 and the largest "
            "to 1. So the (b, w) in the left-hand picture belong to x̃; the line at the bottom right is converted back "
            "to x's own units and drawn over the original data."
        ),
        "overshoot.model.standard": (
            "With standardisation the model fits y = b + w·x̃, where x̃ is x minus its mean μ, divided by its standard "
            "deviation σ: mean 0 and standard deviation 1. So the (b, w) in the left-hand picture belong to x̃; the line at the bottom right is "
            "converted back to x's own units and drawn over the original data."
        ),
        "overshoot.regime.converges": (
            "**Slides straight in.** Learning rate × largest curvature = {product} ≤ 1: no step crosses the minimum, "
            "every step moves towards it."
        ),
        "overshoot.regime.oscillates": (
            "**Overshoots, but converges.** Learning rate × largest curvature = {product}, between 1 and 2: along the "
            "steep direction each step jumps past the minimum, but lands a little closer each time, so the path "
            "zig-zags inwards (it oscillates)."
        ),
        "overshoot.regime.diverges": (
            "**Overshoots and diverges.** Learning rate × largest curvature = {product} > 2: along the steep direction "
            "each step jumps past the minimum and lands farther away than it started, so the zig-zag grows at every "
            "step."
        ),
        "overshoot.regime.bounces": (
            "**Bounces for ever.** Learning rate × largest curvature = {product}, exactly 2: along the steep direction "
            "each step jumps to the mirror point on the other side of the minimum, just as far away, so the path "
            "neither converges nor diverges."
        ),
        "overshoot.outcome.stuck": (
            "After {steps} steps the loss is {loss}, and the least-squares minimum is {best}: more steps will not "
            "bring it closer."
        ),
        "overshoot.outcome.diverged": "The run stopped at step {step}, where the loss passed {limit} (the loss before: {loss}).",
        "overshoot.outcome.growing": (
            "After {steps} steps the loss is {loss}: still below {limit}, but growing at every step; more steps "
            "would blow it up."
        ),
        "overshoot.outcome.reached": (
            "After {steps} steps the loss is {loss}, and the least-squares minimum is {best}: it has arrived."
        ),
        "overshoot.outcome.not_yet": (
            "After {steps} steps the loss is {loss}, and the least-squares minimum is {best}: not there yet, give it "
            "more steps."
        ),
        "overshoot.curvatures": (
            "Curvatures of the bowl (eigenvalues of the loss's Hessian): {low} and {high}. Largest stable learning "
            "rate = 2 / {high} = {limit}; the learning rate now is {lr}."
        ),
        "overshoot.floor": "Least-squares minimum",
        "overshoot.true_line": "True line",
        "overshoot.fitted_line": "Fitted line",
        "overshoot.run_numpy": "NumPy",
        "overshoot.run_tf": "TensorFlow",
        "overshoot.optimum": "Least-squares optimum",
        "overshoot.contour_title": "The path on L(b, w)",
        "overshoot.contour_help": (
            "Darker means a higher loss (log colour scale). The diamond ◆ is the least-squares optimum; the numbers "
            "are steps. A path that leaves the picture is cut at its edge."
        ),
        "overshoot.curve_title": "Loss per step",
        "overshoot.line_title": "The data and the line at this step",
        "overshoot.line_equation": (
            "At step {step}, in x's own units: y = {line}  (true line: y = {true_line})."
        ),
        "overshoot.line_before_divergence": (
            "At step {shown} the loss passed {limit}, so its line cannot be drawn. The line of step {step} before it, in "
            "x's own units: y = {line}  (true line: y = {true_line})."
        ),
        "overshoot.tf_title": "The same experiment in TensorFlow 2",
        "overshoot.tf_intro": (
            "The lecture writes this loop with TensorFlow: b and w are `tf.Variable` objects, `tf.GradientTape` records the "
            "loss so that `tape.gradient` returns ∂L/∂b and ∂L/∂w, and the SGD optimizer takes the step "
            "b ← b − learning rate · ∂L/∂b. The button runs exactly this code: on the lecture's setting, or, with "
            "'The settings above', on the data and settings above (x as the model sees it, after scaling)."
        ),
        "overshoot.tf_data": "Run on",
        "overshoot.tf_data.lecture": "The lecture's setting",
        "overshoot.tf_data.page": "The settings above",
        "overshoot.tf_lecture_caption": (
            "The lecture's setting: 500 points with x drawn from [0, 5], no noise, y = {b} + {w}·x (data seed {seed}), "
            "from b = w = 0.5 with learning rate 0.1 for 100 steps. 0.1 is close to this data's largest stable rate, so "
            "depending on the data drawn it converges or diverges. (To start from 0, as in the lecture's 'cf.' code, "
            "choose 'The settings above' and set the start to 0.)"
        ),
        "overshoot.tf_run": "Run in TensorFlow ({steps} steps)",
        "overshoot.tf_running": "Loading TensorFlow (about 5 s the first time) and running the loop…",
        "overshoot.tf_keras_lr": "Learning rate inside Keras (float32)",
        "overshoot.tf_gap_same": "max |TF − NumPy|, same learning rate",
        "overshoot.tf_gap_page": "max |TF − NumPy|, rate as set",
        "overshoot.tf_same": "The same path: TensorFlow's {steps} steps land on NumPy's points, up to rounding.",
        "overshoot.tf_differs": (
            "The paths differ by more than rounding: TensorFlow stopped at step {tf_stop}, NumPy at step {np_stop} "
            "(– means it ran every step)."
        ),
        "overshoot.tf_float32": (
            "Keras keeps the learning rate in a float32 variable, so the rate it uses is {keras_lr} (set: {lr}). "
            "NumPy's descend_line run with that same rate gives TensorFlow's path to the last digits (middle number). "
            "Against NumPy's path computed with exactly {lr}, that tiny difference in the rate grows a little "
            "with every step (right-hand number)."
        ),
        "overshoot.tf_contour_title": "Both paths over the loss",
        "overshoot.tf_curve_title": "Both loss curves",
        "overshoot.tf_stale": "The settings changed since the TensorFlow run: press the button to run it with these.",
        "overshoot.try1": (
            "The page opens on the problem: with raw x, s = 10 and learning rate 0.1 the path overshoots and the run "
            "diverges. Move s down to 1: the same learning rate slides straight in. Watch the largest stable learning "
            "rate under the learning-rate slider change with s."
        ),
        "overshoot.try2": (
            "Keep s = 10 and learning rate 0.1 and switch the input scaling to min-max normalisation, then to "
            "standardisation: the same learning rate converges. Compare the largest stable learning rate and the "
            "shape of the bowl: standardised x makes it round. Then press 'The lecture's setting' and read why the "
            "lecture's own experiment is borderline."
        ),
        "overshoot.try3": (
            "Under the learning-rate slider, press the button just below the largest stable learning rate (↓), then the one just above it (↑): just below, the path zig-zags but converges; "
            "just above, it diverges. Press Reset, then press Play to watch the zig-zag grow step by step."
        ),
        "overshoot.try4": (
            "With raw x and s = 10, find a learning rate that does not diverge: the path then creeps along the long "
            "valley of the bowl for hundreds of steps. Standardise x: both curvatures become 2, the bowl is round, "
            "and learning rate 0.5 lands on the minimum in one step."
        ),
    },
}

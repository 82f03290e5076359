"""Challenges of the "learning" group's pages: "ch.<id>.goal", ".hint1", ".hint2", ".why" (and ".after")."""

STRINGS = {
    "ko": {
        # losses, derivatives, descent
        "ch.losses.cee_explodes.goal": "오차제곱합은 1을 넘지 않게 둔 채로 교차 엔트로피 오차를 10보다 크게 만들어 보세요.",
        "ch.losses.cee_explodes.hint1": "교차 엔트로피 오차는 정답 클래스의 확률만 봅니다. 그 확률 p가 0에 가까워지면 −log p는 어떻게 될까요?",
        "ch.losses.cee_explodes.hint2": (
            "정답 클래스의 슬라이더를 0까지 내려 보세요. −log(0 + 1e-7)은 약 16.12입니다. 확률의 합이 1이면 "
            "오차제곱합은 1을 넘을 수 없습니다."
        ),
        "ch.losses.cee_explodes.why": (
            "교차 엔트로피 오차는 정답 클래스 확률의 −log라서, 그 확률이 0에 가까워질수록 끝없이 커집니다(1e-7을 더해서 "
            "16.12에서 멈출 뿐입니다). 오차제곱합은 합이 1인 확률과 원-핫 정답의 차이라서 1을 넘지 못합니다. 그래서 자신 "
            "있게 틀린 예측을 교차 엔트로피가 훨씬 세게 꾸짖습니다."
        ),
        "ch.losses.right_but_unsure.goal": (
            "정답을 맞힌 예측(정답 클래스의 확률이 가장 큼)인데도 교차 엔트로피 오차가 1보다 크게 만들어 보세요."
        ),
        "ch.losses.right_but_unsure.hint1": (
            "맞히려면 정답 클래스의 확률이 가장 크기만 하면 되고, 클 필요는 없습니다. 교차 엔트로피 오차가 1보다 크려면 "
            "정답 확률이 1/e ≈ 0.37보다 작아야 합니다."
        ),
        "ch.losses.right_but_unsure.hint2": (
            "정답 클래스의 슬라이더를 0.6에서 0.15로 내려 보세요. 다른 클래스(가장 큰 것이 0.1)보다는 여전히 큽니다. "
            "합이 1이 되도록 나누면 약 0.27이 되고, −log 0.27 ≈ 1.3입니다."
        ),
        "ch.losses.right_but_unsure.why": (
            "정확도는 어느 클래스가 가장 큰지만 보므로 이 예측을 맞혔다고 셉니다. 교차 엔트로피 오차는 정답 클래스에 "
            "확률을 얼마나 줬는지를 보므로, 자신 없는 정답에도 손실을 매깁니다. 그래서 정확도가 더 오르지 않아도 학습은 "
            "손실을 계속 줄이며 정답을 더 확신하게 만듭니다."
        ),
        "ch.losses.best_batch.goal": "배치의 교차 엔트로피 오차가 가장 작아지도록 네 행의 정답을 골라 보세요.",
        "ch.losses.best_batch.hint1": (
            "각 행의 손실은 그 행이 정답에 준 확률의 −log이고, 배치의 손실은 그 평균입니다. 행마다 따로 생각하면 됩니다."
        ),
        "ch.losses.best_batch.hint2": (
            "각 행에서 가장 큰 확률을 준 클래스를 정답으로 주세요. ‘책: 2를 0.6으로’는 2, ‘책: 7을 0.6으로’는 7, "
            "자신 있는 정답은 2입니다. ‘모두 0.1’ 행은 무엇을 골라도 2.3026입니다."
        ),
        "ch.losses.best_batch.why": (
            "배치의 교차 엔트로피 오차는 행마다 −log(정답에 준 확률)의 평균이라서, 각 행이 가장 확신하는 클래스가 정답일 때 "
            "가장 작습니다. 그래도 약 0.83 아래로는 내려가지 않습니다. ‘모두 0.1’ 행은 어떤 정답이든 −log 0.1 = 2.3026을 "
            "내기 때문입니다. 학습은 같은 일을 반대쪽에서 합니다. 정답은 그대로 두고 가중치를 바꿔 확률을 정답 쪽으로 옮깁니다."
        ),
        "ch.derivatives.best_h.goal": "sin x나 eˣ처럼 휘어진 함수에서, 목록의 h 중 중심 차분이 가장 정확한 h를 찾아 보세요.",
        "ch.derivatives.best_h.hint1": (
            "h를 하나씩 바꾸며 ‘정확한 값과의 차이’ 열을 보세요. 책의 함수와 x²는 포물선이라서 중심 차분에 h²에 비례하는 "
            "오차가 아예 없으므로 여기서는 세지 않습니다."
        ),
        "ch.derivatives.best_h.hint2": (
            "오차는 두 가지입니다. h²에 비례해 줄어드는 근사 오차와, 1e-16/h처럼 커지는 반올림 오차입니다. 둘은 h ≈ 1e-5 "
            "근처에서 비슷해지므로 목록에서는 대개 1e-4가 가장 좋습니다(x³에서는 1e-8일 때도 있습니다). sin x와 x³는 "
            "x = 0에서 대칭이라 차분이 정확히 맞아떨어지니 x = 0은 피하세요."
        ),
        "ch.derivatives.best_h.why": (
            "h를 줄이면 중심 차분의 근사 오차(약 h²·f‴/6)는 줄지만, f(x + h) − f(x − h)가 반올림으로 잃는 자릿수"
            "(약 1e-16·|f|/h)는 늘어납니다. 전체 오차는 두 오차가 만나는 h ≈ 1e-5 근처에서 가장 작습니다. 책이 가장 작은 "
            "h가 아니라 h = 1e-4를 쓰는 이유입니다."
        ),
        "ch.derivatives.rounds_to_zero.goal": "실제 기울기가 0이 아닌 점에서 중심 차분이 정확히 0이 나오게 만들어 보세요.",
        "ch.derivatives.rounds_to_zero.hint1": (
            "컴퓨터의 실수는 유효숫자를 16자리쯤만 저장합니다. h가 그보다 훨씬 작으면 5 + h는 얼마일까요?"
        ),
        "ch.derivatives.rounds_to_zero.hint2": (
            "x = 0이 아닌 곳에서 h = 1e-50을 고르세요. x + h와 x − h가 모두 x 자신으로 반올림되어 "
            "f(x + h) − f(x − h) = 0이 됩니다."
        ),
        "ch.derivatives.rounds_to_zero.why": (
            "float64는 유효숫자를 16자리쯤만 저장하므로 5에 1e-50을 더해도 아무것도 바뀌지 않습니다. f(x + h)와 f(x − h)가 "
            "같은 수가 되어 차분이 0이 됩니다. 책에서 np.float32(1e-50)이 0.0이 되는 것과 같은 반올림 오차로, h는 작을수록 "
            "좋은 것이 아닙니다."
        ),
        "ch.derivatives.same_length.goal": "점을 옮겨서, (3, 4)에서와 길이가 똑같은 기울기가 나오는 다른 점을 찾아 보세요.",
        "ch.derivatives.same_length.hint1": (
            "x₀² + x₁²의 기울기는 (2x₀, 2x₁)이라서, 그 길이는 점과 (0, 0) 사이 거리의 두 배입니다."
        ),
        "ch.derivatives.same_length.hint2": (
            "(0, 0)에서 거리가 5인 점이면 됩니다. 좌표를 맞바꾸거나 부호를 바꿔 보세요. 예를 들어 (4, 3)이나 (−3, 4)입니다."
        ),
        "ch.derivatives.same_length.why": (
            "기울기의 길이는 2√(x₀² + x₁²)이라서 최솟값에서 얼마나 떨어져 있는지에만 달려 있습니다. (0, 0)을 중심으로 한 "
            "원 위에서는 가파른 정도가 어디나 같고 방향만 달라지며, −기울기는 언제나 최솟값을 똑바로 가리킵니다."
        ),
        "ch.descent.oscillate_converge.goal": "경사 하강법이 진동하면서도 최솟값에 수렴하는 학습률을 찾아 보세요.",
        "ch.descent.oscillate_converge.hint1": (
            "그래프 아래에 나오는 축별 배율 1 − ηλ를 보세요. 이 배율이 음수이면서 −1보다 커야 합니다."
        ),
        "ch.descent.oscillate_converge.hint2": (
            "곡률이 λ = 2인 x₀² + x₁²에서는 η가 0.5와 1 사이이면 배율 1 − 2η가 −1과 0 사이입니다. log₁₀ η = −0.1"
            "(η = 0.79)을 해 보세요. η = 1이면 영원히 같은 폭으로 오가고, 1에 너무 가까우면 100단계 안에 다 다가가지 "
            "못합니다."
        ),
        "ch.descent.oscillate_converge.why": (
            "한 걸음마다 최솟값까지의 거리가 (1 − ηλ)배가 됩니다. ηλ가 1과 2 사이이면 이 배율은 −1과 0 사이라서, 매번 "
            "최솟값을 건너 반대편으로 넘어가지만(진동) 출발할 때보다 가까운 곳에 떨어집니다. 그래서 흔들림이 점점 줄어들며 "
            "수렴합니다. ηλ = 2이면 같은 폭으로 오가고, 2보다 크면 폭이 커집니다(발산)."
        ),
        "ch.descent.smallest_divergence.goal": "x² 같은 이차함수에서, 가능한 한 작은 학습률로 경사 하강법을 발산시켜 보세요.",
        "ch.descent.smallest_divergence.hint1": (
            "log₁₀ η를 조금씩 올리면서 판정이 ‘발산’으로 바뀌는 곳을 찾아 보세요. 임계 학습률은 그래프 아래에 나옵니다."
        ),
        "ch.descent.smallest_divergence.hint2": (
            "x²의 곡률은 λ = 2라서 임계 학습률은 2/λ = 1입니다. η = 1에서는 같은 폭으로 오가기만 하고, 슬라이더의 바로 "
            "다음 값인 log₁₀ η = 0.01(η = 1.02)에서 발산합니다."
        ),
        "ch.descent.smallest_divergence.why": (
            "이차함수에서는 한 걸음마다 최솟값까지의 거리가 (1 − ηλ)배가 됩니다. 임계 학습률 2/λmax를 넘으면 이 배율이 "
            "−1보다 작아져서, 건너뛸 때마다 더 먼 곳에 떨어집니다. 경계는 날카롭습니다. η = 1은 영원히 같은 폭으로 오가지만, "
            "η = 1.02는 한 걸음에 4 %씩 멀어져서 100단계면 약 50배가 됩니다."
        ),
        "ch.descent.jump_the_hump.goal": "x⁴ − 3x² + x에서 언덕의 오른쪽에서 출발해, 왼쪽의 더 깊은 극솟값에 도착해 보세요.",
        "ch.descent.jump_the_hump.hint1": (
            "학습률이 작으면 가장 가까운 골짜기, 곧 오른쪽의 얕은 극솟값으로 굴러 내려갑니다. 보폭이 크면 언덕을 건너뛸 수 "
            "있습니다."
        ),
        "ch.descent.jump_the_hump.hint2": (
            "시작점 2에서 log₁₀ η = −1(η = 0.1)을 해 보세요. x = 2의 기울기는 21이라서 첫걸음의 길이가 2.1이고, 언덕 "
            "왼쪽인 −0.1에 떨어집니다."
        ),
        "ch.descent.jump_the_hump.why": (
            "경사 하강법은 지금 서 있는 곳의 기울기만 보기 때문에, 어느 극솟값에 도착할지는 어느 쪽이 더 깊은지가 아니라 "
            "시작점과 보폭이 정합니다. 가파른 시작점에서 첫걸음이 언덕을 넘고, 학습률이 깊은 극솟값의 임계 학습률 "
            "2/λ ≈ 0.14보다 작으면 그곳에 자리 잡습니다. 더 크면 튕겨 나가고, 너무 작으면 얕은 골짜기에 머뭅니다."
        ),
        "ch.xor.two_units_fast.goal": "은닉 뉴런을 두 개만 써서 600 에포크 안에 XOR의 정확도를 100 %로 만들어 보세요.",
        "ch.xor.two_units_fast.hint1": "기본 설정은 900 에포크쯤에야 네 점을 모두 맞힙니다. 한 걸음을 더 크게 내디디게 해 보세요.",
        "ch.xor.two_units_fast.hint2": "학습률을 2에서 5로 올리고 다시 재생해 보세요. 시그모이드의 기울기가 작아 큰 학습률을 견딥니다.",
        "ch.xor.two_units_fast.why": (
            "은닉 뉴런 두 개면 직선 두 개로 평면을 나눌 수 있고, 그 두 직선 사이의 띠가 XOR의 1인 점들을 감쌉니다. "
            "학습률이 크면 같은 기울기로 더 멀리 움직이므로 그 직선들에 더 빨리 도착합니다."
        ),
        "ch.xor.two_units_fast.after": "재생을 누르고 600 에포크까지 학습한 뒤 멈추세요.",
        "ch.xor.no_hidden.goal": "은닉층 없이 XOR을 1,000 에포크 학습시켜, 네 점을 끝내 모두 맞히지 못하는 것을 확인해 보세요.",
        "ch.xor.no_hidden.hint1": "은닉 뉴런 수를 0으로 내리면 입력에서 출력으로 바로 가는 퍼셉트론 하나가 남습니다.",
        "ch.xor.no_hidden.hint2": "은닉 뉴런 0개로 재생해서 1,000 에포크이 지날 때까지 기다려 보세요. 정확도가 100 %에 닿지 않습니다.",
        "ch.xor.no_hidden.why": (
            "은닉층이 없으면 결정 경계는 직선 하나뿐이고, XOR은 직선 하나로 나눌 수 없습니다(선형 분리 불가능). "
            "오래 학습해도 가중치가 그 한계를 넘지 못하기 때문에 층을 쌓아야 합니다."
        ),
        "ch.xor.no_hidden.after": "재생을 누르고 1,000 에포크까지 학습한 뒤 멈추세요.",
        "ch.xor.stuck.goal": "은닉층이 있는데도 1,000 에포크 뒤에 정확도가 75 %에 머무는 설정을 찾아보세요.",
        "ch.xor.stuck.hint1": "학습이 항상 정답에 도착하는 것은 아닙니다. 최적화 방법이나 학습률을 바꿔 보세요.",
        "ch.xor.stuck.hint2": "은닉 뉴런 2개에서 최적화 방법을 Adam, 학습률을 0.5로 두고 재생해 보세요.",
        "ch.xor.stuck.why": (
            "손실 함수에는 전역 최솟값이 아닌 평평한 곳(국소 최솟값)이 있어서, 네 점 중 하나를 포기한 채 멈출 수 있습니다. "
            "초깃값(시드)이나 학습률을 바꾸면 다른 길로 내려가 빠져나올 수 있습니다."
        ),
        "ch.xor.stuck.after": "재생을 누르고 1,000 에포크까지 학습한 뒤 멈추세요.",
        "ch.playground.circle_no_hidden.goal": "원 데이터를 은닉층 없이 테스트 정확도 98 % 이상으로 분류해 보세요.",
        "ch.playground.circle_no_hidden.hint1": "은닉층이 없으면 경계는 입력 특성의 일차식입니다. 어떤 특성을 주면 원이 직선처럼 보일까요?",
        "ch.playground.circle_no_hidden.hint2": "특성을 x₁², x₂²로 바꾸고 학습률 0.1로 재생해 보세요.",
        "ch.playground.circle_no_hidden.why": (
            "원의 경계 x₁² + x₂² = r²은 x₁²과 x₂²에 대해서는 일차식(직선)입니다. "
            "알맞은 특성을 주면 퍼셉트론 하나로도 풀리고, 은닉층은 그런 특성을 스스로 만드는 역할을 합니다."
        ),
        "ch.playground.circle_no_hidden.after": "재생을 누르고 120 에포크까지 학습한 뒤 멈추세요.",
        "ch.playground.xor_no_hidden.goal": "XOR 데이터를 은닉층 없이 테스트 정확도 98 % 이상으로 분류해 보세요.",
        "ch.playground.xor_no_hidden.hint1": "XOR의 레이블은 x₁과 x₂의 부호가 같은지로 정해집니다. 그 정보를 한 번에 담는 특성이 있습니다.",
        "ch.playground.xor_no_hidden.hint2": "특성을 x₁x₂ 하나만 남기고 학습률 0.1로 재생해 보세요.",
        "ch.playground.xor_no_hidden.why": (
            "x₁x₂는 두 부호가 같으면 양수, 다르면 음수이므로, 이 특성 하나만으로 XOR이 직선(0을 기준으로 한 문턱) 하나로 나뉩니다. "
            "은닉층이 하는 일은 이렇게 선형 분리가 가능한 새 특성을 만드는 것입니다."
        ),
        "ch.playground.xor_no_hidden.after": "재생을 누르고 120 에포크까지 학습한 뒤 멈추세요.",
    },
    "en": {
        # losses, derivatives, descent
        "ch.losses.cee_explodes.goal": "Push the cross-entropy error above 10 without the sum of squares going over 1.",
        "ch.losses.cee_explodes.hint1": (
            "Cross-entropy looks only at the correct class's probability. What happens to −log p as p goes to 0?"
        ),
        "ch.losses.cee_explodes.hint2": (
            "Lower the correct class's slider all the way to 0: −log(0 + 1e-7) is about 16.12. While the probabilities "
            "add up to 1, the sum of squares cannot go over 1."
        ),
        "ch.losses.cee_explodes.why": (
            "Cross-entropy is −log of the correct class's probability, so it grows without bound as that probability "
            "goes to 0 (the added 1e-7 only stops it at 16.12). The sum of squares compares probabilities that add up "
            "to 1 with a one-hot answer, so it stays at most 1. Cross-entropy punishes a confidently wrong prediction "
            "far harder."
        ),
        "ch.losses.right_but_unsure.goal": (
            "Make a right prediction (the correct class has the largest probability) whose cross-entropy error is "
            "still above 1."
        ),
        "ch.losses.right_but_unsure.hint1": (
            "To be right, the correct class only has to be the largest, not large. Cross-entropy above 1 means a "
            "probability below 1/e ≈ 0.37."
        ),
        "ch.losses.right_but_unsure.hint2": (
            "Lower the correct class's slider from 0.6 to 0.15, still above every other class (0.1 at most). Rescaled "
            "to sum 1 it is about 0.27, and −log 0.27 ≈ 1.3."
        ),
        "ch.losses.right_but_unsure.why": (
            "Accuracy only asks which class is largest, so it counts this prediction as right. Cross-entropy asks how "
            "much probability the correct class got, so it still charges an unsure right answer. That is why training "
            "keeps lowering the loss after accuracy stops rising: it makes right answers confident."
        ),
        "ch.losses.best_batch.goal": "Choose the batch's four answers so that its cross-entropy error is as small as it can be.",
        "ch.losses.best_batch.hint1": (
            "Each row's loss is −log of the probability that row gives its answer, and the batch's loss is their "
            "mean: each row can be settled on its own."
        ),
        "ch.losses.best_batch.hint2": (
            "Give each row the class it gives the most probability: 2 for 'Book: 0.6 on 2', 7 for 'Book: 0.6 on 7', "
            "2 for the confident one. The 'All 0.1' row costs 2.3026 whatever you pick."
        ),
        "ch.losses.best_batch.why": (
            "The batch's cross-entropy error is the mean of each row's −log(probability given to its answer), so it "
            "is smallest when every row's answer is the class it is surest of. It still cannot go below about 0.83: "
            "the 'All 0.1' row pays −log 0.1 = 2.3026 whatever its answer. Training does the same from the other "
            "side: the answers stay fixed and the weights move the probabilities towards them."
        ),
        "ch.derivatives.best_h.goal": (
            "On a curved function such as sin x or eˣ, find the h in the list that makes the central difference most "
            "accurate."
        ),
        "ch.derivatives.best_h.hint1": (
            "Try each h in turn and watch the 'Off by' column. The book's function and x² do not count: they are "
            "parabolas, and a parabola's central difference has no error that shrinks like h² at all."
        ),
        "ch.derivatives.best_h.hint2": (
            "The error has two parts: the approximation's, which shrinks like h², and rounding's, which grows like "
            "1e-16 / h. They meet near h = 1e-5, so the best in the list is usually 1e-4 (on x³ sometimes 1e-8). Stay "
            "away from x = 0, where sin x and x³ are symmetric and the differences come out exact."
        ),
        "ch.derivatives.best_h.why": (
            "A smaller h cuts the central difference's approximation error (about h²·f‴/6), but f(x + h) − f(x − h) "
            "loses more digits to rounding (about 1e-16·|f|/h). The total is smallest where the two meet, near "
            "h = 1e-5: that is why the book uses h = 1e-4 rather than the smallest h it can."
        ),
        "ch.derivatives.rounds_to_zero.goal": (
            "Make the central difference come out exactly 0 at a point where the true slope is not 0."
        ),
        "ch.derivatives.rounds_to_zero.hint1": (
            "A computer's numbers keep about 16 significant digits. What is 5 + h when h is far below that?"
        ),
        "ch.derivatives.rounds_to_zero.hint2": (
            "Away from x = 0, choose h = 1e-50: x + h and x − h both round to x itself, so f(x + h) − f(x − h) = 0."
        ),
        "ch.derivatives.rounds_to_zero.why": (
            "A float64 keeps about 16 significant digits, so adding 1e-50 to 5 changes nothing: f(x + h) and "
            "f(x − h) are the same number and their difference is 0. It is the rounding error of the book's "
            "np.float32(1e-50) becoming 0.0: a smaller h is not always a better one."
        ),
        "ch.derivatives.same_length.goal": "Move the point to another place where the gradient is exactly as long as at (3, 4).",
        "ch.derivatives.same_length.hint1": (
            "The gradient of x₀² + x₁² is (2x₀, 2x₁): its length is twice the point's distance from (0, 0)."
        ),
        "ch.derivatives.same_length.hint2": (
            "Any point 5 away from (0, 0) works: swap the coordinates or flip their signs, e.g. (4, 3) or (−3, 4)."
        ),
        "ch.derivatives.same_length.why": (
            "The gradient's length is 2√(x₀² + x₁²), so it depends only on how far the point is from the minimum: on "
            "a circle around (0, 0) the slope is equally steep everywhere, only its direction changes, and −gradient "
            "always points straight at the minimum."
        ),
        "ch.descent.oscillate_converge.goal": "Find a learning rate at which descent oscillates but still converges to the minimum.",
        "ch.descent.oscillate_converge.hint1": (
            "Look at the factor 1 − ηλ per axis, below the charts: it has to be negative but above −1."
        ),
        "ch.descent.oscillate_converge.hint2": (
            "On x₀² + x₁² the curvature is λ = 2, so any η between 0.5 and 1 puts 1 − 2η between −1 and 0: try "
            "log₁₀ η = −0.1 (η = 0.79). At η = 1 it bounces for ever, and very close to 1 it does not get there "
            "within 100 steps."
        ),
        "ch.descent.oscillate_converge.why": (
            "Each step multiplies the distance to the minimum by 1 − ηλ. With ηλ between 1 and 2 that factor is "
            "between −1 and 0: every step jumps past the minimum to the other side (it oscillates) but lands closer "
            "than it started, so the swings shrink and it converges. At ηλ = 2 the swings keep their size; above 2 "
            "they grow (it diverges)."
        ),
        "ch.descent.smallest_divergence.goal": (
            "On a quadratic such as x², make gradient descent diverge with the smallest learning rate you can."
        ),
        "ch.descent.smallest_divergence.hint1": (
            "Raise log₁₀ η a little at a time and watch for the verdict to turn to 'diverges'. The critical learning "
            "rate is shown below the charts."
        ),
        "ch.descent.smallest_divergence.hint2": (
            "On x² the curvature is λ = 2, so the critical learning rate is 2/λ = 1. η = 1 itself only bounces; the "
            "slider's next value, log₁₀ η = 0.01 (η = 1.02), diverges."
        ),
        "ch.descent.smallest_divergence.why": (
            "On a quadratic each step multiplies the distance to the minimum by 1 − ηλ. Past the critical learning "
            "rate 2/λmax that factor is below −1, so every jump lands farther out than the last. The edge is sharp: "
            "η = 1 bounces for ever, while η = 1.02 moves 4 % farther out each step, about 50 times as far after 100 "
            "steps."
        ),
        "ch.descent.jump_the_hump.goal": (
            "On x⁴ − 3x² + x, start right of the hump and still end in the deeper minimum on the left."
        ),
        "ch.descent.jump_the_hump.hint1": (
            "A small learning rate rolls downhill into the nearest valley, the shallow one on the right. A longer "
            "step can jump over the hump."
        ),
        "ch.descent.jump_the_hump.hint2": (
            "Start at 2 and try log₁₀ η = −1 (η = 0.1): the slope at x = 2 is 21, so the first step is 2.1 long and "
            "lands at −0.1, left of the hump."
        ),
        "ch.descent.jump_the_hump.why": (
            "Gradient descent sees only the slope where it stands, so the start and the step size decide which "
            "minimum it ends in, not which one is deeper. From a steep start the first step clears the hump, and with "
            "a learning rate below the deep minimum's critical rate 2/λ ≈ 0.14 it settles there. Larger, it bounces "
            "out; smaller, it stays in the shallow valley."
        ),
        "ch.xor.two_units_fast.goal": "With only two hidden neurons, get XOR to 100 % accuracy within 600 epochs.",
        "ch.xor.two_units_fast.hint1": "The defaults get all four points right only after about 900 epochs: let each step go further.",
        "ch.xor.two_units_fast.hint2": "Raise the learning rate from 2 to 5 and play again: the sigmoid's small slopes tolerate a large rate.",
        "ch.xor.two_units_fast.why": (
            "Two hidden neurons draw two lines, and the band between them holds XOR's 1s. A larger learning rate moves "
            "the weights further for the same gradient, so the lines get there sooner."
        ),
        "ch.xor.two_units_fast.after": "Press Play, train to epoch 600, then Pause.",
        "ch.xor.no_hidden.goal": "Train XOR with no hidden layer for 1,000 epochs and see that it never gets all four points right.",
        "ch.xor.no_hidden.hint1": "With 0 hidden neurons, one perceptron is left, from the inputs straight to the output.",
        "ch.xor.no_hidden.hint2": "Set the hidden neurons to 0, press Play and wait past epoch 1,000: the accuracy never reaches 100 %.",
        "ch.xor.no_hidden.why": (
            "Without a hidden layer the decision boundary is a single line, and no single line separates XOR (it is "
            "not linearly separable). No amount of training gets past that: it takes another layer."
        ),
        "ch.xor.no_hidden.after": "Press Play, train to epoch 1,000, then Pause.",
        "ch.xor.stuck.goal": "Find a network with a hidden layer that is still stuck at 75 % accuracy after 1,000 epochs.",
        "ch.xor.stuck.hint1": "Training does not always reach the answer: try another optimizer or learning rate.",
        "ch.xor.stuck.hint2": "With two hidden neurons, choose Adam with learning rate 0.5 and press Play.",
        "ch.xor.stuck.why": (
            "The loss has flat places that are not its lowest point (local minima), where training settles with one "
            "of the four points given up. Another starting point (seed) or learning rate takes another way down."
        ),
        "ch.xor.stuck.after": "Press Play, train to epoch 1,000, then Pause.",
        "ch.playground.circle_no_hidden.goal": "Classify the circle data with no hidden layer and a test accuracy of at least 98 %.",
        "ch.playground.circle_no_hidden.hint1": "Without hidden layers the boundary is linear in the input features: which features make a circle a line?",
        "ch.playground.circle_no_hidden.hint2": "Use the features x₁² and x₂², set the learning rate to 0.1 and press Play.",
        "ch.playground.circle_no_hidden.why": (
            "The circle x₁² + x₂² = r² is linear in x₁² and x₂². Given the right features one perceptron solves it; "
            "hidden layers are how a network makes such features itself."
        ),
        "ch.playground.circle_no_hidden.after": "Press Play, train to epoch 120, then Pause.",
        "ch.playground.xor_no_hidden.goal": "Classify the XOR data with no hidden layer and a test accuracy of at least 98 %.",
        "ch.playground.xor_no_hidden.hint1": "XOR's label says whether x₁ and x₂ have the same sign: one feature holds exactly that.",
        "ch.playground.xor_no_hidden.hint2": "Keep only the feature x₁x₂, set the learning rate to 0.1 and press Play.",
        "ch.playground.xor_no_hidden.why": (
            "x₁x₂ is positive when the signs agree and negative when they differ, so on this one feature XOR is split "
            "by a single threshold at 0. Making linearly separable features like this is what hidden layers do."
        ),
        "ch.playground.xor_no_hidden.after": "Press Play, train to epoch 120, then Pause.",
    },
}

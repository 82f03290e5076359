"""Strings of the page "Softmax"."""

STRINGS = {
    "ko": {
        "softmax.title": "소프트맥스 함수",
        "softmax.oneliner": "점수를 확률로 바꾸는 출력층 함수: 파이 차트, 온도, 오버플로 대책",
        "softmax.intro": (
            "분류 문제의 출력층은 **소프트맥스 함수**로 점수(a)를 확률(y)로 바꿉니다. 출력은 모두 0과 1 사이이고 합은 "
            "언제나 1이라서, 각 출력을 ‘이 클래스일 확률’로 읽을 수 있습니다. 점수의 크기 순서는 그대로 유지되므로 "
            "가장 큰 점수가 곧 가장 큰 확률입니다."
        ),
        "softmax.input_mode": "점수 입력 방식",
        "softmax.mode.sliders": "슬라이더",
        "softmax.mode.typed": "직접 입력",
        "softmax.n_classes": "클래스 수",
        "softmax.logit": "a[{k}] (클래스 {k}의 점수)",
        "softmax.typed": "점수 목록 (쉼표로 구분)",
        "softmax.temperature": "온도 T: softmax(a / T)",
        "softmax.temperature_help": "T가 1보다 크면 확률이 고르게 퍼지고, 1보다 작으면 가장 큰 점수 쪽으로 몰립니다.",
        "softmax.class": "클래스",
        "softmax.class_label": "클래스 {k}",
        "softmax.score": "점수 a",
        "softmax.prob": "확률 y",
        "softmax.pie_title": "확률을 파이 차트로",
        "softmax.bar_title": "확률을 막대그래프로",
        "softmax.sum": "확률의 합",
        "softmax.top": "확률 1위 클래스",
        "softmax.overflow_title": "오버플로 대책: 최댓값을 빼고 계산하기",
        "softmax.overflow_intro": (
            "exp(x)는 x가 조금만 커져도 엄청나게 커집니다. float64로는 exp(710)부터 표현할 수 없어서 inf(무한대)가 되고, "
            "inf / inf는 NaN(숫자가 아님)이 됩니다. 그래서 책에서는 입력에서 최댓값 c를 뺀 뒤 계산합니다. "
            "분자와 분모에 똑같이 exp(−c)를 곱한 것이니 결과는 달라지지 않습니다."
        ),
        "softmax.big_input": "큰 점수 목록",
        "softmax.col.exp_naive": "exp(a): 그대로 계산",
        "softmax.col.naive": "softmax_naive(a)",
        "softmax.col.shifted": "a − max(a)",
        "softmax.col.exp_safe": "exp(a − max(a))",
        "softmax.col.safe": "softmax(a)",
        "softmax.naive_nan": "그대로 계산하면 NaN이 나옵니다. exp 값이 inf로 넘쳤기 때문입니다. 최댓값을 빼면 제대로 계산됩니다.",
        "softmax.naive_underflow": (
            "그대로 계산하면 NaN이 나옵니다. 모든 exp 값이 0으로 작아져서(언더플로) 0/0이 되었기 때문입니다. "
            "최댓값을 빼면 가장 큰 점수의 exp가 1이 되어 제대로 계산됩니다."),
        "softmax.naive_sum": (
            "그대로 계산하면 확률이 모두 0이 되어 합이 1이 아닙니다. exp 값 하나하나는 표현할 수 있지만 그 합이 inf로 "
            "넘쳤기(오버플로) 때문입니다. 최댓값을 빼면 제대로 계산됩니다."),
        "softmax.naive_ok": "이 정도 값은 그대로 계산해도 넘치지 않아서 두 방법의 결과가 같습니다. 710보다 큰 값을 넣어 보세요.",
        "softmax.course_title": "강의 예제: x·W에서 확률까지",
        "softmax.course_intro": (
            "입력 x = [0.6, 0.9]와 2×3 가중치 W = [[0.4, 0.7, 0.9], [0.2, 0.3, 0.1]]로 점수 a = x·W를 구한 뒤 "
            "소프트맥스를 적용합니다. x를 바꿔 보세요."
        ),
        "softmax.course_scores": "점수 a = x·W",
        "softmax.course_probs": "소프트맥스 결과 y",
        "softmax.course_label": "정답 클래스",
        "softmax.course_loss": "교차 엔트로피 오차, t = {target}",
        "softmax.course_loss_note": (
            "강의 문제 55: x = [0.6, 0.9]에서 정답이 클래스 2일 때 교차 엔트로피 오차는 1.0551548687입니다. "
            "반올림한 0.3481이 아니라 소프트맥스의 정확한 출력 0.34813841…로 계산한 값입니다."
        ),
        "softmax.try1": "‘직접 입력’에 0.3, 2.9, 4.0을 넣으면 책의 결과 [0.018, 0.245, 0.737]이 나옵니다. 이어서 10.3, 12.9, 14.0처럼 모든 점수에 10을 더해 보세요. 확률은 변하지 않습니다.",
        "softmax.try2": "온도 T를 0.2로 낮추면 가장 큰 클래스가 거의 전부를 가져가고, 5로 높이면 모든 클래스가 비슷하게 나눠 가집니다.",
        "softmax.try3": "오버플로 예제의 1010, 1000, 990을 700, 690, 680으로 바꿔 보세요. exp(700)은 아직 표현할 수 있어서 그대로 계산해도 됩니다.",
        "softmax.try4": "강의 예제에서 x₂를 0으로 내리면 어느 클래스의 확률이 가장 커질까요? 먼저 예상한 뒤 확인해 보세요.",
    },
    "en": {
        "softmax.title": "Softmax",
        "softmax.oneliner": "The output-layer function that turns scores into probabilities: pie chart, temperature, overflow",
        "softmax.intro": (
            "In a classification network the output layer turns scores (a) into probabilities (y) with the **softmax function**. "
            "Every output lies between 0 and 1 and they always add up to 1, so each output reads as 'the probability of this class'. "
            "The order of the scores is kept: the largest score gets the largest probability."
        ),
        "softmax.input_mode": "Enter the scores with",
        "softmax.mode.sliders": "Sliders",
        "softmax.mode.typed": "A typed list",
        "softmax.n_classes": "Number of classes",
        "softmax.logit": "a[{k}] (score of class {k})",
        "softmax.typed": "Scores (comma-separated)",
        "softmax.temperature": "Temperature T: softmax(a / T)",
        "softmax.temperature_help": "T above 1 spreads the probabilities out; T below 1 piles them onto the largest score.",
        "softmax.class": "Class",
        "softmax.class_label": "class {k}",
        "softmax.score": "score a",
        "softmax.prob": "probability y",
        "softmax.pie_title": "Probabilities as a pie",
        "softmax.bar_title": "Probabilities as bars",
        "softmax.sum": "Sum of y",
        "softmax.top": "Top class",
        "softmax.overflow_title": "Overflow: subtract the maximum first",
        "softmax.overflow_intro": (
            "exp(x) grows enormous quickly. In float64, exp(710) and beyond cannot be represented and become inf, "
            "and inf / inf is NaN (not a number). So the book subtracts the largest input c before taking exp. "
            "That multiplies the numerator and the denominator by the same exp(−c), so the result does not change."
        ),
        "softmax.big_input": "Large scores",
        "softmax.col.exp_naive": "exp(a), computed directly",
        "softmax.col.naive": "softmax_naive(a)",
        "softmax.col.shifted": "a − max(a)",
        "softmax.col.exp_safe": "exp(a − max(a))",
        "softmax.col.safe": "softmax(a)",
        "softmax.naive_nan": "The direct formula gives NaN because the exp values overflowed to inf. Subtracting the maximum fixes it.",
        "softmax.naive_underflow": (
            "The direct formula gives NaN because every exp value shrank to 0 (underflow), and 0/0 is NaN. "
            "Subtracting the maximum makes the largest exp 1, which fixes it."),
        "softmax.naive_sum": (
            "The direct formula gives probabilities that are all 0 and do not add up to 1: each exp value is "
            "representable, but their sum overflowed to inf. Subtracting the maximum fixes it."),
        "softmax.naive_ok": "These values do not overflow, so both formulas agree. Try values above 710.",
        "softmax.course_title": "Course example: from x·W to probabilities",
        "softmax.course_intro": (
            "The input x = [0.6, 0.9] and the 2×3 weights W = [[0.4, 0.7, 0.9], [0.2, 0.3, 0.1]] give the scores a = x·W, "
            "and softmax turns them into probabilities. Change x."
        ),
        "softmax.course_scores": "Scores a = x·W",
        "softmax.course_probs": "After softmax, y",
        "softmax.course_label": "Correct class",
        "softmax.course_loss": "Cross-entropy error, t = {target}",
        "softmax.course_loss_note": (
            "Course problem 55: at x = [0.6, 0.9] with class 2 correct, the cross-entropy error is 1.0551548687. "
            "It is computed from softmax's exact output 0.34813841…, not from the rounded 0.3481."
        ),
        "softmax.try1": "Type 0.3, 2.9, 4.0 as a list to get the book's [0.018, 0.245, 0.737]. Then add 10 to every score (10.3, 12.9, 14.0): the probabilities do not change.",
        "softmax.try2": "Lower the temperature to 0.2 and the largest class takes almost everything; raise it to 5 and the classes share almost equally.",
        "softmax.try3": "In the overflow example replace 1010, 1000, 990 with 700, 690, 680: exp(700) is still representable, so the direct formula works.",
        "softmax.try4": "In the course example, which class becomes the most probable when you lower x₂ to 0? Guess first, then check.",
    },
}

"""Strings of the page "Loss functions: MSE vs cross-entropy"."""

STRINGS = {
    "ko": {
        "losses.title": "손실 함수: 오차제곱합과 교차 엔트로피",
        "losses.nav_title": "손실 함수",
        "losses.oneliner": "예측이 얼마나 틀렸는지 재는 두 방법을 같은 예측으로 비교합니다",
        "losses.define": (
            "왜 정확도를 손실로 쓰지 않을까요? 가중치를 조금 바꿔도 맞힌 개수는 대개 그대로라서 정확도의 미분은 거의 모든 곳에서 0이고, 바뀔 때는 계단처럼 뚝 바뀝니다. 그래서 경사 하강법이 "
            "어느 쪽으로 가야 할지 알 수 없습니다. 손실 함수는 가중치가 조금만 바뀌어도 연속적으로 변합니다."
        ),
        "losses.intro": (
            "손실 함수는 신경망의 예측 y가 정답 t에서 얼마나 먼지를 숫자 하나로 나타냅니다. 학습은 이 숫자를 줄이는 "
            "방향으로 가중치를 고치는 일입니다. 10개 클래스의 예측을 바꿔 가며 **오차제곱합**(SSE, 강의의 MSE)과 "
            "**교차 엔트로피 오차**(CEE)가 어떻게 달라지는지 보세요."
        ),
        "losses.edit_title": "예측을 바꿔 보세요",
        "losses.preset.book_right": "책: 정답",
        "losses.preset.book_wrong": "책: 오답",
        "losses.preset.course_59": "강의 문제 59",
        "losses.preset.course_60": "강의 문제 60",
        "losses.preset.uniform": "모두 0.1",
        "losses.preset.confident": "확신한 정답",
        "losses.preset_long.book_right": "책: 2를 0.6으로 (정답)",
        "losses.preset_long.book_wrong": "책: 7을 0.6으로 (오답)",
        "losses.preset_long.course_59": "강의 문제 59: 2를 0.6으로, 합 0.9 (정답)",
        "losses.preset_long.course_60": "강의 문제 60: 7을 0.6으로, 합 0.9 (오답)",
        "losses.preset_long.uniform": "모두 0.1",
        "losses.preset_long.confident": "2를 0.991로 (자신 있는 정답)",
        "losses.label": "정답 클래스",
        "losses.prob_of": "y{k} (클래스 {k}일 확률)",
        "losses.all_zero": "모든 확률이 0이면 예측이라고 할 수 없습니다. 여기서는 모든 클래스를 0.1로 두고 계산합니다.",
        "losses.normalised": "입력한 값의 합이 {total}이라서 합이 1이 되도록 각 값을 합으로 나눠 계산합니다.",
        "losses.as_typed": (
            "값의 합이 {total}이지만 나누지 않고 그대로 계산합니다. 강의 문제 59와 60의 벡터도 합이 0.9라서 "
            "엄밀한 확률 분포는 아니지만, 강의는 이 값 그대로 손실을 구합니다."
        ),
        "losses.rescale": "합이 1이 되도록 나누기",
        "losses.rescale_help": "소프트맥스의 출력은 합이 항상 1입니다. 끄면 입력한 값을 그대로 씁니다.",
        "losses.mse": "오차제곱합 (강의의 MSE)",
        "losses.cee": "교차 엔트로피 오차",
        "losses.keras_mse": "Keras의 \"mse\"",
        "losses.keras_mse_help": (
            "Keras의 mse는 (y − t)²의 평균이라서 강의의 0.5·Σ(y − t)²에 2/10을 곱한 값입니다. 크기만 다르고 "
            "최소가 되는 가중치는 같습니다."
        ),
        "losses.verdict.right": "가장 큰 확률이 정답 {label}에 있습니다. 정답 클래스의 확률은 {p}입니다.",
        "losses.verdict.wrong": "가장 큰 확률이 {top}에 있어서 예측이 틀렸습니다. 정답 {label}의 확률은 {p}뿐입니다.",
        "losses.kind.correct": "정답 클래스",
        "losses.kind.other": "다른 클래스",
        "losses.kind": "구분",
        "losses.bars_title": "예측한 확률 y",
        "losses.class": "클래스",
        "losses.prob": "확률",
        "losses.curve_title": "정답 확률에 따른 손실",
        "losses.p_correct": "정답 클래스의 확률",
        "losses.loss": "손실",
        "losses.which": "손실 함수",
        "losses.curve_caption": (
            "가로축은 정답 클래스에 준 확률입니다. 나머지 확률은 지금 예측의 비율대로 다른 클래스에 나눠 줬습니다. "
            "교차 엔트로피는 정답 확률만 보고, 0에 가까워질수록 끝없이 커집니다. 오차제곱합은 아무리 틀려도 1을 넘지 않습니다."
        ),
        "losses.delta_title": "왜 log 안에 1e-7을 더할까요?",
        "losses.delta_intro": (
            "log(0)은 −∞입니다. 정답 클래스의 확률이 정확히 0이면 손실이 무한대가 되고, 그 뒤의 계산은 모두 망가집니다. "
            "그래서 책은 아주 작은 값 delta = 1e-7을 더해 log(y + delta)를 계산합니다."
        ),
        "losses.without_delta": "−log(p)",
        "losses.with_delta": "−log(p + 1e-7)",
        "losses.delta_caption": "delta(= {delta})를 더해도 p가 0.01 정도일 때는 결과를 거의 바꾸지 않고, p = 0일 때만 무한대를 16.12로 막습니다.",
        "losses.batch_title": "배치로 계산하기",
        "losses.batch_intro": (
            "데이터 여러 개를 한 번에 넣으면 각 행의 손실을 구한 뒤 평균을 냅니다. 정답은 원-핫 벡터로 줘도 되고, "
            "정답 번호(레이블)로 줘도 결과가 같습니다. 아래 네 행의 정답을 바꿔 보세요."
        ),
        "losses.batch_labels": "각 행의 정답 {n}개 (0~9, 쉼표로 구분)",
        "losses.row": "예측",
        "losses.label_short": "정답",
        "losses.batch_mean": "배치의 교차 엔트로피 오차는 네 행의 평균인 **{value}**입니다.",
        "losses.keras_title": "어떤 문제에 어떤 손실을 쓸까요? (Keras의 이름)",
        "losses.task": "문제",
        "losses.output_layer": "출력층",
        "losses.keras_name": "Keras loss",
        "losses.target_form": "정답의 형태",
        "losses.task.multiclass_one_hot": "다중 분류 (정답이 원-핫)",
        "losses.task.multiclass_labels": "다중 분류 (정답이 번호)",
        "losses.task.binary": "이진 분류",
        "losses.task.regression": "회귀",
        "losses.target.one-hot": "원-핫 벡터 [0, 0, 1, 0, …]",
        "losses.target.label": "클래스 번호 2",
        "losses.target.0/1": "0 또는 1",
        "losses.target.number": "실수 값",
        "losses.keras_note": (
            "categorical_crossentropy와 sparse_categorical_crossentropy는 같은 교차 엔트로피입니다. 정답을 원-핫으로 "
            "주느냐 번호로 주느냐만 다릅니다. MNIST에서 to_categorical로 원-핫을 만들었다면 앞의 것을, 레이블을 그대로 "
            "쓴다면 뒤의 것을 고르면 됩니다."
        ),
        "losses.try1": "‘책: 2를 0.6으로’와 ‘책: 7을 0.6으로’를 번갈아 눌러 보세요. 책의 값 0.0975와 0.5975, 0.5108과 2.3026이 나옵니다.",
        "losses.try2": "정답 클래스의 확률을 0으로 내려 보세요. 교차 엔트로피는 16.12까지 치솟지만 오차제곱합은 1을 넘지 않습니다.",
        "losses.try3": "‘모두 0.1’에서 정답을 바꿔도 교차 엔트로피는 −log(0.1) = 2.3026 그대로입니다. 왜 그럴까요?",
        "losses.try4": "배치의 정답을 7, 7, 7, 7로 바꾸면 어느 행의 손실이 가장 많이 줄어드나요?",
    },
    "en": {
        "losses.title": "Loss functions: MSE vs cross-entropy",
        "losses.nav_title": "Loss functions",
        "losses.oneliner": "Two ways to measure how wrong a prediction is, compared on the same prediction",
        "losses.define": (
            "Why is accuracy not the loss? A small change of a weight usually leaves the number of right answers as "
            "it is, so the derivative of accuracy is 0 almost everywhere, and when accuracy does change it jumps like"
            " a step: gradient descent would not know which way to go. A loss function changes smoothly with every "
            "small change of the weights."
        ),
        "losses.intro": (
            "A loss function turns how far the network's prediction y is from the answer t into one number. Learning "
            "means changing the weights so that this number goes down. Edit a 10-class prediction and watch the "
            "**sum of squares error (SSE, the course's MSE)** and the **cross-entropy error (CEE)** respond."
        ),
        "losses.edit_title": "Edit the prediction",
        "losses.preset.book_right": "Book: right",
        "losses.preset.book_wrong": "Book: wrong",
        "losses.preset.course_59": "Course problem 59",
        "losses.preset.course_60": "Course problem 60",
        "losses.preset.uniform": "All 0.1",
        "losses.preset.confident": "Sure and right",
        "losses.preset_long.book_right": "Book: 0.6 on 2 (right)",
        "losses.preset_long.book_wrong": "Book: 0.6 on 7 (wrong)",
        "losses.preset_long.course_59": "Course problem 59: 0.6 on 2, sum 0.9 (right)",
        "losses.preset_long.course_60": "Course problem 60: 0.6 on 7, sum 0.9 (wrong)",
        "losses.preset_long.uniform": "All 0.1",
        "losses.preset_long.confident": "0.991 on 2 (confidently right)",
        "losses.label": "Correct class",
        "losses.prob_of": "y{k} (probability of class {k})",
        "losses.all_zero": "A prediction of all zeros is not a prediction: every class is taken as 0.1 instead.",
        "losses.normalised": "Your values add up to {total}, so each is divided by the sum to make them add up to 1.",
        "losses.as_typed": (
            "Your values add up to {total} and are used as they are. The vectors of the course's problems 59 and 60 "
            "also add up to 0.9: not quite a probability distribution, but the course computes the loss on them as given."
        ),
        "losses.rescale": "Rescale to sum 1",
        "losses.rescale_help": "A softmax output always adds up to 1. Switch this off to use the values as typed.",
        "losses.mse": "Sum of squares (course's MSE)",
        "losses.cee": "Cross-entropy error",
        "losses.keras_mse": "Keras \"mse\"",
        "losses.keras_mse_help": (
            "Keras' mse is the mean of (y − t)², which is the course's 0.5·Σ(y − t)² times 2/10. Only the scale "
            "differs: both are smallest at the same weights."
        ),
        "losses.verdict.right": "The largest probability is on the correct class {label}, which gets {p}.",
        "losses.verdict.wrong": "The largest probability is on {top}: a wrong prediction. The correct class {label} gets only {p}.",
        "losses.kind.correct": "correct class",
        "losses.kind.other": "other classes",
        "losses.kind": "Kind",
        "losses.bars_title": "Predicted probabilities y",
        "losses.class": "Class",
        "losses.prob": "Probability",
        "losses.curve_title": "Loss against the correct class's y",
        "losses.p_correct": "Probability of the correct class",
        "losses.loss": "Loss",
        "losses.which": "Loss function",
        "losses.curve_caption": (
            "Across: the probability given to the correct class; the rest is shared among the other classes in the "
            "current prediction's proportions. Cross-entropy looks only at the correct class and grows without limit "
            "near 0; the sum of squares never exceeds 1, however wrong the prediction."
        ),
        "losses.delta_title": "Why add 1e-7 inside the log?",
        "losses.delta_intro": (
            "log(0) is −∞. If the correct class gets exactly 0, the loss is infinite and everything computed from it "
            "breaks. So the book adds a tiny delta = 1e-7 and computes log(y + delta)."
        ),
        "losses.without_delta": "−log(p)",
        "losses.with_delta": "−log(p + 1e-7)",
        "losses.delta_caption": "delta = {delta} hardly changes the result for p around 0.01; only at p = 0 it turns infinity into 16.12.",
        "losses.batch_title": "Computing on a batch",
        "losses.batch_intro": (
            "With several samples at once, each row's loss is computed and then averaged. The answers can be one-hot "
            "vectors or class numbers (labels); the result is the same. Change the answers of the four rows below."
        ),
        "losses.batch_labels": "The {n} rows' correct classes (0–9, comma-separated)",
        "losses.row": "Prediction",
        "losses.label_short": "Answer",
        "losses.batch_mean": "The batch's cross-entropy error is the mean of the four rows: **{value}**.",
        "losses.keras_title": "Which loss for which task? (Keras' names)",
        "losses.task": "Task",
        "losses.output_layer": "Output layer",
        "losses.keras_name": "Keras loss",
        "losses.target_form": "Answers look like",
        "losses.task.multiclass_one_hot": "multi-class (one-hot answers)",
        "losses.task.multiclass_labels": "multi-class (class numbers)",
        "losses.task.binary": "binary classification",
        "losses.task.regression": "regression",
        "losses.target.one-hot": "one-hot vector [0, 0, 1, 0, …]",
        "losses.target.label": "class number 2",
        "losses.target.0/1": "0 or 1",
        "losses.target.number": "a real number",
        "losses.keras_note": (
            "categorical_crossentropy and sparse_categorical_crossentropy are the same cross-entropy; they differ only "
            "in whether the answers come one-hot or as class numbers. If you made one-hot labels for MNIST with "
            "to_categorical, use the first; if you keep the labels as they are, use the second."
        ),
        "losses.try1": "Click 'Book: 0.6 on 2' and 'Book: 0.6 on 7' in turn: the book's 0.0975 and 0.5975, 0.5108 and 2.3026 appear.",
        "losses.try2": "Lower the correct class's probability to 0. Cross-entropy shoots up to 16.12; the sum of squares stays below 1.",
        "losses.try3": "With 'All 0.1', change the correct class: the cross-entropy stays at −log(0.1) = 2.3026. Why?",
        "losses.try4": "Change the batch's answers to 7, 7, 7, 7. Which row's loss falls the most?",
    },
}

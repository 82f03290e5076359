"""Strings of the page "Keras recipes"."""

STRINGS = {
    "ko": {
        "keras_recipes.title": "Keras 레시피",
        "keras_recipes.oneliner": "강의의 Keras 예제 세 가지: 샘플 하나의 소프트맥스, ReLU 은닉층 두 개, 입력 스케일링을 비교하는 회귀",
        "keras_recipes.intro": (
            "강의에서 Keras로 작성한 작은 예제 세 가지를 그대로 실행합니다. 모델은 `keras.Sequential`로 만들고, "
            "`compile`로 옵티마이저와 손실 함수를 정한 뒤, `fit`으로 학습합니다. 버튼을 누르면 이 서버에서 Keras가 실제로 "
            "학습하고, `model.summary()` 출력과 에포크별 학습 곡선, 학습된 가중치를 보여 줍니다. 설정과 시드가 같으면 "
            "몇 번을 다시 학습해도 결과가 똑같습니다."
        ),
        "keras_recipes.loading": "Keras(TensorFlow)를 불러오는 중입니다. 처음 한 번만 몇 초 걸립니다.",
        "keras_recipes.press_train": "이 설정으로 학습한 결과가 아직 없습니다. 버튼을 누르면 Keras가 학습을 시작합니다.",
        "keras_recipes.settings_changed": (
            "마지막으로 학습한 뒤에 설정이 바뀌었습니다. 바뀐 설정으로 보려면 버튼을 눌러 다시 학습하세요. "
            "설정을 되돌리면 이전 결과가 다시 나타납니다."
        ),
        "keras_recipes.training": "Keras로 학습하는 중입니다…",
        "keras_recipes.code_title": "강의 코드 (이 페이지가 실제로 실행한 함수)",
        "keras_recipes.summary_title": "model.summary() 출력",
        "keras_recipes.epochs": "에포크 수",
        "keras_recipes.epoch": "에포크",
        "keras_recipes.batch": "배치 크기",
        "keras_recipes.lr_option.0.001": "0.001 (adam의 기본값)",
        "keras_recipes.lr_option.0.01": "0.01",
        "keras_recipes.lr_option.0.1": "0.1",
        "keras_recipes.diverged": (
            "{what}: {epoch}번째 에포크에서 손실이 NaN이나 무한대가 되어 학습을 멈췄습니다(발산). 학습률을 낮춘 뒤 다시 "
            "학습하세요."
        ),
        "keras_recipes.a_title": "(a) 샘플 하나를 소프트맥스 층에 통과시키기",
        "keras_recipes.a_intro": (
            "입력 x = [0.6, 0.9] 하나와 원-핫 정답 y = [0, 0, 1]로 `Dense(3, activation='softmax')` 층 하나를 "
            "학습합니다. 옵티마이저는 adam, 손실 함수는 범주형 교차 엔트로피(`categorical_crossentropy`)이고, 강의와 같이 "
            "30 에포크 동안 학습합니다. 매개변수는 가중치 2 × 3 = 6개와 편향 3개를 더해 모두 9개입니다. 학습이 진행될수록 "
            "정답인 클래스 2의 확률이 올라갑니다."
        ),
        "keras_recipes.train_a": "(a) 학습: {epochs} 에포크",
        "keras_recipes.b_title": "(b) ReLU 은닉층 두 개",
        "keras_recipes.b_intro": (
            "입력은 x = [0.7, 0.2], 정답은 y = [0, 1]입니다. `Dense(3, relu) → Dense(3, relu) → Dense(2, softmax)`로 "
            "은닉층 두 개를 쌓고, (a)와 같이 adam과 범주형 교차 엔트로피로 학습합니다. 두 은닉층의 뉴런 수(3개, 3개)는 "
            "강의 문제 57의 코드 그대로입니다. 매개변수는 (2 × 3 + 3) + (3 × 3 + 3) + (3 × 2 + 2) = 9 + 12 + 8 = 29개입니다."
        ),
        "keras_recipes.train_b": "(b) 학습: {epochs} 에포크",
        "keras_recipes.p_target": "정답 클래스 {k}의 확률 (학습 후)",
        "keras_recipes.loss_first_last": "마지막 손실 (첫 에포크 대비)",
        "keras_recipes.prob_sum": "소프트맥스 출력의 합",
        "keras_recipes.loss_check": (
            "첫 에포크의 손실은 {loss}입니다. 이 값은 학습 전 정답 클래스의 확률 {p}로 구한 교차 엔트로피, "
            "−log({p}) = {nll} 그대로입니다. 샘플이 하나뿐이라 첫 에포크의 손실은 가중치를 고치기 전에 계산되기 때문입니다."
        ),
        "keras_recipes.loss_curve": "에포크별 손실",
        "keras_recipes.acc_curve": "에포크별 정확도",
        "keras_recipes.accuracy_caption": (
            "정확도는 가장 큰 확률이 정답 클래스이기만 하면 1이라서, 처음부터 1일 수도 있습니다. 손실은 정답 확률이 "
            "얼마나 큰지까지 따지므로 학습하는 동안 계속 줄어듭니다."
        ),
        "keras_recipes.probs_title": "예측 확률과 정답",
        "keras_recipes.class": "클래스",
        "keras_recipes.probability": "확률",
        "keras_recipes.before": "학습 전",
        "keras_recipes.after": "학습 후",
        "keras_recipes.target": "정답 (원-핫)",
        "keras_recipes.change_toggle": "학습 전과의 차이 보기",
        "keras_recipes.weights_title": "학습된 가중치와 편향 (model.get_weights())",
        "keras_recipes.layer_title": "{k}층: Dense({units})",
        "keras_recipes.unit": "뉴런",
        "keras_recipes.value": "값",
        "keras_recipes.before_value": "학습 전 값",
        "keras_recipes.weights_caption": (
            "행은 층의 입력(x 또는 앞 층의 출력 h)이고 마지막 행 b는 편향, 열은 층의 뉴런입니다. 파란색은 양수, "
            "빨간색은 음수입니다. 칸에 마우스를 올리면 학습 전 값도 보입니다."
        ),
        "keras_recipes.change_caption": (
            "칸의 값은 학습 후 − 학습 전입니다. adam은 기울기의 크기와 상관없이 한 단계에 각 가중치를 학습률 정도만 움직입니다. 샘플이 하나라 에포크마다 "
            "한 단계이므로, 한 방향으로 계속 움직인 가중치는 {epochs} 에포크 × 학습률 {lr} ≈ {step}만큼 바뀝니다."
        ),
        "keras_recipes.hidden_title": "은닉층의 출력 (ReLU를 거친 값)",
        "keras_recipes.hidden_line": "은닉층 {k}: 학습 전 {before} → 학습 후 {after}",
        "keras_recipes.dead_relu": (
            "이 입력에서 은닉층 {k}의 ReLU가 모두 0을 냅니다. 그러면 그 앞의 가중치로는 기울기가 흐르지 않고, 그 뒤의 "
            "가중치에는 0만 들어오므로, 그 뒤에 있는 편향만 학습됩니다. 샘플이 하나라 편향만으로도 손실은 줄어들지만, "
            "이 신경망은 이제 입력이 무엇이든 똑같은 값을 예측합니다. 다른 시드를 골라 비교해 보세요."
        ),
        "keras_recipes.c_title": "(c) 입력 13개의 회귀: 원본, 최소-최대 정규화, 표준화 비교",
        "keras_recipes.c_intro": (
            "집값을 예측하는 회귀 모델 `Dense(64, relu) → Dense(32, relu) → Dense(1)`을 손실 함수 `mse`(평균 제곱 오차), "
            "평가 지표 `mae`(평균 절대 오차)로 학습합니다. 매개변수는 13 × 64 + 64 + 64 × 32 + 32 + 32 + 1 = 3009개입니다. "
            "특성마다 값의 범위가 크게 다르므로, 입력을 그대로 넣을 때와 최소-최대 정규화로 0과 1 사이에 맞출 때, 표준화로 "
            "평균 0·표준편차 1에 맞출 때를 같은 시드로 학습해 비교합니다. 정규화와 표준화의 기준값은 학습 데이터에서만 구해 "
            "테스트 데이터에도 그대로 씁니다. 끝으로 테스트 데이터에서 예측값과 실제값의 상관계수(`np.corrcoef`)를 구합니다."
        ),
        "keras_recipes.data_generated": (
            "`keras.datasets.boston_housing`은 처음 불러올 때 인터넷에서 파일을 내려받는데, 이 컴퓨터에는 내려받아 둔 "
            "파일이 없습니다. 그래서 지금 보이는 것은 **실제 보스턴 집값 데이터가 아닌** 생성 데이터입니다. 모양은 실제와 "
            "같게 학습 {train}행, 테스트 {test}행, 특성 13개로 만들었고, 특성의 범위도 실제처럼 0 또는 1인 열부터 수백 "
            "단위인 열까지 섞여 있습니다. 가격(천 달러 단위, 5에서 50 사이)은 정해 둔 비선형 식에 잡음을 더해 만들었습니다. "
            "`~/.keras/datasets/boston_housing.npz`에 실제 파일이 있으면 그 데이터를 씁니다."
        ),
        "keras_recipes.data_boston": (
            "`keras.datasets.boston_housing.load_data(seed=777)`로 불러온 실제 보스턴 집값 데이터입니다. 이 컴퓨터에 "
            "내려받아 둔 파일을 썼습니다. 강의처럼 시드 777로 섞어 나눈 학습 {train}행, 테스트 {test}행, 특성 13개입니다."
        ),
        "keras_recipes.ranges_title": "특성 13개의 범위 (학습 데이터)",
        "keras_recipes.feature": "특성",
        "keras_recipes.min": "최솟값",
        "keras_recipes.max": "최댓값",
        "keras_recipes.mean": "평균",
        "keras_recipes.std": "표준편차",
        "keras_recipes.scalings": "비교할 입력 스케일링",
        "keras_recipes.scaling.raw": "원본",
        "keras_recipes.scaling.minmax": "최소-최대 정규화",
        "keras_recipes.scaling.standard": "표준화",
        "keras_recipes.train_c": "(c) 학습: 스케일링 {n}가지",
        "keras_recipes.timing_note": (
            "기본값(100 에포크, 배치 크기 32)으로 세 가지를 모두 학습하면 2코어 컴퓨터에서 15초쯤 걸립니다(50 에포크면 약 9초). "
            "걸리는 시간은 에포크 수에 거의 비례합니다."
        ),
        "keras_recipes.no_scaling": "비교할 스케일링을 하나 이상 고르세요.",
        "keras_recipes.starting": "학습을 준비하는 중입니다…",
        "keras_recipes.progress": "{scaling}: {epoch}/{epochs} 에포크",
        "keras_recipes.trained_in": "학습에 걸린 시간: {seconds}초",
        "keras_recipes.constant_predictions": (
            "{scaling}: 예측값이 모두 같아서 상관계수를 정할 수 없습니다. ReLU가 모두 0이 되면 이렇게 됩니다. 다른 시드나 "
            "더 작은 학습률로 다시 학습해 보세요."
        ),
        "keras_recipes.compare_title": "스케일링별 테스트 성능",
        "keras_recipes.scaling_column": "입력 스케일링",
        "keras_recipes.test_mse": "테스트 MSE",
        "keras_recipes.test_mae": "테스트 MAE",
        "keras_recipes.corr": "상관계수 (예측 vs 실제)",
        "keras_recipes.best": (
            "테스트 MSE가 가장 작은 것은 {scaling}입니다(MSE {mse}, 상관계수 {corr}). 상관계수가 1에 가까울수록 예측이 "
            "실제 가격을 잘 따라갑니다."
        ),
        "keras_recipes.mse_curve": "에포크별 학습 손실 (MSE, 로그 눈금)",
        "keras_recipes.mae_curve": "에포크별 학습 MAE",
        "keras_recipes.scatter_title": "{scaling}: r = {corr}",
        "keras_recipes.actual": "실제 가격 (천 달러)",
        "keras_recipes.predicted": "예측 가격 (천 달러)",
        "keras_recipes.try1": (
            "(a)에서 에포크 수를 30에서 300으로 늘려 보세요. 정답 클래스의 확률이 0.43에서 0.73까지 오르고 손실은 0.84에서 "
            "0.31로 내려갑니다. 학습률을 0.01로 올리면 30 에포크만으로도 0.75에 이릅니다."
        ),
        "keras_recipes.try2": (
            "(a)를 학습한 뒤 ‘학습 전과의 차이 보기’를 켜 보세요. 학습률 0.001로 30 에포크를 학습하면 거의 모든 가중치가 "
            "0.03 가까이 움직입니다. adam의 한 걸음은 기울기의 크기가 아니라 학습률이 정합니다."
        ),
        "keras_recipes.try3": (
            "(b)에서 시드를 0으로 바꿔 학습해 보세요. 두 번째 은닉층의 ReLU가 모두 0을 내서 출력이 [0.5, 0.5]에서 "
            "시작하고, 출력층의 편향만 학습됩니다. 시드 1과 손실 곡선을 비교해 보세요."
        ),
        "keras_recipes.try4": (
            "(c)에서 세 가지 스케일링을 한꺼번에 학습하세요. 원본 입력은 TAX처럼 수백 단위인 특성이 학습을 좌우해서 "
            "상관계수가 가장 낮고, 표준화가 가장 잘 맞습니다. 에포크를 150으로 늘리면 차이가 줄어드나요?"
        ),
    },
    "en": {
        "keras_recipes.title": "Keras recipes",
        "keras_recipes.oneliner": "The course's three Keras examples: softmax on one sample, two hidden ReLU layers, "
                                  "and a regression comparing input scalings",
        "keras_recipes.intro": (
            "Three small examples from the course, run as written in Keras: the model is built with `keras.Sequential`, "
            "`compile` chooses the optimizer and the loss, and `fit` trains it. Each button trains for real with Keras on "
            "this server and shows `model.summary()`, the training curve per epoch and the learned weights. The same "
            "settings and seed always give the same result."
        ),
        "keras_recipes.loading": "Loading Keras (TensorFlow): a few seconds, the first time only.",
        "keras_recipes.press_train": "No run with these settings yet: press the button to train with Keras.",
        "keras_recipes.settings_changed": (
            "The settings changed since the last run: press the button to train with the new ones. Earlier runs come "
            "back when you set their settings again."
        ),
        "keras_recipes.training": "Training with Keras…",
        "keras_recipes.code_title": "The course's code (the function this page ran)",
        "keras_recipes.summary_title": "model.summary() output",
        "keras_recipes.epochs": "Epochs",
        "keras_recipes.epoch": "Epoch",
        "keras_recipes.batch": "Batch size",
        "keras_recipes.lr_option.0.001": "0.001 (adam's default)",
        "keras_recipes.lr_option.0.01": "0.01",
        "keras_recipes.lr_option.0.1": "0.1",
        "keras_recipes.diverged": (
            "{what}: at epoch {epoch} the loss became NaN or infinite, so training stopped (it diverged). Lower the "
            "learning rate and train again."
        ),
        "keras_recipes.a_title": "(a) One sample through a softmax layer",
        "keras_recipes.a_intro": (
            "One input x = [0.6, 0.9] with the one-hot target y = [0, 0, 1] trains a single "
            "`Dense(3, activation='softmax')` layer, with adam and categorical cross-entropy "
            "(`categorical_crossentropy`), for the course's 30 epochs. Its parameters are 2 × 3 = 6 weights and 3 biases, "
            "9 in all. As it learns, the probability of class 2, the correct one, rises."
        ),
        "keras_recipes.train_a": "Train (a): {epochs} epochs",
        "keras_recipes.b_title": "(b) Two hidden ReLU layers",
        "keras_recipes.b_intro": (
            "Input x = [0.7, 0.2], target y = [0, 1]. Two hidden layers, `Dense(3, relu) → Dense(3, relu) → "
            "Dense(2, softmax)`, trained with adam and categorical cross-entropy as in (a). The hidden sizes (3 and 3) "
            "are those of the course's problem 57. Parameters: (2 × 3 + 3) + (3 × 3 + 3) + (3 × 2 + 2) = 9 + 12 + 8 = 29."
        ),
        "keras_recipes.train_b": "Train (b): {epochs} epochs",
        "keras_recipes.p_target": "Correct class {k}: probability after",
        "keras_recipes.loss_first_last": "Loss at the last epoch (vs the first)",
        "keras_recipes.prob_sum": "Sum of the softmax outputs",
        "keras_recipes.loss_check": (
            "The first epoch's loss, {loss}, is the cross-entropy of the correct class's probability before training: "
            "−log({p}) = {nll}. With a single sample, the first epoch's loss is computed before the weights change."
        ),
        "keras_recipes.loss_curve": "Loss per epoch",
        "keras_recipes.acc_curve": "Accuracy per epoch",
        "keras_recipes.accuracy_caption": (
            "Accuracy is 1 as soon as the largest probability is the correct class's, so it may be 1 from the start. "
            "The loss also weighs how large the correct probability is, so it keeps falling while the model learns."
        ),
        "keras_recipes.probs_title": "Predicted probabilities and the target",
        "keras_recipes.class": "Class",
        "keras_recipes.probability": "Probability",
        "keras_recipes.before": "Before training",
        "keras_recipes.after": "After training",
        "keras_recipes.target": "Target (one-hot)",
        "keras_recipes.change_toggle": "Change since the start",
        "keras_recipes.weights_title": "Learned weights and biases (model.get_weights())",
        "keras_recipes.layer_title": "Layer {k}: Dense({units})",
        "keras_recipes.unit": "Neuron",
        "keras_recipes.value": "Value",
        "keras_recipes.before_value": "Before training",
        "keras_recipes.weights_caption": (
            "Rows are the layer's inputs (x, or h, the previous layer's outputs), the last row b holds the biases, and "
            "columns are the layer's units. Blue is positive, red negative. Hover a cell to see its value before "
            "training."
        ),
        "keras_recipes.change_caption": (
            "Each cell shows after − before. Whatever the size of the gradient, adam moves each weight by about the learning rate per step. One sample "
            "means one step per epoch, so a weight that keeps moving the same way changes by about "
            "{epochs} epochs × learning rate {lr} ≈ {step}."
        ),
        "keras_recipes.hidden_title": "Hidden layer outputs (after ReLU)",
        "keras_recipes.hidden_line": "Hidden layer {k}: {before} before training → {after} after",
        "keras_recipes.dead_relu": (
            "For this input every ReLU in hidden layer {k} outputs 0. No gradient flows back to the weights before it, "
            "and the weights after it only see zeros, so only the biases after it learn. With a single sample the biases "
            "alone still lower the loss, but the network now predicts the same for every input. Pick another seed to "
            "compare."
        ),
        "keras_recipes.c_title": "(c) Regression with 13 inputs: raw, min-max normalised and standardised",
        "keras_recipes.c_intro": (
            "A regression model for house prices, `Dense(64, relu) → Dense(32, relu) → Dense(1)`, trained with the loss "
            "`mse` (mean squared error) and the metric `mae` (mean absolute error). Parameters: "
            "13 × 64 + 64 + 64 × 32 + 32 + 32 + 1 = 3009. The features' ranges differ wildly, so the same model, from "
            "the same seed, learns from raw inputs, from inputs min-max normalised to 0..1, and from standardised inputs "
            "(mean 0, standard deviation 1). The scaling's statistics come from the training rows only and are applied "
            "unchanged to the test rows. Last, the correlation of predictions with actual test prices (`np.corrcoef`)."
        ),
        "keras_recipes.data_generated": (
            "`keras.datasets.boston_housing` downloads its file the first time, and this computer has no copy. So this is "
            "**not the real Boston housing data** but a generated set of the same shape: {train} training rows and "
            "{test} test rows with 13 features whose ranges mix, like the real ones, a 0/1 column with columns in the "
            "hundreds. The prices (thousands of dollars, 5 to 50) come from a fixed nonlinear formula plus noise. "
            "With the real file at `~/.keras/datasets/boston_housing.npz` the page uses it instead."
        ),
        "keras_recipes.data_boston": (
            "The real Boston housing data, loaded with `keras.datasets.boston_housing.load_data(seed=777)` from the copy "
            "cached on this computer and split as the course splits it: {train} training rows, {test} test rows, "
            "13 features."
        ),
        "keras_recipes.ranges_title": "The 13 features' ranges (training rows)",
        "keras_recipes.feature": "Feature",
        "keras_recipes.min": "Min",
        "keras_recipes.max": "Max",
        "keras_recipes.mean": "Mean",
        "keras_recipes.std": "Std",
        "keras_recipes.scalings": "Input scalings to compare",
        "keras_recipes.scaling.raw": "Raw",
        "keras_recipes.scaling.minmax": "Min-max",
        "keras_recipes.scaling.standard": "Standardised",
        "keras_recipes.train_c": "Train (c): {n} scalings",
        "keras_recipes.timing_note": (
            "With the defaults (100 epochs, batch size 32) all three take about 15 s on a 2-core machine (50 epochs: about 9 s), roughly in "
            "proportion to the epochs."
        ),
        "keras_recipes.no_scaling": "Pick at least one scaling to compare.",
        "keras_recipes.starting": "Getting ready to train…",
        "keras_recipes.progress": "{scaling}: epoch {epoch}/{epochs}",
        "keras_recipes.trained_in": "Training took {seconds} s",
        "keras_recipes.constant_predictions": (
            "{scaling}: every prediction is the same, so the correlation is undefined. This happens when all the ReLUs "
            "output 0: train again with another seed or a smaller learning rate."
        ),
        "keras_recipes.compare_title": "Test scores by scaling",
        "keras_recipes.scaling_column": "Input scaling",
        "keras_recipes.test_mse": "Test MSE",
        "keras_recipes.test_mae": "Test MAE",
        "keras_recipes.corr": "Correlation (predicted vs actual)",
        "keras_recipes.best": (
            "The smallest test MSE: {scaling} (MSE {mse}, correlation {corr}). The closer the correlation is to 1, the "
            "better the predictions follow the actual prices."
        ),
        "keras_recipes.mse_curve": "Training loss per epoch (MSE, log scale)",
        "keras_recipes.mae_curve": "Training MAE per epoch",
        "keras_recipes.scatter_title": "{scaling}: r = {corr}",
        "keras_recipes.actual": "Actual price (k$)",
        "keras_recipes.predicted": "Predicted price (k$)",
        "keras_recipes.try1": (
            "In (a), raise the epochs from 30 to 300: the correct class's probability climbs from 0.43 to 0.73 and the "
            "loss falls from 0.84 to 0.31. With the learning rate at 0.01, 30 epochs already reach 0.75."
        ),
        "keras_recipes.try2": (
            "Train (a), then switch on 'Change since the start': with learning rate 0.001 for 30 epochs, almost "
            "every weight moved by close to 0.03. Adam's step is set by the learning rate, not by the gradient's size."
        ),
        "keras_recipes.try3": (
            "In (b), set the seed to 0 and train: every ReLU of the second hidden layer outputs 0, the output starts at "
            "[0.5, 0.5], and only the output layer's biases learn. Compare its loss curve with seed 1's."
        ),
        "keras_recipes.try4": (
            "In (c), train all three scalings at once. On raw inputs, features in the hundreds such as TAX dominate and "
            "the correlation is the lowest; standardised inputs fit best. Do the gaps shrink at 150 epochs?"
        ),
    },
}

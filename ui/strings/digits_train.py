"""Strings of the page "Train your own"."""

STRINGS = {
    "ko": {
        "digits_train.title": "직접 학습시키기",
        "digits_train.oneliner": "강의의 Keras 코드를 한 단계씩 따라가며 MNIST 모델을 직접 학습시킵니다",
        "digits_train.intro": (
            "강의에서 본 순서 그대로입니다. 데이터를 불러오고, 255로 나누고, 정답을 원-핫 인코딩한 뒤, "
            "`Sequential` 모델을 만들어 `compile`, `fit`, `evaluate` 합니다. 은닉층, 에포크, 배치 크기, 옵티마이저를 "
            "바꿔 가며 학습시키면, 학습이 진행되는 동안 손실과 정확도 곡선이 그려집니다."
        ),
        "digits_train.samples": "학습에 쓸 숫자 수",
        "digits_train.samples_option.1000": "1,000장",
        "digits_train.samples_option.5000": "5,000장",
        "digits_train.samples_option.10000": "10,000장",
        "digits_train.samples_option.all": "전부",
        "digits_train.layers": "은닉층 수 (0이면 소프트맥스 회귀)",
        "digits_train.units": "은닉층 하나의 뉴런 수",
        "digits_train.epochs": "에포크 수 (epochs)",
        "digits_train.batch": "배치 크기 (batch_size)",
        "digits_train.optimizer": "옵티마이저 (optimizer)",
        "digits_train.steps_title": "에포크 한 번에 가중치를 몇 번 갱신할까?",
        "digits_train.steps_now": (
            "학습 데이터 {n:,}장을 배치 {batch}장씩 나누면 에포크 한 번에 **{steps:,}번** 갱신합니다 "
            "(⌈{n:,} / {batch}⌉, 마지막 배치는 더 작습니다). 에포크 {epochs}번이면 모두 **{total:,}번**입니다."
        ),
        "digits_train.steps_case": "강의 예: {n:,} / {batch} → {steps:,}번",
        "digits_train.pipeline_title": "강의 코드, 지금 설정 그대로",
        "digits_train.step.load": "데이터 불러오기",
        "digits_train.step.scale": "픽셀 값 0–255를 0–1로 바꾸기 (255로 나누기)",
        "digits_train.step.one_hot": "정답을 원-핫 벡터로 (to_categorical)",
        "digits_train.step.model": "모델 만들기 (Sequential)",
        "digits_train.step.compile": "손실 함수와 옵티마이저 정하기 (compile)",
        "digits_train.step.fit": "학습하기 (fit)",
        "digits_train.step.evaluate": "테스트 데이터로 평가하기 (evaluate)",
        "digits_train.train_button": "학습 시작: {n:,}장, 에포크 {epochs}번",
        "digits_train.starting": "TensorFlow를 불러오고 학습을 준비하는 중입니다…",
        "digits_train.progress": "에포크 {epoch}/{epochs}: 손실 {loss}, 정확도 {acc}",
        "digits_train.epoch": "에포크",
        "digits_train.loss": "손실 (교차 엔트로피)",
        "digits_train.accuracy": "정확도",
        "digits_train.data": "데이터",
        "digits_train.train": "학습 데이터",
        "digits_train.test": "테스트 데이터",
        "digits_train.result_title": "학습한 모델",
        "digits_train.press_train": (
            "왼쪽에서 설정을 고르고 학습 시작을 누르세요. 학습하는 동안 여기에 에포크마다 손실과 정확도 곡선이 그려집니다."
        ),
        "digits_train.setup": "은닉층 {hidden}, 에포크 {epochs}번, 배치 {batch}, {optimizer}, 학습 숫자 {samples:,}장",
        "digits_train.test_accuracy": "테스트 정확도 (evaluate)",
        "digits_train.use_it": "이 모델로 숫자 그려 보기",
        "digits_train.shipped_note": (
            "학습한 모델은 이 브라우저 세션이 끝날 때까지 ‘숫자 그리기’와 ‘테스트 데이터 살펴보기’에서 ‘직접 학습한 모델’로 "
            "고를 수 있습니다. 앱에 들어 있는 모델({models})은 바뀌지 않습니다."
        ),
        "digits_train.try1": "강의 설정(은닉층 1개, 뉴런 100개, 에포크 10번, 배치 100, adam)으로 학습시켜 보세요. keras.datasets의 6만 장 전체로 학습하면 테스트 정확도가 약 97.7%가 나옵니다. 숫자가 더 적은 폴더로 학습하면 더 낮습니다(1만 장이면 약 92%).",
        "digits_train.try2": "은닉층을 0개로 하면 소프트맥스 회귀가 됩니다. 정확도가 얼마나 떨어지나요?",
        "digits_train.try3": "옵티마이저를 sgd로 바꾸면 같은 에포크 수에서 손실이 얼마나 천천히 줄어드나요?",
        "digits_train.try4": "학습 숫자를 1,000장으로 줄이고 에포크를 30번으로 늘려 보세요. 학습 정확도와 테스트 정확도의 차이(과대적합)가 보이나요?",
    },
    "en": {
        "digits_train.title": "Train your own",
        "digits_train.oneliner": "Follow the course's Keras code step by step and train an MNIST model yourself",
        "digits_train.intro": (
            "The same steps as in the lecture: load the data, divide by 255, one-hot encode the labels, build a "
            "`Sequential` model, then `compile`, `fit` and `evaluate`. Choose the hidden layers, epochs, batch size and "
            "optimizer and train: the loss and accuracy curves are drawn while it learns."
        ),
        "digits_train.samples": "Training digits",
        "digits_train.samples_option.1000": "1,000",
        "digits_train.samples_option.5000": "5,000",
        "digits_train.samples_option.10000": "10,000",
        "digits_train.samples_option.all": "All",
        "digits_train.layers": "Hidden layers (0: softmax regression)",
        "digits_train.units": "Neurons per hidden layer",
        "digits_train.epochs": "Epochs",
        "digits_train.batch": "Batch size",
        "digits_train.optimizer": "Optimizer",
        "digits_train.steps_title": "How many weight updates in one epoch?",
        "digits_train.steps_now": (
            "{n:,} training digits in batches of {batch} make **{steps:,} updates** per epoch (⌈{n:,} / {batch}⌉; the "
            "last batch is smaller). {epochs} epochs make **{total:,}** in all."
        ),
        "digits_train.steps_case": "Course example: {n:,} / {batch} → {steps:,}",
        "digits_train.pipeline_title": "The course's code, with your settings",
        "digits_train.step.load": "Load the data",
        "digits_train.step.scale": "Pixels from 0-255 to 0-1 (divide by 255)",
        "digits_train.step.one_hot": "Labels as one-hot vectors (to_categorical)",
        "digits_train.step.model": "Build the model (Sequential)",
        "digits_train.step.compile": "Choose the loss and the optimizer (compile)",
        "digits_train.step.fit": "Train (fit)",
        "digits_train.step.evaluate": "Measure on the test data (evaluate)",
        "digits_train.train_button": "Train: {n:,} digits, {epochs} epochs",
        "digits_train.starting": "Loading TensorFlow and preparing the training…",
        "digits_train.progress": "Epoch {epoch}/{epochs}: loss {loss}, accuracy {acc}",
        "digits_train.epoch": "Epoch",
        "digits_train.loss": "Loss (cross-entropy)",
        "digits_train.accuracy": "Accuracy",
        "digits_train.data": "Data",
        "digits_train.train": "Training data",
        "digits_train.test": "Test data",
        "digits_train.result_title": "Your model",
        "digits_train.press_train": (
            "Choose the settings on the left and press Train. While it trains, the loss and accuracy curves grow here "
            "epoch by epoch."
        ),
        "digits_train.setup": "Hidden layers {hidden}, {epochs} epochs, batch {batch}, {optimizer}, {samples:,} training digits",
        "digits_train.test_accuracy": "Test accuracy (evaluate)",
        "digits_train.use_it": "Draw digits for this model",
        "digits_train.shipped_note": (
            "Until this browser session ends, your model can be chosen as 'Your trained model' on 'Draw a digit' and "
            "'Test-set explorer'. The models shipped with the app ({models}) stay as they are."
        ),
        "digits_train.try1": "Train with the course's settings (one hidden layer of 100, 10 epochs, batch 100, adam). On all 60,000 digits of keras.datasets the test accuracy is about 97.7%; a folder of fewer digits gives less (about 92% on 10,000).",
        "digits_train.try2": "Set the hidden layers to 0: that is softmax regression. How much accuracy is lost?",
        "digits_train.try3": "Switch the optimizer to sgd. How much more slowly does the loss fall over the same epochs?",
        "digits_train.try4": "Use 1,000 training digits and 30 epochs. Can you see the gap between training and test accuracy (overfitting)?",
    },
}

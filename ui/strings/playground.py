"""Strings of the page "Playground"."""

FEATURE_NAMES = {f"playground.feature.{code}": label for code, label in (  # the same in every language
    ("x1", "x₁"), ("x2", "x₂"), ("x1sq", "x₁²"), ("x2sq", "x₂²"), ("x1x2", "x₁·x₂"), ("sinx1", "sin x₁"),
    ("sinx2", "sin x₂"))}

STRINGS = {
    "ko": {
        **FEATURE_NAMES,
        "playground.title": "신경망 놀이터",
        "playground.oneliner": "TensorFlow Playground처럼 데이터와 신경망을 바꿔 가며 분류 학습을 실시간으로 봅니다",
        "playground.define": (
            "데이터는 **학습 데이터**와 **테스트 데이터**로 나눕니다. 가중치는 학습 데이터로만 고치고, 테스트 데이터로는 처음 보는 데이터에도 통하는지(일반화) 잽니다. 학습 데이터에서만 잘 "
            "맞고 테스트 데이터에서 틀리면 학습 데이터를 외운 것(과대적합)입니다."
        ),
        "playground.intro": (
            "TensorFlow Playground의 두 입력 분류 실험을 이 앱의 NumPy 신경망으로 그대로 해 볼 수 있습니다. 데이터, 입력 "
            "특성, 은닉층, 활성화 함수, 학습률, 배치 크기, L2 규제를 고른 뒤 ‘재생’을 누르세요. 여기에 더해 교차 엔트로피와 "
            "소프트맥스 출력, 세 개 이상의 클래스, 혼동 행렬, 발산 감지, 가중치와 Keras 코드 내보내기를 지원합니다."
        ),
        "playground.data_settings": "데이터 설정",
        "playground.training_settings": "학습 설정",
        "playground.dataset": "데이터 모양",
        "playground.dataset_name.xor": "XOR",
        "playground.dataset_name.circle": "원",
        "playground.dataset_name.gauss": "가우시안 2개",
        "playground.dataset_name.spiral": "나선",
        "playground.dataset_name.blobs": "덩어리 3~5개",
        "playground.classes": "클래스 수",
        "playground.noise": "잡음 (%)",
        "playground.train_ratio": "학습 데이터 비율 (%)",
        "playground.seed": "데이터 시드 (바꾸면 새 데이터)",
        "playground.features": "입력 특성",
        "playground.layers": "은닉층 수",
        "playground.neurons": "{i}층 뉴런 수",
        "playground.activation": "활성화 함수",
        "playground.output": "출력층 + 손실 함수",
        "playground.output_help": "BCE: 이진 교차 엔트로피 오차, CEE: 교차 엔트로피 오차, MSE: 평균 제곱 오차",
        "playground.output_name.sigmoid_bce": "시그모이드 + BCE",
        "playground.output_name.softmax_ce": "소프트맥스 + CEE",
        "playground.output_name.identity_mse": "항등 함수 + MSE",
        "playground.batch": "배치 크기",
        "playground.l2": "L2 규제(가중치 감소) 비율",
        "playground.softmax_needed": "클래스가 {classes}개이므로 출력층은 소프트맥스 + 교차 엔트로피 오차를 씁니다.",
        "playground.architecture": "구조: {sizes} · 매개변수 {params}개",
        "playground.train_loss": "학습 손실",
        "playground.test_loss": "테스트 손실",
        "playground.train_accuracy": "학습 정확도",
        "playground.test_accuracy": "테스트 정확도",
        "playground.surface_title": "결정 영역",
        "playground.surface_help": "속이 찬 점은 학습 데이터, 속이 빈 점은 테스트 데이터입니다. 배경은 신경망이 예측한 클래스의 색(점과 같은 색)이고, 진할수록 확신이 큽니다.",
        "playground.class": "클래스",
        "playground.loss_title": "손실의 변화",
        "playground.confusion_title": "테스트 데이터의 혼동 행렬 (행: 정답, 열: 예측)",
        "playground.true": "정답 {c}",
        "playground.pred": "예측 {c}",
        "playground.neurons_title": "은닉 뉴런이 입력 평면에서 계산하는 값 (주황: 양수, 파랑: 음수)",
        "playground.export_title": "내보내기: 가중치(JSON)와 같은 모델의 Keras 코드",
        "playground.download_json": "가중치 내려받기 (weights.json)",
        "playground.download_code": "Keras 코드 내려받기",
        "playground.try1": "‘원’ 데이터에서 은닉층을 0개로 하고 입력 특성에 x₁²과 x₂²을 더해 보세요. 은닉층 없이도 원을 나눌 수 있습니다.",
        "playground.try2": "‘나선’ 데이터는 은닉층 6개, 뉴런 8개로도 시간이 걸립니다. sin x₁, sin x₂ 특성을 더하면 어떻게 되나요?",
        "playground.try3": "학습 설정에서 출력층을 ‘항등 함수 + MSE’(평균 제곱 오차)로 바꾸고 학습률을 10으로 올려 ‘재생’을 누르면 손실이 폭발합니다. 페이지가 발산을 어떻게 알려 주는지 보세요.",
        "playground.try4": "잡음을 50%로, 학습 데이터 비율을 10%로 하고 오래 학습시키면 학습 손실과 테스트 손실이 벌어집니다(과대적합). L2 규제를 0.03으로 켜면 어떤가요?",
    },
    "en": {
        **FEATURE_NAMES,
        "playground.title": "Playground",
        "playground.oneliner": "TensorFlow Playground's classification experiments, with change-as-you-go data and networks",
        "playground.define": (
            "The data are split into **training data** and **test data**: the weights are changed with the training "
            "data only, and the test data, never seen in training, tell whether the network works on data it has not "
            "seen (generalisation). Right on the training data but wrong on the test data means it memorised the "
            "training data (overfitting)."
        ),
        "playground.intro": (
            "Run TensorFlow Playground's two-input classification experiments on this app's NumPy network. Choose "
            "the data, input features, hidden layers, activation, learning rate, batch size and regularisation, then "
            "press Play. Beyond Playground: cross-entropy and softmax outputs, more than two classes, a confusion matrix, "
            "divergence detection, and export of the weights and of equivalent Keras code."
        ),
        "playground.data_settings": "Data settings",
        "playground.training_settings": "Training settings",
        "playground.dataset": "Data set",
        "playground.dataset_name.xor": "XOR",
        "playground.dataset_name.circle": "Circle",
        "playground.dataset_name.gauss": "2 Gaussians",
        "playground.dataset_name.spiral": "Spiral",
        "playground.dataset_name.blobs": "3–5 blobs",
        "playground.classes": "Classes",
        "playground.noise": "Noise (%)",
        "playground.train_ratio": "Training data (%)",
        "playground.seed": "Data seed (change for new data)",
        "playground.features": "Input features",
        "playground.layers": "Hidden layers",
        "playground.neurons": "Neurons in layer {i}",
        "playground.activation": "Activation",
        "playground.output": "Output + loss",
        "playground.output_help": "BCE: binary cross-entropy, CE: cross-entropy, MSE: mean squared error",
        "playground.output_name.sigmoid_bce": "Sigmoid + BCE",
        "playground.output_name.softmax_ce": "Softmax + CE",
        "playground.output_name.identity_mse": "Identity + MSE",
        "playground.batch": "Batch size",
        "playground.l2": "L2 regularisation rate",
        "playground.softmax_needed": "With {classes} classes the output layer uses softmax + cross-entropy.",
        "playground.architecture": "Network: {sizes} · {params} parameters",
        "playground.train_loss": "Training loss",
        "playground.test_loss": "Test loss",
        "playground.train_accuracy": "Training accuracy",
        "playground.test_accuracy": "Test accuracy",
        "playground.surface_title": "Decision regions",
        "playground.surface_help": "Filled dots are training data, hollow rings test data. The background takes the colour of the predicted class (as the points), darker where the network is more confident.",
        "playground.class": "Class",
        "playground.loss_title": "Loss over time",
        "playground.confusion_title": "Confusion matrix on the test data (rows: true, columns: predicted)",
        "playground.true": "true {c}",
        "playground.pred": "predicted {c}",
        "playground.neurons_title": "What each hidden neuron computes over the input plane (orange: positive, blue: negative)",
        "playground.export_title": "Export: the weights (JSON) and Keras code for the same model",
        "playground.download_json": "Download the weights (weights.json)",
        "playground.download_code": "Download the Keras code",
        "playground.try1": "On 'Circle', set the hidden layers to 0 and add the features x₁² and x₂². The circle is separated without any hidden layer.",
        "playground.try2": "'Spiral' takes a while even with 6 hidden layers of 8 neurons. What do the features sin x₁ and sin x₂ change?",
        "playground.try3": "In the training settings, switch the output to 'Identity + MSE' (mean squared error), set the learning rate to 10 and press Play: the loss explodes. See how the page reports the divergence.",
        "playground.try4": "With 50% noise and 10% training data, train for long: training and test loss drift apart (overfitting). What does L2 regularisation at 0.03 do?",
    },
}

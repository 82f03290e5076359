"""Strings shared by the MNIST pages, and those of the page "Draw a digit"."""

DIGIT_SAMPLES = {f"digits.sample_name.{d}": str(d) for d in range(10)}  # the same in every language

STRINGS = {
    "ko": {
        **DIGIT_SAMPLES,
        "digits.model": "모델",
        "digits.model_name.mlp": "MLP (784-100-10)",
        "digits.model_name.cnn": "CNN (합성곱)",
        "digits.model_name.yours": "직접 학습한 모델",
        "digits.digit": "숫자",
        "digits.probability": "확률",
        "digits.probs_title": "숫자별 확률",
        "digits.probs_note": "빨강: 예측한 숫자",
        "digits.top3": "**1위 {first}** ({p1}) · 2위 {second} ({p2}) · 3위 {third} ({p3})",
        "digits.pixels_title": "모델이 받는 28×28",
        "digits.row": "행",
        "digits.col": "열",
        "digits.value": "밝기",
        "digits.no_data": (
            "MNIST 데이터를 불러오지 못했습니다. 인터넷에 한 번 연결해 Keras가 mnist.npz를 내려받게 하거나, "
            "MNIST IDX 파일(.gz)이 있는 폴더를 환경 변수 `NNX_MNIST_DIR`로 지정한 뒤 앱을 다시 실행하세요."
        ),
        "digits.no_data_detail": "자세한 내용: {detail}",
        "digits.try_again": "다시 불러오기",
        "digits.weights_missing": "{model}의 가중치를 읽을 수 없어 이 모델은 뺐습니다. 저장소 폴더에서 `make weights`를 실행해 다시 만드세요. 자세한 내용: {detail}",
        "digits.data_source": "데이터: 학습용 {train:,}장, 테스트용 {test:,}장 ({source})",
        "digits.source.folder": "폴더 {folder}",
        "digits.source.keras": "keras.datasets.mnist",
        "digits_draw.title": "숫자 그리기",
        "digits_draw.oneliner": "마우스로 숫자를 쓰면 신경망이 무엇을 보고 어떻게 판단하는지 바로 보여 줍니다",
        "digits_draw.intro": (
            "왼쪽 검은 캔버스에 0부터 9까지 숫자를 하나 써 보세요. 앱은 MNIST 숫자를 만들 때와 똑같이 글씨 부분만 "
            "잘라 내고, 긴 쪽이 20픽셀이 되도록 줄인 뒤, 무게중심이 28×28 이미지의 가운데에 오도록 옮깁니다. "
            "그 이미지를 신경망에 넣어 숫자마다 확률을 구하고, 가장 높은 숫자를 빨간 막대로 표시합니다."
        ),
        "digits.input": "입력 방법",
        "digits.input_mode.draw": "직접 그리기",
        "digits.input_mode.sample": "예시 숫자",
        "digits.brush": "붓 굵기 (픽셀)",
        "digits.canvas_help": "캔버스에 마우스를 올리면 위쪽에 도구 모음이 나타납니다. 되돌리기(Undo)와 모두 지우기(Reset) 버튼이 있습니다.",
        "digits.sample": "예시 숫자",
        "digits.sample_name.3_small_corner": "3: 왼쪽 위 구석에 작게",
        "digits.sample_name.7_wide": "7: 캔버스 가득 넓게",
        "digits.sample_name.1_thin": "1: 가는 붓으로",
        "digits.sample_name.1_small": "1: 작게, 굵은 획으로",
        "digits.sample_caption": "캔버스에 이렇게 그린 것과 같습니다",
        "digits.blank": "캔버스가 비어 있습니다. 숫자를 하나 그려 보세요. 그리는 대신 ‘예시 숫자’를 골라도 됩니다.",
        "digits.pixels_help": "캔버스 {size}×{size} 픽셀이 이 784개의 숫자(0은 검정, 1은 흰색)로 바뀌어 신경망에 들어갑니다.",
        "digits.prediction": "예측",
        "digits.confidence": "확신도 {p}",
        "digits.hidden_title": "은닉층 뉴런 {n}개 (ReLU)",
        "digits.unit": "뉴런",
        "digits.activation": "출력",
        "digits.hidden_help": (
            "칸 하나가 은닉층 뉴런 하나입니다. 진할수록 크게 반응한 뉴런이고, 흰 칸은 ReLU가 0으로 만든 뉴런입니다. "
            "다른 숫자를 그리면 반응하는 뉴런이 바뀝니다."
        ),
        "digits.squash_title": "흔한 실수와 비교: 캔버스 전체를 28×28로 줄이면",
        "digits.squash_result": "캔버스를 통째로 줄인 이미지의 예측: **{digit}** ({p})",
        "digits.squash_help": (
            "많은 데모가 캔버스 전체를 그대로 28×28로 줄입니다. 그러면 글씨가 작거나 한쪽에 치우쳤을 때 "
            "MNIST와 전혀 다른 이미지가 되어 자주 틀립니다. MNIST 숫자는 20×20 상자에 맞춰 크기를 정하고 무게중심을 "
            "가운데로 옮겨 만들었으므로, 그린 숫자도 같은 방법으로 준비해야 합니다."
        ),
        "digits.compare_keras": "Keras로 같은 계산 확인하기",
        "digits.compare_keras_help": "같은 가중치를 Keras 모델에 넣어 계산합니다. 처음 켤 때 TensorFlow를 불러오느라 몇 초 걸립니다.",
        "digits.loading_keras": "TensorFlow를 불러오는 중입니다…",
        "digits.keras_difference": (
            "이 앱은 그림마다 NumPy로 순전파를 계산합니다. 같은 가중치의 Keras 모델과 비교하면 가장 큰 차이가 "
            "{diff}입니다. float32 반올림 오차 수준이니 두 계산은 같은 결과입니다."
        ),
        "digits_draw.try1": "‘예시 숫자’에서 ‘3: 왼쪽 위 구석에 작게’를 고른 뒤 ‘흔한 실수와 비교’를 열어 보세요. 캔버스를 통째로 줄이면 숫자가 점처럼 작아져서 틀리지만, MNIST 방식으로 준비하면 맞힙니다.",
        "digits_draw.try2": "숫자 1을 세로로 곧게 그린 다음 위에 짧은 삐침을 더해 보세요. 7과 1의 확률이 어떻게 바뀌나요?",
        "digits_draw.try3": "붓 굵기를 6과 40으로 바꿔 같은 숫자를 그려 보세요. 28×28 이미지에서 획의 굵기는 얼마나 달라지나요?",
        "digits_draw.try4": "MLP와 CNN을 번갈아 고르며 4와 9, 3과 5처럼 헷갈리는 숫자를 그려 보세요. 어느 모델이 더 확신하나요?",
    },
    "en": {
        **DIGIT_SAMPLES,
        "digits.model": "Model",
        "digits.model_name.mlp": "MLP (784-100-10)",
        "digits.model_name.cnn": "CNN (convolutional)",
        "digits.model_name.yours": "Your trained model",
        "digits.digit": "Digit",
        "digits.probability": "Probability",
        "digits.probs_title": "Probabilities",
        "digits.probs_note": "red: the prediction",
        "digits.top3": "**1st {first}** ({p1}) · 2nd {second} ({p2}) · 3rd {third} ({p3})",
        "digits.pixels_title": "The model's 28×28",
        "digits.row": "Row",
        "digits.col": "Column",
        "digits.value": "Brightness",
        "digits.no_data": (
            "No MNIST data could be loaded. Connect to the internet once so Keras can download mnist.npz, or set the "
            "environment variable `NNX_MNIST_DIR` to a folder holding the MNIST IDX files (.gz) and restart the app."
        ),
        "digits.no_data_detail": "Details: {detail}",
        "digits.try_again": "Try again",
        "digits.weights_missing": "The weights of {model} cannot be read, so it is left out. Run `make weights` in the repository's folder to make them again. Details: {detail}",
        "digits.data_source": "Data: {train:,} training and {test:,} test digits ({source})",
        "digits.source.folder": "folder {folder}",
        "digits.source.keras": "keras.datasets.mnist",
        "digits_draw.title": "Draw a digit",
        "digits_draw.oneliner": "Write a digit with the mouse and see what the network sees and what it thinks",
        "digits_draw.intro": (
            "Write one digit, 0 to 9, on the black canvas. The app prepares it exactly as the MNIST digits were prepared: "
            "it crops the ink, scales it so the longer side is 20 pixels, and moves it so its centre of mass sits in the "
            "middle of a 28×28 image. The network then gives a probability for every digit; the highest is the red bar."
        ),
        "digits.input": "Input",
        "digits.input_mode.draw": "Draw",
        "digits.input_mode.sample": "Sample digit",
        "digits.brush": "Brush width (pixels)",
        "digits.canvas_help": "Point at the canvas and a toolbar appears above it, with Undo and Reset (clear everything).",
        "digits.sample": "Sample digit",
        "digits.sample_name.3_small_corner": "3: small, in the top-left corner",
        "digits.sample_name.7_wide": "7: filling the canvas",
        "digits.sample_name.1_thin": "1: with a thin brush",
        "digits.sample_name.1_small": "1: small, with a thick stroke",
        "digits.sample_caption": "The same as drawing this on the canvas",
        "digits.blank": "The canvas is empty. Draw a digit, or pick a sample digit instead.",
        "digits.pixels_help": "The {size}×{size} canvas becomes these 784 numbers (0 black, 1 white): the network's input.",
        "digits.prediction": "Prediction",
        "digits.confidence": "confidence {p}",
        "digits.hidden_title": "{n} hidden neurons (ReLU)",
        "digits.unit": "Neuron",
        "digits.activation": "Output",
        "digits.hidden_help": (
            "Each cell is one hidden neuron. The darker the cell, the stronger the neuron responds; white cells are "
            "neurons that ReLU set to 0. Draw another digit and different neurons light up."
        ),
        "digits.squash_title": "Compare with the usual mistake: shrinking the whole canvas to 28×28",
        "digits.squash_result": "Prediction for the whole canvas shrunk: **{digit}** ({p})",
        "digits.squash_help": (
            "Many demos shrink the whole canvas straight to 28×28. A small or off-centre digit then looks nothing like "
            "MNIST and is often misread. MNIST digits were sized to a 20×20 box and centred by their centre of mass, "
            "so a drawn digit has to be prepared the same way."
        ),
        "digits.compare_keras": "Check the same computation in Keras",
        "digits.compare_keras_help": "Runs the same weights in a Keras model. The first time takes a few seconds to load TensorFlow.",
        "digits.loading_keras": "Loading TensorFlow…",
        "digits.keras_difference": (
            "This app computes the forward pass in NumPy for every drawing. Against a Keras model holding the same "
            "weights, the largest difference is {diff}: float32 rounding, so the two give the same result."
        ),
        "digits_draw.try1": "Pick the sample '3: small, in the top-left corner' and open 'Compare with the usual mistake'. Shrinking the whole canvas turns the digit into a speck and the network gets it wrong; prepared the MNIST way it is read correctly.",
        "digits_draw.try2": "Draw a straight vertical 1, then add a short flag at its top. How do the probabilities of 7 and 1 change?",
        "digits_draw.try3": "Draw the same digit with brush width 6 and then 40. How different is the stroke in the 28×28 image?",
        "digits_draw.try4": "Switch between MLP and CNN and draw digits that are easy to confuse, like 4 and 9 or 3 and 5. Which model is more confident?",
    },
}

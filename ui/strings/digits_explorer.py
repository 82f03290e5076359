"""Strings of the page "Test-set explorer"."""

STRINGS = {
    "ko": {
        "digits.loading_data": "MNIST 데이터를 불러오는 중입니다…",
        "digits_explorer.title": "테스트 데이터 살펴보기",
        "digits_explorer.oneliner": "정확도, 혼동 행렬, 자신 있게 틀린 숫자: 모델이 어디서 틀리는지 봅니다",
        "digits_explorer.intro": (
            "학습에 쓰지 않은 테스트 숫자로 모델을 평가합니다. 정확도 하나만 보면 어디서 틀리는지 알 수 없으니, "
            "혼동 행렬에서 어떤 숫자를 어떤 숫자로 착각했는지 확인하고, 그 숫자들을 직접 눈으로 봅니다."
        ),
        "digits_explorer.accuracy": "테스트 정확도",
        "digits_explorer.right": "맞힌 숫자",
        "digits_explorer.wrong": "틀린 숫자",
        "digits_explorer.matrix_title": "혼동 행렬",
        "digits_explorer.matrix_chart": "행: 정답, 열: 예측",
        "digits_explorer.true": "정답",
        "digits_explorer.pred": "예측",
        "digits_explorer.count": "개수",
        "digits_explorer.matrix_help": (
            "대각선은 맞힌 개수, 나머지 칸은 틀린 개수입니다. 칸을 누르면 오른쪽에 그 숫자들이 나옵니다. "
            "선택한 칸은 빨간 테두리로 표시됩니다. 틀린 칸은 드물어도 눈에 띄도록 10배 진하게 칠했습니다."
        ),
        "digits_explorer.cell_count": "정답 **{true}** → 예측 **{pred}**: **{count}개**",
        "digits_explorer.mistakes_title": "가장 자신 있게 틀린 숫자",
        "digits_explorer.mistakes_help": "틀린 예측 가운데 확률이 가장 높았던 여섯 개입니다. 사람이 봐도 헷갈리는 글씨가 많습니다.",
        "digits_explorer.mistake": "**#{index}**: 정답 **{true}**, 예측 **{pred}** ({p})",
        "digits_explorer.gallery_title": "무작위로 고른 숫자",
        "digits_explorer.seed": "무작위 시드 (바꾸면 다른 숫자가 나옵니다)",
        "digits_explorer.gallery_help": "각 숫자 아래에 ‘정답 → 예측’을 적었습니다. ✓는 맞힌 것, ✗는 틀린 것입니다.",
        "digits_explorer.try1": "혼동 행렬에서 가장 진한 틀린 칸을 눌러 보세요. 4와 9, 7과 2처럼 모양이 비슷한 숫자끼리 헷갈리는 경우가 많습니다.",
        "digits_explorer.try2": "모델을 MLP에서 CNN으로 바꾸면 틀린 숫자가 몇 개 줄어드나요? 어떤 칸이 가장 많이 줄었나요?",
        "digits_explorer.try3": "‘가장 자신 있게 틀린 숫자’를 보고, 정답 레이블이 오히려 이상해 보이는 숫자가 있는지 찾아보세요.",
    },
    "en": {
        "digits.loading_data": "Loading the MNIST data…",
        "digits_explorer.title": "Test-set explorer",
        "digits_explorer.oneliner": "Accuracy, the confusion matrix and confident mistakes: where the model goes wrong",
        "digits_explorer.intro": (
            "The model is measured on test digits it never saw during training. Accuracy alone does not say where it "
            "goes wrong, so the confusion matrix shows which digit was taken for which, and you can look at those digits."
        ),
        "digits_explorer.accuracy": "Test accuracy",
        "digits_explorer.right": "Right",
        "digits_explorer.wrong": "Wrong",
        "digits_explorer.matrix_title": "Confusion matrix",
        "digits_explorer.matrix_chart": "Rows: true digit, columns: predicted",
        "digits_explorer.true": "True digit",
        "digits_explorer.pred": "Predicted",
        "digits_explorer.count": "Count",
        "digits_explorer.matrix_help": (
            "The diagonal counts the digits read correctly, every other cell the mistakes. Click a cell to see its "
            "digits on the right; the chosen cell has a red outline. Mistake cells are shaded ten times darker so that rare ones still show."
        ),
        "digits_explorer.cell_count": "True **{true}** → predicted **{pred}**: **{count}** digits",
        "digits_explorer.mistakes_title": "The most confident mistakes",
        "digits_explorer.mistakes_help": "The six wrong predictions made with the highest probability. Many would puzzle a person too.",
        "digits_explorer.mistake": "**#{index}**: true **{true}**, predicted **{pred}** ({p})",
        "digits_explorer.gallery_title": "A random gallery",
        "digits_explorer.seed": "Random seed (change it for other digits)",
        "digits_explorer.gallery_help": "Under each digit: true → predicted, ✓ when right and ✗ when wrong.",
        "digits_explorer.try1": "Click the darkest mistake cell in the confusion matrix. Digits that look alike, such as 4 and 9 or 7 and 2, are confused most often.",
        "digits_explorer.try2": "Switch the model from MLP to CNN. How many fewer mistakes are there, and which cell shrinks the most?",
        "digits_explorer.try3": "Look through the most confident mistakes: is there a digit whose label looks wrong to you?",
    },
}

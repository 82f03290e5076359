"""Strings of the page "Forward pass & shapes"."""

STRINGS = {
    "ko": {
        "shapes.title": "순전파와 배열의 형상",
        "shapes.oneliner": "X·W + B를 행렬 블록으로: 배치, 브로드캐스트, 형상 오류, 매개변수 개수",
        "shapes.intro": (
            "신경망의 한 층은 행렬 곱 하나와 덧셈 하나, **Y = X·W + B**입니다. 입력을 한 번에 여러 개(배치) 넣어도 "
            "식은 그대로이고 배열의 형상(shape)만 달라집니다. 형상을 맞추는 감각이 생기면 오류 메시지도 바로 읽힙니다."
        ),
        "shapes.layer_title": "한 층의 계산: X(b×m) · W(m×n) + B(n) = Y(b×n)",
        "shapes.layer_intro": (
            "b는 한 번에 넣는 데이터 수(배치 크기), m은 입력 수, n은 이 층의 뉴런 수입니다. "
            "X의 열 수와 W의 행 수가 같아야 곱할 수 있고, 결과 Y는 X의 행 수와 W의 열 수를 물려받습니다."
        ),
        "shapes.batch": "배치 크기 b",
        "shapes.inputs": "입력 수 m",
        "shapes.outputs": "뉴런 수 n",
        "shapes.mismatch_toggle": "틀린 W: m + 1행",
        "shapes.element": "원소",
        "shapes.shape": "형상",
        "shapes.mismatch_error": "X의 열 수는 {m}인데 W의 행 수가 {rows}라서 곱할 수 없습니다. 두 수가 같아야 합니다.",
        "shapes.broadcast": (
            "B는 형상이 ({n},)인 벡터 하나뿐인데도 {b}개 행 모두에 더해집니다. NumPy가 B를 행 수만큼 늘려서 "
            "계산하기 때문인데, 이를 **브로드캐스트**라고 합니다. 그림에서 흐리게 그린 칸이 늘어난 B입니다."
        ),
        "shapes.book_title": "책의 3층 신경망을 한 단계씩",
        "shapes.book_intro": (
            "입력 x = [1.0, 0.5]가 은닉층 두 개(뉴런 3개, 2개)를 거쳐 출력 2개가 되는 과정입니다. "
            "a는 가중합, z는 활성화 함수(시그모이드)를 통과한 값이고, 출력층은 항등 함수를 씁니다. "
            "마지막 y가 책의 결과 [0.3168, 0.6963]과 같은지 확인해 보세요."
        ),
        "shapes.step": "어디까지 계산할까요?",
        "shapes.col.name": "이름",
        "shapes.col.formula": "계산",
        "shapes.col.shape": "형상",
        "shapes.col.value": "값",
        "shapes.formula.x": "입력",
        "shapes.formula.a": "{prev}·W{i} + b{i} (가중합)",
        "shapes.formula.z": "sigmoid(a{i})",
        "shapes.formula.y": "identity_function(a3)",
        "shapes.book_weights": "책의 가중치와 편향 보기",
        "shapes.course_title": "강의 예제: x·W",
        "shapes.course_intro": (
            "편향 없이 입력 2개, 뉴런 3개인 층입니다. 출력 y_j는 입력과 W의 j번째 열을 곱해서 더한 값입니다. "
            "x를 바꿔서 계산을 따라가 보세요."
        ),
        "shapes.course_x": "x (숫자 2개)",
        "shapes.count_title": "매개변수 세기",
        "shapes.count_intro": (
            "층 크기를 입력층부터 차례로 적어 보세요. 이웃한 두 층의 뉴런은 모두 연결되므로 가중치는 n_in × n_out개, "
            "편향은 입력층을 뺀 뉴런마다 하나씩입니다. 3, 4, 5, 1이면 가중치 37개와 편향 10개로 모두 47개입니다."
        ),
        "shapes.sizes": "층 크기 (입력층부터, 쉼표로 구분)",
        "shapes.weights": "가중치",
        "shapes.biases": "편향",
        "shapes.total": "매개변수 합계",
        "shapes.col.layer": "층",
        "shapes.col.count": "개수",
        "shapes.layer": "층",
        "shapes.input_layer": "입력층",
        "shapes.hidden_layer": "은닉층 {i}",
        "shapes.output_layer": "출력층",
        "shapes.drawn_limit": "뉴런이 {n}개보다 많은 층은 {n}개만 그렸습니다. 실제 개수는 점 위에 마우스를 올리면 보입니다.",
        "shapes.tensor_title": "텐서: 차원 수(ndim)와 형상(shape)",
        "shapes.rank": "배열의 종류",
        "shapes.rank_name.scalar": "스칼라 (0차원)",
        "shapes.rank_name.vector": "벡터 (1차원)",
        "shapes.rank_name.matrix": "행렬 (2차원)",
        "shapes.rank_name.tensor3": "3차원 텐서",
        "shapes.reshape_intro": (
            "**reshape**는 원소 12개를 그대로 두고 형상만 바꿉니다. 한 자리에 −1을 쓰면 나머지에 맞춰 NumPy가 채웁니다. "
            "원소 수가 맞지 않으면 오류가 납니다."
        ),
        "shapes.reshape_to": "np.arange(12)를 바꿀 형상 (예: 3, -1)",
        "shapes.reshape_error": "원소 12개로는 {shape} 형상을 만들 수 없습니다.",
        "shapes.transpose": "**전치**(.T)는 행과 열을 바꿉니다. (3, 2) 행렬이 (2, 3)이 됩니다.",
        "shapes.try1": "배치 크기 b만 1에서 8로 바꿔 보세요. W와 B는 그대로이고 X와 Y의 행 수만 늘어납니다.",
        "shapes.try2": "‘틀린 W: m + 1행’을 켜고 오류 메시지의 두 숫자가 그림의 어느 변을 가리키는지 찾아보세요.",
        "shapes.try3": "층 크기에 784, 50, 100, 10을 넣으면 책의 MNIST 신경망입니다. 매개변수가 몇 개인가요?",
        "shapes.try4": "형상에 2, -1, 3과 5, -1을 차례로 넣어 보세요. 하나는 되고 하나는 왜 안 될까요?",
    },
    "en": {
        "shapes.title": "Forward pass & shapes",
        "shapes.oneliner": "X·W + B as blocks of matrices: batches, broadcasting, shape errors, parameter counts",
        "shapes.intro": (
            "A layer of a network is one matrix product and one addition: **Y = X·W + B**. Feeding several inputs at once "
            "(a batch) keeps the formula and changes only the arrays' shapes. Once shapes feel natural, error messages "
            "read themselves."
        ),
        "shapes.layer_title": "One layer: X(b×m) · W(m×n) + B(n) = Y(b×n)",
        "shapes.layer_intro": (
            "b is the number of inputs fed at once (the batch size), m the number of inputs, n the layer's neurons. "
            "X's column count must equal W's row count; Y takes X's rows and W's columns."
        ),
        "shapes.batch": "Batch size b",
        "shapes.inputs": "Inputs m",
        "shapes.outputs": "Neurons n",
        "shapes.mismatch_toggle": "Wrong W: m + 1 rows",
        "shapes.element": "Element",
        "shapes.shape": "Shape",
        "shapes.mismatch_error": "X has {m} columns but W has {rows} rows, so they cannot be multiplied: the two must be equal.",
        "shapes.broadcast": (
            "B is a single vector of shape ({n},), yet it is added to all {b} rows: NumPy stretches it over the rows. "
            "This is **broadcasting**; the pale cells in the picture are the stretched B."
        ),
        "shapes.book_title": "The book's 3-layer network, step by step",
        "shapes.book_intro": (
            "The input x = [1.0, 0.5] passes two hidden layers (3 and 2 neurons) to 2 outputs. a is a weighted sum, z its "
            "value after the activation function (sigmoid); the output layer uses the identity. Check that the final y "
            "is the book's [0.3168, 0.6963]."
        ),
        "shapes.step": "Compute up to",
        "shapes.col.name": "Name",
        "shapes.col.formula": "Computation",
        "shapes.col.shape": "Shape",
        "shapes.col.value": "Value",
        "shapes.formula.x": "input",
        "shapes.formula.a": "{prev}·W{i} + b{i} (weighted sum)",
        "shapes.formula.z": "sigmoid(a{i})",
        "shapes.formula.y": "identity_function(a3)",
        "shapes.book_weights": "Show the book's weights and biases",
        "shapes.course_title": "Course example: x·W",
        "shapes.course_intro": (
            "A layer with 2 inputs, 3 neurons and no bias. Output y_j multiplies the inputs with column j of W and adds "
            "them up. Change x and follow the arithmetic."
        ),
        "shapes.course_x": "x (two numbers)",
        "shapes.count_title": "Counting parameters",
        "shapes.count_intro": (
            "Type the layer sizes from the input layer on. Neighbouring layers are fully connected, so there are "
            "n_in × n_out weights, and one bias per neuron after the input layer. 3, 4, 5, 1 has 37 weights and "
            "10 biases: 47 in all."
        ),
        "shapes.sizes": "Layer sizes (input layer first, comma-separated)",
        "shapes.weights": "Weights",
        "shapes.biases": "Biases",
        "shapes.total": "Parameters in all",
        "shapes.col.layer": "Layer",
        "shapes.col.count": "Count",
        "shapes.layer": "Layer",
        "shapes.input_layer": "input",
        "shapes.hidden_layer": "hidden {i}",
        "shapes.output_layer": "output",
        "shapes.drawn_limit": "Layers of more than {n} neurons are drawn with {n}; hover over a neuron for the real size.",
        "shapes.tensor_title": "Tensors: number of dimensions (ndim) and shape",
        "shapes.rank": "Kind of array",
        "shapes.rank_name.scalar": "scalar (0-D)",
        "shapes.rank_name.vector": "vector (1-D)",
        "shapes.rank_name.matrix": "matrix (2-D)",
        "shapes.rank_name.tensor3": "3-D tensor",
        "shapes.reshape_intro": (
            "**reshape** keeps the 12 elements and changes only the shape. Write −1 in one place and NumPy works it out "
            "from the rest. If the element count does not fit, it is an error."
        ),
        "shapes.reshape_to": "New shape for np.arange(12) (e.g. 3, -1)",
        "shapes.reshape_error": "12 elements cannot make the shape {shape}.",
        "shapes.transpose": "**Transposing (.T)** swaps rows and columns: a (3, 2) matrix becomes (2, 3).",
        "shapes.try1": "Move only the batch size b from 1 to 8. W and B stay as they are; only X and Y gain rows.",
        "shapes.try2": "Switch on 'Wrong W: m + 1 rows' and find which edges of the picture the two numbers in the error are.",
        "shapes.try3": "Type 784, 50, 100, 10: the book's MNIST network. How many parameters does it have?",
        "shapes.try4": "Try the shapes 2, -1, 3 and then 5, -1. Why does one work and the other not?",
    },
}

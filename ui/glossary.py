"""The app's vocabulary: one Korean and one English term per concept, the course's where it has one,
each with the page that shows it, and the variants no string may use instead.

The terms and their one-line definitions are the i18n keys "glossary.<key>.term" and
"glossary.<key>.define". ko_avoid and en_avoid are regular expressions (English ones matched without
regard to case) that tests/test_glossary.py looks for in every string of that language.
"""
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    key: str
    page_id: str
    ko_avoid: tuple = ()
    en_avoid: tuple = ()
    shown: tuple = ()  # (ko, en): the shorter form the page uses, where it is not the whole term


GLOSSARY = (
    Term("perceptron", "perceptron"),
    Term("weight", "perceptron"),
    Term("bias", "perceptron", ko_avoid=("바이어스",)),
    Term("activation_function", "activations"),
    Term("step_function", "activations"),
    Term("sigmoid", "activations", shown=("시그모이드", "sigmoid")),
    Term("relu", "activations", ko_avoid=("렐루",), shown=("ReLU", "ReLU")),
    Term("softmax", "softmax"),
    Term("overflow", "softmax"),
    Term("underflow", "softmax"),
    Term("shape", "shapes"),
    Term("neuron", "shapes", ko_avoid=("유닛",),
         en_avoid=(r"\b(hidden|relu|dead) units?\b", r"\bunits? (of|in|per) (a |the )?hidden")),
    Term("hidden_layer", "xor", ko_avoid=("은닉 층",)),
    Term("loss_function", "losses"),
    Term("sse", "losses", en_avoid=("sum-of-squares",)),
    Term("cross_entropy", "losses", en_avoid=(r"cross entropy",)),
    Term("one_hot", "losses", ko_avoid=("원핫", "원 핫"), en_avoid=(r"one hot",), shown=("원-핫", "one-hot")),
    Term("label", "losses", ko_avoid=("라벨",)),
    Term("accuracy", "losses"),
    Term("numerical_differentiation", "derivatives"),
    Term("partial_derivative", "derivatives"),
    Term("gradient", "derivatives", ko_avoid=("그래디언트", "그라디언트")),
    Term("gradient_descent", "descent", ko_avoid=("경사하강법",)),
    Term("learning_rate", "descent", ko_avoid=("러닝 ?레이트",)),
    Term("hyperparameter", "descent", en_avoid=(r"hyper-parameter",)),
    Term("step", "descent", ko_avoid=("스텝",)),
    Term("divergence", "overshoot", shown=("발산", "diverge")),
    Term("backpropagation", "xor", en_avoid=(r"back-propagation",)),
    Term("initial_weights", "xor", ko_avoid=("초기값",)),
    Term("epoch", "playground", ko_avoid=("에폭",)),
    Term("training_data", "playground", ko_avoid=("훈련 데이터",), en_avoid=(r"\btraining sets?\b",)),
    Term("test_data", "playground", ko_avoid=("시험 데이터",), en_avoid=(r"\btest sets?\b",)),
    Term("regularization", "playground", ko_avoid=(r"L2 정규화", r"정규화 (비율|강도|계수)"), en_avoid=(r"regulariz",)),
    Term("optimizer", "playground", en_avoid=(r"optimiser",)),
    Term("noise", "overshoot", ko_avoid=("노이즈",)),
    Term("normalization", "overshoot", en_avoid=(r"normaliz",)),
    Term("standardization", "overshoot", en_avoid=(r"standardiz",)),
    Term("mini_batch", "minibatch", ko_avoid=("미니 배치",), en_avoid=(r"\bminibatch", r"mini batch")),
    Term("update", "minibatch", ko_avoid=("업데이트",)),
    Term("sgd", "playground"),
    Term("correlation", "csv_fit"),
    Term("feature", "keras_recipes", ko_avoid=("피처",)),
)


CODE = re.compile(r"`[^`]*`")  # code spans name functions and arguments, which keep their own spelling


def variants_in(text, lang):
    """[(term key, the ruled-out variant found), ...] in one string of language lang, outside `code`."""
    text = CODE.sub("", text)
    found = []
    for term in GLOSSARY:
        for pattern in term.ko_avoid if lang == "ko" else term.en_avoid:
            match = re.search(pattern, text, 0 if lang == "ko" else re.IGNORECASE)
            if match:
                found.append((term.key, match.group(0)))
    return found


def terms_of(page_id):
    return [term for term in GLOSSARY if term.page_id == page_id]

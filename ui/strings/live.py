"""Strings shared by the live-training pages (XOR, Playground, Regression with hidden layers)."""

STRINGS = {
    "ko": {
        "live.play": "재생",
        "live.step": "{n} 에포크 진행",
        "live.step_one": "1 에포크 진행",
        "replay.play": "재생",
        "replay.play_help": "계산해 둔 경로를 처음부터 한 단계씩 차례로 보여 줍니다. 끝나면 저절로 멈추고, 다시 켜면 처음부터 봅니다.",
        "replay.one_step": "한 단계",
        "replay.steps": "{n}단계 진행",
        "live.reset": "처음부터",
        "live.pause": "일시 정지",
        "live.finished": "에포크 {n}번까지 학습해서 멈췄습니다. 다시 보려면 ‘처음부터’를 누르세요.",
        "live.epoch": "에포크",
        "live.loss": "손실",
        "live.loss_log": "손실 (로그 눈금)",
        "live.accuracy": "정확도",
        "live.data": "데이터",
        "live.train": "학습 데이터",
        "live.test": "테스트 데이터",
        "live.optimizer": "옵티마이저",
        "live.opt.sgd": "SGD",
        "live.opt.momentum": "모멘텀",
        "live.opt.adam": "Adam",
        "live.lr": "학습률",
        "live.kind.batch": "한 번 갱신할 때 학습 데이터 {n}개를 모두 씁니다: (배치) 경사 하강법.",
        "live.kind.stochastic": "한 번 갱신할 때 학습 데이터 1개를 씁니다: 확률적 경사 하강법(SGD).",
        "live.kind.mini_batch": "한 번 갱신할 때 학습 데이터 {n}개 중 {size}개를 씁니다: 미니배치 경사 하강법.",
        "live.seed": "초깃값 시드",
        "live.opt_help": (
            "옵티마이저는 가중치를 고치는 규칙입니다. SGD는 가장 기본인 W ← W − η·∂L/∂W입니다(책의 SGD 클래스, Keras의 SGD). "
            "이름과 달리 ‘확률적’인지는 배치 크기가 정합니다. 데이터 전체로 한 번에 고치면 (배치) 경사 하강법, 데이터 하나씩이면 "
            "확률적 경사 하강법(SGD), 몇 개씩이면 미니배치 경사 하강법입니다. 모멘텀과 Adam은 이 규칙을 개선한 옵티마이저입니다."
        ),
        "live.act.sigmoid": "시그모이드",
        "live.act.tanh": "tanh",
        "live.act.relu": "ReLU",
        "live.act.linear": "없음 (선형)",
        "live.diverged": (
            "학습이 발산했습니다. {epoch}번째 에포크에서 손실이 무한대나 NaN이 되어 멈췄고, 마지막으로 유한했던 손실은 "
            "{loss}입니다. 학습률을 낮추거나 규제(가중치 감소)를 줄인 뒤 ‘처음부터’를 누르세요."
        ),
    },
    "en": {
        "live.play": "Play",
        "live.step": "Step {n} epochs",
        "live.step_one": "Step 1 epoch",
        "replay.play": "Play",
        "replay.play_help": "Replays the computed path from its start, one step at a time. It stops by itself at the end; switch it on again to replay from the start.",
        "replay.one_step": "One step",
        "replay.steps": "Step {n} steps",
        "live.reset": "Reset",
        "live.pause": "Pause",
        "live.finished": "Stopped after {n} epochs, the limit of this page. Press Reset to watch again.",
        "live.epoch": "Epoch",
        "live.loss": "Loss",
        "live.loss_log": "Loss (log scale)",
        "live.accuracy": "Accuracy",
        "live.data": "Data",
        "live.train": "Training data",
        "live.test": "Test data",
        "live.optimizer": "Optimizer",
        "live.opt.sgd": "SGD",
        "live.opt.momentum": "Momentum",
        "live.opt.adam": "Adam",
        "live.lr": "Learning rate",
        "live.kind.batch": "Every update uses all {n} training samples: (batch) gradient descent.",
        "live.kind.stochastic": "Every update uses 1 training sample: stochastic gradient descent (SGD).",
        "live.kind.mini_batch": "Every update uses {size} of the {n} training samples: mini-batch gradient descent.",
        "live.seed": "Initial weights seed",
        "live.opt_help": (
            "The optimizer is the rule that changes the weights. SGD is the plain rule W ← W − η·∂L/∂W (the book's SGD "
            "class, Keras' SGD). Whether descent is stochastic depends on the batch, not on this name: all the data "
            "at once is (batch) gradient descent, one sample at a time is stochastic gradient descent (SGD), a few "
            "at a time is mini-batch gradient descent. Momentum and Adam improve on the plain rule."
        ),
        "live.act.sigmoid": "Sigmoid",
        "live.act.tanh": "tanh",
        "live.act.relu": "ReLU",
        "live.act.linear": "None (linear)",
        "live.diverged": (
            "Training diverged: at epoch {epoch} the loss became infinite or NaN, so it stopped. The last finite loss "
            "was {loss}. Lower the learning rate or the regularisation rate, then press Reset."
        ),
    },
}

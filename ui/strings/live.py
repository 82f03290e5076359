"""Strings shared by the live-training pages (XOR, Playground)."""

STRINGS = {
    "ko": {
        "live.play": "재생 (학습 애니메이션)",
        "live.step": "{n} 에포크 진행",
        "live.step_one": "1 에포크 진행",
        "replay.play": "재생 (처음부터 차례로 보기)",
        "replay.one_step": "한 단계",
        "replay.steps": "{n}단계 진행",
        "live.reset": "처음부터",
        "live.epoch": "에포크",
        "live.loss": "손실",
        "live.loss_log": "손실 (로그 눈금)",
        "live.accuracy": "정확도",
        "live.data": "데이터",
        "live.train": "학습 데이터",
        "live.test": "테스트 데이터",
        "live.optimizer": "옵티마이저",
        "live.opt.sgd": "SGD (확률적 경사 하강법)",
        "live.opt.momentum": "모멘텀",
        "live.opt.adam": "Adam",
        "live.lr": "학습률",
        "live.seed": "초깃값 시드",
        "live.act.sigmoid": "시그모이드",
        "live.act.tanh": "tanh",
        "live.act.relu": "ReLU",
        "live.act.linear": "선형 (활성화 함수 없음)",
        "live.diverged": (
            "학습이 발산했습니다. {epoch}번째 에포크에서 손실이 무한대나 NaN이 되어 멈췄고, 마지막으로 유한했던 손실은 "
            "{loss}입니다. 학습률을 낮추거나 정규화 비율을 줄인 뒤 ‘처음부터’를 누르세요."
        ),
    },
    "en": {
        "live.play": "Play (animate training)",
        "live.step": "Step {n} epochs",
        "live.step_one": "Step 1 epoch",
        "replay.play": "Play (replay step by step)",
        "replay.one_step": "One step",
        "replay.steps": "Step {n} steps",
        "live.reset": "Reset",
        "live.epoch": "Epoch",
        "live.loss": "Loss",
        "live.loss_log": "Loss (log scale)",
        "live.accuracy": "Accuracy",
        "live.data": "Data",
        "live.train": "Training data",
        "live.test": "Test data",
        "live.optimizer": "Optimizer",
        "live.opt.sgd": "SGD (stochastic gradient descent)",
        "live.opt.momentum": "Momentum",
        "live.opt.adam": "Adam",
        "live.lr": "Learning rate",
        "live.seed": "Initial weights seed",
        "live.act.sigmoid": "Sigmoid",
        "live.act.tanh": "tanh",
        "live.act.relu": "ReLU",
        "live.act.linear": "Linear (no activation)",
        "live.diverged": (
            "Training diverged: at epoch {epoch} the loss became infinite or NaN, so it stopped. The last finite loss "
            "was {loss}. Lower the learning rate or the regularisation rate, then press Reset."
        ),
    },
}

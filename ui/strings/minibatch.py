"""Strings of the page "Mini-batch"."""

STRINGS = {
    "ko": {
        "minibatch.title": "미니배치",
        "minibatch.oneliner": "배치 크기 1, 미니배치, 전체 배치를 나란히 놓고 단계 수, 잡음, 학습률과의 관계를 비교합니다",
        "minibatch.intro": (
            "**에포크**(epoch)은 학습 데이터를 한 번씩 모두 사용하는 단위입니다. 한 에포크 동안 가중치를 몇 번 갱신하는지는 "
            "배치 크기에 따라 달라집니다. 배치 크기가 1이면 한 에포크는 작고 들쭉날쭉한 단계 n번이고, 전체 배치라면 "
            "정확한 단계 한 번뿐입니다. 아래에서는 같은 직선 데이터 y = b + w·x + 잡음을 세 가지 방식, 즉 배치 크기 1, "
            "직접 고르는 미니배치, 전체 배치로 동시에 학습합니다. 학습률과 에포크 수는 셋 모두 같습니다."
        ),
        "minibatch.update_rule": (
            "B는 갱신 한 번에 쓰는 m개의 행(미니배치)이고 η는 학습률입니다. n개의 데이터로 한 에포크를 돌면 "
            "갱신은 ⌈n / m⌉번 일어납니다."
        ),
        "minibatch.data_title": "데이터",
        "minibatch.more_settings": "데이터 · 에포크 · 추출",
        "minibatch.true_b": "실제 편향 b",
        "minibatch.true_w": "실제 가중치 w",
        "minibatch.scale": "x의 범위 s (x는 0부터 s까지)",
        "minibatch.noise": "잡음의 표준편차",
        "minibatch.points": "데이터 개수 n",
        "minibatch.data_seed": "데이터 시드",
        "minibatch.sorted": "x 순으로 정렬",
        "minibatch.sorted_help": (
            "실제 데이터 파일은 날짜나 클래스 순서로 정렬되어 있는 경우가 많습니다. 섞지 않고 잘라 쓰면 어떻게 되는지 "
            "확인해 보세요."
        ),
        "minibatch.training_title": "학습",
        "minibatch.batch": "미니배치 크기 m",
        "minibatch.epochs": "에포크 수",
        "minibatch.sampling": "배치를 고르는 방법",
        "minibatch.how.choice": "np.random.choice (책의 방식, 복원 추출)",
        "minibatch.how.shuffle": "에포크마다 섞은 뒤 잘라 쓰기 (Keras fit)",
        "minibatch.how.slice": "섞지 않고 순서대로 잘라 쓰기",
        "minibatch.sampling_seed": "배치 추출 시드",
        "minibatch.capped": "미니배치 크기({batch})가 데이터 개수({n})보다 커서 {n}으로 줄여 학습합니다.",
        "minibatch.run": "학습 방식",
        "minibatch.run.one": "배치 크기 1",
        "minibatch.run.mini": "미니배치",
        "minibatch.run.full": "전체 배치",
        "minibatch.play_hint": (
            "슬라이더를 움직이면 세 학습이 곧바로 끝까지 그려집니다. ‘재생’을 누르면 에포크 0부터 다시 시작해 세 학습이 "
            "프레임마다 0.1 에포크씩 나란히 진행되고, ‘1 에포크 진행’은 한 에포크씩 나아갑니다. ‘처음부터’는 에포크 0으로 "
            "되돌립니다."
        ),
        "minibatch.epoch_now": "지금 보이는 학습: **{total}에포크 중 {shown}에포크**",
        "minibatch.col.run": "학습 방식",
        "minibatch.col.batch": "배치 크기",
        "minibatch.col.per_epoch": "에포크당 갱신",
        "minibatch.col.updates": "지금까지 갱신",
        "minibatch.col.loss": "전체 데이터 손실",
        "minibatch.col.batch_loss": "마지막 에포크의 배치 손실 평균",
        "minibatch.batch_loss_help": (
            "Keras의 fit이 진행 막대에 보여 주는 값입니다. 에포크 동안 각 배치에서 잰 손실의 평균이므로, 에포크가 끝난 "
            "시점에 전체 데이터로 잰 손실과는 다릅니다."
        ),
        "minibatch.diverged": (
            "{run}: 학습이 발산했습니다. {step}번째 갱신(에포크 {epoch})에서 전체 데이터 손실이 무한대로 커져 "
            "멈췄고, 마지막으로 유한했던 손실은 {loss}입니다. 학습률을 낮춰 보세요."
        ),
        "minibatch.by_epoch_title": "에포크 기준 손실",
        "minibatch.by_step_title": "갱신(단계) 기준 손실",
        "minibatch.epoch_axis": "에포크",
        "minibatch.loss_log": "전체 데이터 손실 (로그 눈금)",
        "minibatch.updates_log": "갱신 횟수 (로그 눈금)",
        "minibatch.floor": "가장 낮은 손실 (최소제곱)",
        "minibatch.start": "시작점",
        "minibatch.now": "현재 위치",
        "minibatch.best": "최소점",
        "minibatch.marks_caption": "■ 시작점 (0, 0) · ● 현재 위치 · ✚ 최소점 (최소제곱 직선) · 회색 타원: 손실이 같은 곳을 이은 등고선",
        "minibatch.path_caption": "배치 크기 {size} · 에포크당 갱신 {per_epoch}번 · 지금까지 {steps}번",
        "minibatch.flip": (
            "**어느 쪽이 나아 보이는지는 무엇을 기준으로 보느냐에 달려 있습니다.** 에포크 기준으로 보면 배치 크기 1이 "
            "훨씬 앞섭니다. 한 에포크 동안 배치 크기 1은 n번 갱신하지만 전체 배치는 한 번만 갱신하기 때문입니다. "
            "갱신 횟수 기준으로 보면 전체 배치가 같거나 더 낫고 곡선도 매끄럽습니다. 매 단계가 모든 데이터를 쓰므로 "
            "골짜기를 따라 곧게 내려가지만, 배치 크기 1은 지그재그로 움직이며 최소점 근처를 계속 맴돕니다(등고선 그림). "
            "맴도는 폭은 학습률이 정합니다.\n\n"
            "한 에포크의 계산량(데이터 한 개당 기울기 n번)은 셋 모두 같습니다. 그런데 GPU는 128개짜리 배치를 1개짜리 "
            "배치와 거의 같은 시간에 계산합니다. 그래서 실제로는 32~256 정도의 미니배치를 씁니다. 에포크당 갱신 "
            "횟수가 충분히 많으면서, 한 번 한 번의 기울기는 데이터 1개로 구한 것보다 훨씬 덜 흔들리기 때문입니다."
        ),
        "minibatch.sampling_title": "배치는 어떻게 고를까: 무작위 추출과 잘라 쓰기",
        "minibatch.sampling_intro": (
            "책의 학습 루프는 반복할 때마다 `np.random.choice(train_size, batch_size)`로 행을 뽑습니다. 이 함수는 "
            "기본값이 복원 추출이어서, 한 ‘에포크’ 동안 어떤 행은 두 번 뽑히고 어떤 행은 한 번도 뽑히지 않습니다. "
            "Keras의 fit은 에포크마다 데이터를 섞은 뒤 앞에서부터 잘라 쓰므로 모든 행을 정확히 한 번씩 사용합니다. "
            "섞지 않고 순서대로 자르면 에포크마다 같은 배치가 같은 순서로 나옵니다. 아래 그림은 위 미니배치 학습의 "
            "첫 에포크에서 각 갱신이 어떤 행을 썼는지 보여 줍니다."
        ),
        "minibatch.code.choice": "책의 방식: 복원 추출",
        "minibatch.code.shuffle": "Keras fit(shuffle=True): 에포크마다 새로운 순서",
        "minibatch.code.slice": "데이터 순서 그대로, 에포크마다 같은 배치",
        "minibatch.usage_title": "첫 에포크에서 갱신마다 사용한 행",
        "minibatch.update": "갱신",
        "minibatch.updates_count": "갱신 횟수",
        "minibatch.row": "데이터 행 번호",
        "minibatch.times_used": "사용 횟수",
        "minibatch.usage_caption": "미니배치 크기 {size}, 첫 에포크의 갱신 {updates}번",
        "minibatch.never_used": "첫 에포크에 안 쓰인 행",
        "minibatch.used_twice": "두 번 이상 쓰인 행",
        "minibatch.about.choice": (
            "복원 추출로 n개를 뽑으면 평균적으로 약 37%(1/e)의 행이 한 번도 뽑히지 않습니다. 그래도 여러 에포크에 걸쳐 "
            "보면 모든 행이 고르게 쓰이므로 학습에는 큰 문제가 없습니다."
        ),
        "minibatch.about.shuffle": (
            "모든 행이 에포크마다 정확히 한 번씩 쓰이고, 순서는 에포크마다 바뀝니다. Keras fit의 기본 동작(shuffle=True)입니다."
        ),
        "minibatch.about.slice": (
            "모든 행이 한 번씩 쓰이지만 순서는 에포크마다 똑같습니다. 데이터가 정렬되어 있으면 한 에포크 안의 배치들이 "
            "한쪽으로 치우쳐 경로가 크게 흔들립니다. ‘x 순서로 정렬된 데이터’를 켜고 배치 크기 1의 경로를 보세요."
        ),
        "minibatch.choice_is_not_full": (
            "복원 추출에서는 미니배치 크기가 n = {n}이어도 전체 배치가 아닙니다. 첫 에포크에서 {never}개의 행이 "
            "빠졌습니다. 전체 배치와 똑같이 만들려면 섞어 자르기나 순서대로 자르기를 고르세요."
        ),
        "minibatch.grid_title": "학습률과 배치 크기는 함께 움직입니다",
        "minibatch.grid_intro": (
            "학습률과 배치 크기의 조합마다 같은 데이터로 {epochs}에포크 동안 학습한 뒤, 전체 데이터 손실이 가장 낮은 "
            "손실보다 얼마나 높은지 칸에 적었습니다. 값이 작을수록(밝은 색) 최소점에 가깝습니다. 주황색 테두리가 "
            "지금 설정입니다."
        ),
        "minibatch.grid_chart_title": "남은 손실: 최종 손실 − 가장 낮은 손실",
        "minibatch.excess": "남은 손실",
        "minibatch.diverged_cell": "발산",
        "minibatch.grid_caption": (
            "전체 배치는 학습률이 2/λ_max = {limit}보다 크면 발산합니다(λ_max는 손실 곡면의 가장 큰 곡률입니다). "
            "가장 낮은 손실, 즉 최소제곱 직선의 손실은 {floor}입니다."
        ),
        "minibatch.grid_explain": (
            "- **작은 배치에는 작은 학습률이 필요합니다.** 데이터 몇 개로 구한 기울기는 전체 기울기에 잡음이 섞인 "
            "값입니다. 학습률이 크면 이 잡음이 그대로 큰 걸음이 되므로, 전체 배치가 안정적으로 학습하는 학습률에서도 "
            "배치 크기 1은 크게 흔들리거나 발산합니다.\n"
            "- **잡음의 바닥은 학습률과 함께 내려갑니다.** 작은 배치로는 아무리 오래 학습해도 손실이 가장 낮은 손실보다 "
            "조금 위에서 맴돕니다. 학습률이 작을수록 맴도는 높이가 낮아집니다.\n"
            "- **큰 배치에는 큰 학습률이 어울립니다.** 같은 에포크 수라면 전체 배치는 갱신 횟수가 적어서, 학습률이 "
            "작으면 최소점까지 가지 못합니다. 그래서 좋은 칸이 표의 대각선을 따라 놓입니다. 배치를 키울 때 학습률도 "
            "함께 키우라는 경험 법칙이 여기서 나옵니다."
        ),
        "minibatch.calc_title": "에포크, 배치, 단계 계산기",
        "minibatch.calc_intro": (
            "MNIST로 `model.fit(x_train, y_train, epochs=10, batch_size=128)`을 실행하면 Keras의 진행 막대에 "
            "`469/469`가 보입니다. 이 469가 한 에포크 동안의 갱신(단계) 횟수입니다. 데이터 개수와 배치 크기를 "
            "직접 넣어 확인해 보세요."
        ),
        "minibatch.calc_samples": "학습 데이터 개수",
        "minibatch.calc_batch": "배치 크기",
        "minibatch.steps_per_epoch": "에포크당 단계",
        "minibatch.total_steps": "전체 갱신 횟수",
        "minibatch.last_batch": "마지막 배치의 크기",
        "minibatch.calc_rest": (
            "{samples}개를 {batch}개씩 나누면 꽉 찬 배치 {full}개와 남은 {last}개로 된 작은 배치 하나가 생깁니다. "
            "마지막 배치도 갱신 한 번이므로 에포크당 단계는 나눗셈을 올림한 {per_epoch}입니다."
        ),
        "minibatch.calc_even": "{samples}개를 {batch}개씩 나누면 정확히 {per_epoch}개의 배치가 됩니다. 에포크당 단계도 {per_epoch}입니다.",
        "minibatch.calc_one": (
            "배치 크기가 데이터 개수보다 작지 않으므로 한 에포크는 {samples}개 전체로 하는 갱신 한 번, 즉 전체 "
            "배치 학습입니다."
        ),
        "minibatch.calc_book": (
            "책의 학습 루프는 `iter_per_epoch = max(train_size / batch_size, 1)`로 올림 없이 나눕니다. 지금 설정이면 "
            "{book}이고, 책처럼 `iters_num = 10000`번 반복하면 약 {book_epochs}에포크입니다. 책의 설정인 60,000개, "
            "배치 크기 100이면 600입니다."
        ),
        "minibatch.try1": (
            "기본 설정에서 두 손실 그래프를 비교해 보세요. 에포크 기준으로는 배치 크기 1이 가장 빨리 내려가고, 갱신 "
            "기준으로는 전체 배치가 가장 매끄럽습니다. 에포크 수를 3으로 줄이면 전체 배치는 세 걸음밖에 가지 못했지만 "
            "배치 크기 1은 벌써 최소점 근처에 있습니다."
        ),
        "minibatch.try2": (
            "학습률을 0.4로 올려 보세요. 전체 배치는 여전히 안정적이지만 배치 크기 1의 경로는 최소점 주위를 넓게 "
            "맴돌고, 손실 곡선은 바닥선 위에서 출렁입니다. 0.02로 내리면 맴도는 폭이 줄어듭니다. 이번에는 x의 범위를 "
            "3으로, 학습률을 0.2로 해 보세요. 전체 배치는 한계(약 0.23) 아래라서 수렴하지만 배치 크기 1은 발산합니다."
        ),
        "minibatch.try3": (
            "‘섞지 않고 순서대로 잘라 쓰기’를 고르고 ‘x 순서로 정렬된 데이터’를 켜 보세요. 배치 크기 1의 손실이 에포크마다 "
            "똑같은 톱니 모양으로 오르내립니다. 경로가 최소점에 자리 잡지 못하고 같은 고리를 계속 도는 것입니다. 그다음 "
            "‘에포크마다 섞은 뒤 잘라 쓰기’로 바꾸면 톱니가 사라집니다."
        ),
        "minibatch.try4": (
            "계산기에 60000과 128을 넣으면 Keras가 보여 주는 469가 나옵니다. 배치 크기를 100(책)과 32(Keras 기본값)로 "
            "바꿔 600과 1875도 확인해 보세요. 위 그래프에서는 미니배치 크기를 데이터 개수와 같게 하고 섞어 자르기를 "
            "고르면 미니배치 학습이 전체 배치 학습과 똑같아집니다."
        ),
    },
    "en": {
        "minibatch.title": "Mini-batch",
        "minibatch.oneliner": "Batch size 1, a mini-batch and the full batch side by side: updates, noise and the learning rate",
        "minibatch.intro": (
            "An **epoch** means every training row has been used once. How many weight updates that takes depends on "
            "the batch size: with batch size 1 an epoch is n small, noisy steps; with the full batch it is one exact "
            "step. Below, the same line y = b + w·x + noise is fitted three ways at once, with batch size 1, with a "
            "mini-batch whose size you choose, and with the full batch, all with the same learning rate and the same "
            "number of epochs."
        ),
        "minibatch.update_rule": (
            "B is the batch of m rows one update uses and η the learning rate. One epoch over n rows makes ⌈n / m⌉ "
            "updates."
        ),
        "minibatch.data_title": "Data",
        "minibatch.more_settings": "Data, epochs, sampling",
        "minibatch.true_b": "True bias b",
        "minibatch.true_w": "True weight w",
        "minibatch.scale": "x range s (x from 0 to s)",
        "minibatch.noise": "Noise (standard deviation)",
        "minibatch.points": "Number of points n",
        "minibatch.data_seed": "Data seed",
        "minibatch.sorted": "Sorted by x",
        "minibatch.sorted_help": (
            "Real data files often come sorted, by date or by class. See what slicing without shuffling does then."
        ),
        "minibatch.training_title": "Training",
        "minibatch.batch": "Mini-batch size m",
        "minibatch.epochs": "Epochs",
        "minibatch.sampling": "How batches are picked",
        "minibatch.how.choice": "np.random.choice (the book, with replacement)",
        "minibatch.how.shuffle": "Shuffle each epoch, then slice (Keras fit)",
        "minibatch.how.slice": "Slice in order, no shuffling",
        "minibatch.sampling_seed": "Sampling seed",
        "minibatch.capped": "The mini-batch size {batch} is larger than the {n} points, so batches of {n} are used.",
        "minibatch.run": "Run",
        "minibatch.run.one": "Batch size 1",
        "minibatch.run.mini": "Mini-batch",
        "minibatch.run.full": "Full batch",
        "minibatch.play_hint": (
            "Every slider redraws the three runs to the end at once. Play replays them from epoch 0, side by side, "
            "a tenth of an epoch a frame; Step adds one epoch; Reset goes back to epoch 0."
        ),
        "minibatch.epoch_now": "Showing **epoch {shown} of {total}**",
        "minibatch.col.run": "Run",
        "minibatch.col.batch": "Batch size",
        "minibatch.col.per_epoch": "Updates per epoch",
        "minibatch.col.updates": "Updates so far",
        "minibatch.col.loss": "Loss on all data",
        "minibatch.col.batch_loss": "Mean batch loss, last epoch",
        "minibatch.batch_loss_help": (
            "What Keras fit prints on its progress bar: the mean of the losses measured on each batch during the "
            "epoch, not the loss on all data at the end of the epoch."
        ),
        "minibatch.diverged": (
            "{run}: training diverged. At update {step} (epoch {epoch}) the loss on all data blew up, so the run "
            "stopped; the last finite loss was {loss}. Lower the learning rate."
        ),
        "minibatch.by_epoch_title": "Loss against epochs",
        "minibatch.by_step_title": "Loss against updates (steps)",
        "minibatch.epoch_axis": "Epoch",
        "minibatch.loss_log": "Loss on all data (log scale)",
        "minibatch.updates_log": "Updates (log scale)",
        "minibatch.floor": "Lowest possible loss (least squares)",
        "minibatch.start": "Start",
        "minibatch.now": "Now",
        "minibatch.best": "Minimum",
        "minibatch.marks_caption": "■ start (0, 0) · ● where the run is now · ✚ minimum (the least-squares line) · grey ellipses: contour lines of equal loss",
        "minibatch.path_caption": "Batch size {size} · updates per epoch: {per_epoch} · so far: {steps}",
        "minibatch.flip": (
            "**Which one looks better depends on the clock.** Against epochs, batch size 1 is far ahead: in one "
            "epoch it makes n updates while the full batch makes one. Against updates, the full batch is as good or "
            "better, and smooth: every one of its steps used all the rows, so it walks straight down the valley, "
            "while batch size 1 zigzags and keeps wandering around the minimum (see the contours), at a distance "
            "set by the learning rate.\n\n"
            "An epoch costs the same work in all three runs (n per-row gradients), but a GPU computes a batch of 128 "
            "rows almost as fast as a batch of one. That is why mini-batches of 32 to 256 are the usual choice: "
            "plenty of updates per epoch, each far less noisy than a single row's gradient."
        ),
        "minibatch.sampling_title": "Picking the rows: random sampling against slicing",
        "minibatch.sampling_intro": (
            "The book's training loop picks rows with `np.random.choice(train_size, batch_size)` at every iteration. "
            "By default that samples with replacement, so within one \"epoch\" some rows are drawn twice and others "
            "never. Keras fit shuffles the data every epoch and then cuts it into consecutive slices, so every row is "
            "used exactly once. Slicing without shuffling gives the same batches in the same order every epoch. The "
            "picture shows which rows each update of the mini-batch run above used in its first epoch."
        ),
        "minibatch.code.choice": "the book: with replacement",
        "minibatch.code.shuffle": "Keras fit(shuffle=True): a new order every epoch",
        "minibatch.code.slice": "in the data's own order, the same batches every epoch",
        "minibatch.usage_title": "Rows used by each update in the first epoch",
        "minibatch.update": "Update",
        "minibatch.updates_count": "updates",
        "minibatch.row": "Row index",
        "minibatch.times_used": "Times used",
        "minibatch.usage_caption": "Mini-batch size {size}, {updates} updates in the first epoch",
        "minibatch.never_used": "Unused in epoch 1",
        "minibatch.used_twice": "Rows used twice or more",
        "minibatch.about.choice": (
            "Drawing n rows with replacement leaves about 37 % (1/e) of them out, on average. Over many epochs every "
            "row still gets its share, so training works fine."
        ),
        "minibatch.about.shuffle": (
            "Every row is used exactly once per epoch, in a new order each epoch: Keras fit's default (shuffle=True)."
        ),
        "minibatch.about.slice": (
            "Every row is used once, but in the same order every epoch. On sorted data the batches within an epoch "
            "are lopsided and the path swings in loops: turn on \"Data sorted by x\" and watch the batch-1 path."
        ),
        "minibatch.choice_is_not_full": (
            "With replacement, a batch of n = {n} rows is not the full batch: {never} rows were left out in the first "
            "epoch. Pick shuffle or slice to get exactly the full batch."
        ),
        "minibatch.grid_title": "Learning rate and batch size go together",
        "minibatch.grid_intro": (
            "Each cell trains on the same data for {epochs} epochs with one learning rate and one batch size, and "
            "shows how far the final loss on all data stays above the lowest possible loss. Smaller (lighter) is "
            "closer to the minimum. The orange frame marks the current setting."
        ),
        "minibatch.grid_chart_title": "Loss left: final loss − lowest possible loss",
        "minibatch.excess": "loss left",
        "minibatch.diverged_cell": "diverged",
        "minibatch.grid_caption": (
            "The full batch diverges above a learning rate of 2/λ_max = {limit} (λ_max: the loss bowl's largest "
            "curvature). The lowest possible loss, that of the least-squares line, is {floor}."
        ),
        "minibatch.grid_explain": (
            "- **A smaller batch needs a smaller learning rate.** A gradient computed on a few rows is the full "
            "gradient plus noise. A large learning rate turns that noise into large steps, so batch size 1 zigzags or "
            "diverges at learning rates where the full batch is perfectly stable.\n"
            "- **The noise floor shrinks with the learning rate.** Small batches never settle exactly: the loss keeps "
            "hovering a little above the lowest loss, and the smaller the learning rate, the lower that hover.\n"
            "- **A larger batch wants a larger learning rate.** In the same number of epochs the full batch makes few "
            "updates, so with a small learning rate it does not get there. The good cells lie along a diagonal: that "
            "is where the rule of thumb \"scale the learning rate with the batch size\" comes from."
        ),
        "minibatch.calc_title": "Epochs, batches and steps",
        "minibatch.calc_intro": (
            "Run `model.fit(x_train, y_train, epochs=10, batch_size=128)` on MNIST and Keras's progress bar shows "
            "`469/469`: 469 is the number of updates (steps) in one epoch. Type your own numbers."
        ),
        "minibatch.calc_samples": "Training samples",
        "minibatch.calc_batch": "Batch size",
        "minibatch.steps_per_epoch": "Steps per epoch",
        "minibatch.total_steps": "Updates in total",
        "minibatch.last_batch": "Size of the last batch",
        "minibatch.calc_rest": (
            "{samples} rows in batches of {batch} make {full} full batches and one last, smaller batch of {last} rows. "
            "The last batch is an update too, so an epoch has {per_epoch} steps: the division rounded up."
        ),
        "minibatch.calc_even": "{samples} rows in batches of {batch} make exactly {per_epoch} batches: {per_epoch} steps per epoch.",
        "minibatch.calc_one": (
            "The batch is at least as large as the data, so an epoch is a single update with all {samples} rows: "
            "full-batch training."
        ),
        "minibatch.calc_book": (
            "The book's loop uses `iter_per_epoch = max(train_size / batch_size, 1)`, a division without rounding up: "
            "{book} here, and the book's `iters_num = 10000` iterations make about {book_epochs} epochs. With the "
            "book's 60,000 rows and batch size 100 it is 600."
        ),
        "minibatch.try1": (
            "With the defaults, compare the two loss charts: against epochs batch size 1 drops fastest, against "
            "updates the full batch is smoothest. Set the epochs to 3: the full batch has taken three steps, while "
            "batch size 1 is already near the minimum."
        ),
        "minibatch.try2": (
            "Raise the learning rate to 0.4: the full batch is still fine, but the batch-1 path wanders widely around "
            "the minimum and its loss bounces above the floor. Lower it to 0.02 and the wandering shrinks. Now set the "
            "x range to 3 and the learning rate to 0.2: the full batch, below its limit of about 0.23, converges, "
            "while batch size 1 diverges."
        ),
        "minibatch.try3": (
            "Pick \"Slice in order\" and turn on \"Data sorted by x\": the batch-1 loss repeats the same saw-tooth "
            "every epoch, because its path runs the same loop again and again instead of settling. Switch to "
            "\"Shuffle each epoch\" and the saw-tooth disappears."
        ),
        "minibatch.try4": (
            "The calculator gives Keras's 469 for 60000 and 128. Try batch size 100 (the book) and 32 (Keras's "
            "default): 600 and 1875. Above, set the mini-batch size to the number of points and pick shuffle: the "
            "mini-batch run becomes identical to the full batch."
        ),
    },
}

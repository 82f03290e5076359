"""Challenges of the "regression" group's pages: "ch.<id>.goal", ".hint1", ".hint2", ".why" (and ".after")."""

STRINGS = {
    "ko": {
        "ch.overshoot.same_lr.goal": (
            "페이지가 처음 보여 주는 발산하는 실험(x는 [0, 10], 학습률 0.1)을 학습률과 s는 그대로 두고 수렴하게 만들어 보세요."
        ),
        "ch.overshoot.same_lr.hint1": (
            "학습률 자체가 큰 것이 아니라 그릇이 너무 가파른 것입니다. w 방향의 곡률은 x²에 비례해 커지는데, 이는 x를 "
            "모델에 어떤 모양으로 넣느냐에 달려 있습니다."
        ),
        "ch.overshoot.same_lr.hint2": (
            "입력 x의 전처리를 최소-최대나 표준화로 바꿔 보세요. x̃가 [0, 1] 안에 들어오거나 평균 0, 표준편차 1이 되면, "
            "학습률 슬라이더 아래의 안정적인 최대 학습률이 0.1보다 훨씬 커집니다."
        ),
        "ch.overshoot.same_lr.why": (
            "한 걸음이 최솟값을 지나치는지는 학습률 × 곡률로 정해집니다. 원래 x가 10까지 가면 가장 큰 곡률이 80쯤이어서 "
            "0.1 × 80 = 8 > 2로 발산합니다. x를 최소-최대 정규화하면 곡률이 3 아래로, 표준화하면 정확히 2로 줄어들어 "
            "같은 학습률이 한계 2 / 곡률보다 한참 작아집니다."
        ),
        "ch.overshoot.one_step.goal": "경사 하강법 단 한 걸음 만에 최솟값에 도착해 보세요(1단계의 손실이 최솟값의 1 % 안).",
        "ch.overshoot.one_step.hint1": (
            "그러려면 그릇이 모든 방향으로 똑같이 가팔라서 기울기가 최솟값을 똑바로 가리켜야 합니다. x를 표준화했을 때의 "
            "곡률을 보세요."
        ),
        "ch.overshoot.one_step.hint2": (
            "표준화하면 두 곡률이 모두 2입니다. 학습률 × 곡률 = 1일 때 학습률 × 기울기만큼의 걸음이 최솟값까지의 거리와 "
            "정확히 같아집니다."
        ),
        "ch.overshoot.one_step.why": (
            "표준화한 x(평균 0, 표준편차 1)에서는 헤세 행렬이 2·I, 즉 어느 방향으로나 곡률이 2인 둥근 그릇이고, 기울기 "
            "2·(θ − θ*)는 최솟값을 똑바로 가리킵니다. 학습률 1/2이면 정확히 θ − θ*만큼 움직여 첫 걸음에 도착합니다. "
            "길쭉한 그릇에서는 두 방향에 모두 맞는 학습률 하나가 없습니다."
        ),
        "ch.overshoot.lecture_edge.goal": (
            "원래 x와 학습률 0.1을 그대로 두고, x를 [0, 5] 또는 그보다 좁은 구간에서 뽑아도 발산하게 만들어 보세요."
        ),
        "ch.overshoot.lecture_edge.hint1": (
            "학습률 슬라이더 아래의 안정적인 최대 학습률이 0.1보다 작아지면 학습률 0.1은 발산합니다. s를 줄이면서 이 값을 "
            "지켜보세요."
        ),
        "ch.overshoot.lecture_edge.hint2": (
            "한계는 대략 3 / s²이라 s = 5 근처, 바로 강의의 설정에서 0.1을 지나갑니다. s = 5에서는 데이터 시드에 따라 "
            "발산하기도 하고 수렴하기도 합니다(시드 0은 발산합니다)."
        ),
        "ch.overshoot.lecture_edge.why": (
            "그릇의 가장 큰 곡률은 s²에 비례해 커지므로 안정적인 최대 학습률 2 / 곡률은 1 / s²처럼 줄어듭니다. 학습률 "
            "0.1의 경계는 s = 5 근처에 있고, 그래서 x를 [0, 5]에서 뽑는 강의의 실험은 뽑힌 점에 따라 발산하기도 하고 "
            "수렴하기도 합니다."
        ),
        "ch.minibatch.one_diverges.goal": "같은 학습률에서 전체 배치는 발산하지 않는데 배치 크기 1만 발산하게 만들어 보세요.",
        "ch.minibatch.one_diverges.hint1": (
            "데이터 1개로 구한 기울기는 그 데이터 하나의 그릇만 보는데, 그 그릇은 x가 클수록 가파릅니다. x의 범위를 "
            "넓히고 학습률을 올려 보세요."
        ),
        "ch.minibatch.one_diverges.hint2": (
            "x의 범위를 3으로 하면 전체 배치의 한계 2/λ_max(아래 표의 설명)가 약 0.23입니다. 그보다 조금 작은 0.2 같은 "
            "학습률은 x가 3에 가까운 데이터에는 너무 큽니다."
        ),
        "ch.minibatch.one_diverges.why": (
            "데이터 하나로 하는 갱신은 그 데이터의 그릇을 따라가고, 그 곡률 2·(1 + x²)은 x = 3이면 20입니다. 학습률 0.2는 "
            "x가 2보다 큰 데이터(약 3분의 1)에서 최솟값을 지나치고 점점 멀어집니다. 전체 배치는 평균 그릇의 가장 큰 곡률 "
            "약 8.7을 따르므로 0.2 × 8.7 < 2로 수렴합니다."
        ),
        "ch.minibatch.same_as_full.goal": "미니배치 학습이 전체 배치와 정확히 같은 경로를 따라가게 만들어 보세요.",
        "ch.minibatch.same_as_full.hint1": (
            "전체 배치는 갱신할 때마다 모든 행을 한 번씩 씁니다. 어떤 배치 크기와 어떤 추출 방법이면 똑같이 될까요?"
        ),
        "ch.minibatch.same_as_full.hint2": (
            "미니배치 크기를 데이터 개수와 같게 하고, 배치를 고르는 방법을 보세요. np.random.choice는 복원 추출입니다."
        ),
        "ch.minibatch.same_as_full.why": (
            "n개 전체를 섞거나 순서대로 잘라 한 배치로 쓰면, 매 갱신이 모든 행의 기울기를 한 번씩 평균하므로 전체 배치의 "
            "갱신과 똑같습니다. np.random.choice는 n개를 복원 추출하므로 약 37 %의 행이 빠지고 어떤 행은 두 번 쓰여 "
            "경로가 달라집니다."
        ),
        "ch.minibatch.noise_floor.goal": (
            "잡음의 표준편차를 0.5 이상으로 둔 채, 배치 크기 1 학습의 남은 손실(최종 손실 − 가장 낮은 손실)을 0.005 "
            "아래로 줄여 보세요."
        ),
        "ch.minibatch.noise_floor.hint1": (
            "배치 크기 1은 끝내 자리 잡지 못하고 최소점 주위를 맴돕니다. 맴도는 높이를 정하는 것은 무엇일까요?"
        ),
        "ch.minibatch.noise_floor.hint2": (
            "학습률을 낮춰 보세요. 아래 ‘남은 손실’ 표의 배치 크기 1 열에서 학습률별 결과를 볼 수 있습니다. 너무 작으면 "
            "20에포크 안에 도착하지도 못합니다."
        ),
        "ch.minibatch.noise_floor.why": (
            "데이터 하나로 구한 기울기는 전체 기울기에 잡음이 섞인 값이고, 학습률이 그 잡음을 걸음의 크기로 바꿉니다. "
            "그래서 최소점 위에서 맴도는 높이는 학습률과 함께 내려갑니다. 다만 작은 학습률은 느리게 움직이므로 갱신 "
            "횟수(여기서는 2,000번)가 충분할 때만 효과가 있습니다."
        ),
        "ch.hidden_regression.fast_bend.goal": "300 에포크 안에 포물선의 손실을 평평한 직선의 손실의 1 % 아래로 낮춰 보세요.",
        "ch.hidden_regression.fast_bend.hint1": (
            "기본 설정은 600 에포크쯤 되어야 여기까지 내려갑니다. 그 전까지는 평평한 직선의 손실 근처에 머뭅니다. "
            "신경망에게 휘어질 재료를 더 주세요."
        ),
        "ch.hidden_regression.fast_bend.hint2": (
            "은닉층의 뉴런을 8개로 늘리고 ‘재생’을 누른 뒤, 손실 곡선이 회색 점선에서 얼마나 빨리 떨어지는지 보세요."
        ),
        "ch.hidden_regression.fast_bend.why": (
            "포물선은 좌우 대칭이라 아직 거의 직선인 신경망에게는 평균값의 수평선이 최선이고, 그래서 손실이 평평한 직선의 "
            "손실에 머뭅니다. 여기서 벗어나려면 은닉층 뉴런들이 [0, 1] 곳곳에서 휘어져야 하는데, 뉴런이 많을수록 그렇게 "
            "시작할 방법이 많아 더 빨리 벗어납니다. 언제 벗어나는지는 초깃값 시드에도 달려 있습니다."
        ),
        "ch.hidden_regression.fast_bend.after": "‘재생’을 누르고 300 에포크쯤까지 학습시킨 뒤 ‘일시 정지’를 누르세요.",
        "ch.hidden_regression.dead_start.goal": (
            "ReLU 신경망의 은닉층 하나를 통째로 죽여 보세요. 모든 뉴런이 모든 데이터에서 0을 출력해야 합니다."
        ),
        "ch.hidden_regression.dead_start.hint1": (
            "편향은 0에서 시작하고 x는 음수가 아니므로 ReLU 뉴런의 출력은 max(0, w·x)입니다. 언제 모든 x에서 0이 될까요?"
        ),
        "ch.hidden_regression.dead_start.hint2": (
            "가중치가 음수로 시작한 뉴런은 죽어 있습니다. 뉴런 4개가 모두 음수로 시작하는 초깃값 시드를 찾아보세요"
            "(뉴런 수를 줄이면 더 쉽습니다)."
        ),
        "ch.hidden_regression.dead_start.why": (
            "편향이 0이고 x ≥ 0이면 가중치가 음수인 뉴런은 모든 데이터에서 max(0, w·x) = 0을 출력하고, 기울기도 0이라 "
            "가중치가 다시는 바뀌지 않습니다. 이것이 죽은 ReLU입니다. 한 층이 모두 죽으면 출력이 x와 상관없어져서 아무리 "
            "학습해도 예측이 수평선에 머뭅니다."
        ),
        "ch.hidden_regression.straight_stack.goal": (
            "변수(가중치와 편향)가 100개보다 많은데도 직선밖에 그리지 못하는 신경망을 만들어 보세요."
        ),
        "ch.hidden_regression.straight_stack.hint1": "신경망을 휘게 만드는 것은 크기가 아니라 활성화 함수입니다.",
        "ch.hidden_regression.straight_stack.hint2": (
            "활성화 함수를 ‘없음 (선형)’으로 하고 뉴런 8개짜리 은닉층을 3개 쌓아 보세요. 변수가 169개입니다."
        ),
        "ch.hidden_regression.straight_stack.why": (
            "활성화 함수가 없으면 층마다 선형이고, 선형 함수를 합성해도 선형입니다: W₂(W₁x + b₁) + b₂ = (W₂W₁)x + "
            "(W₂b₁ + b₂). 그래서 169개의 변수가 결국 직선 y = w·x + b의 숫자 2개로 합쳐집니다(입력이 3개면 평면). "
            "층이 곡선을 만들려면 비선형 활성화 함수가 있어야 합니다."
        ),
        "ch.csv_fit.book_updates.goal": (
            "책의 학습 루프(iters_num = 10000)처럼 가중치 갱신이 정확히 10,000번인 학습을 설정해 보세요."
        ),
        "ch.csv_fit.book_updates.hint1": (
            "그림 아래의 ‘에포크마다 가중치 갱신 횟수는 …’ 문장을 보세요. 한 에포크의 갱신 횟수는 학습 행 수 ÷ 배치 크기를 올림한 값입니다."
        ),
        "ch.csv_fit.book_updates.hint2": (
            "학습 700행에 100 에포크라면 한 에포크에 100번 갱신해야 합니다. 700행을 배치 100개로 나누는 배치 크기는 "
            "얼마일까요?"
        ),
        "ch.csv_fit.book_updates.why": (
            "Keras는 에포크를 세고 책은 갱신(반복) 횟수를 셉니다. 둘을 잇는 것이 배치 크기입니다: 갱신 횟수 = 에포크 수 × "
            "⌈학습 행 수 ÷ 배치 크기⌉, 예를 들어 100 × ⌈700 ÷ 7⌉ = 10,000. 배치를 키우고 에포크를 늘려도 같은 횟수를 "
            "만들 수 있는데, 그때는 갱신 한 번이 더 많은 행을 평균합니다."
        ),
        "ch.csv_fit.one_row_batch.goal": "에포크마다 마지막 미니배치에 행이 딱 1개만 남는 배치 크기를 골라 보세요.",
        "ch.csv_fit.one_row_batch.hint1": (
            "한 에포크의 행들은 꽉 찬 배치를 만들 수 있는 만큼 만들고, 남은 행이 마지막의 작은 배치 하나가 됩니다."
        ),
        "ch.csv_fit.one_row_batch.hint2": (
            "학습 행이 700개라면 배치 크기 × (꽉 찬 배치 수) = 699여야 합니다. 699 = 3 × 233입니다."
        ),
        "ch.csv_fit.one_row_batch.why": (
            "남은 행도 갱신 한 번을 만듭니다. 그래서 에포크당 갱신 횟수는 나눗셈을 올림한 값입니다(⌈700 ÷ 233⌉ = 4, "
            "마지막 배치는 1행). 이 마지막 갱신은 행 하나의 기울기를 따르므로 배치 크기 1만큼 들쭉날쭉합니다. Keras의 "
            "fit도 데이터 수가 배치 크기의 배수가 아니면 똑같이 합니다."
        ),
    },
    "en": {
        "ch.overshoot.same_lr.goal": (
            "Make the diverging run the page opens on (x from [0, 10], learning rate 0.1) converge without changing the "
            "learning rate or s."
        ),
        "ch.overshoot.same_lr.hint1": (
            "The learning rate is not too large in itself: the bowl is too steep. Its curvature along w grows with x², "
            "and that depends on how x is fed to the model."
        ),
        "ch.overshoot.same_lr.hint2": (
            "Switch the input scaling of x to min-max or standardise: with x̃ in [0, 1], or with mean 0 and standard "
            "deviation 1, the largest stable learning rate under the slider jumps far above 0.1."
        ),
        "ch.overshoot.same_lr.why": (
            "Whether a step overshoots depends on learning rate × curvature. With raw x up to 10 the largest curvature "
            "is about 80, and 0.1 × 80 = 8 > 2. Min-max normalisation brings it below 3 and standardisation to exactly "
            "2, so the same learning rate is now far below the limit 2 / curvature."
        ),
        "ch.overshoot.one_step.goal": (
            "Land on the minimum in a single gradient descent step (the loss at step 1 within 1 % of the minimum)."
        ),
        "ch.overshoot.one_step.hint1": (
            "That needs a bowl equally steep in every direction, so that the gradient points straight at the minimum: "
            "look at the curvatures with x standardised."
        ),
        "ch.overshoot.one_step.hint2": (
            "Standardised x makes both curvatures 2. A step of learning rate × gradient covers exactly the distance to "
            "the minimum when learning rate × curvature = 1."
        ),
        "ch.overshoot.one_step.why": (
            "With standardised x (mean 0, standard deviation 1) the Hessian is 2·I: a round bowl with curvature 2 in "
            "every direction, whose gradient 2·(θ − θ*) points straight at the minimum. Learning rate 1/2 moves by "
            "exactly θ − θ*, so the first step lands on it; on a stretched bowl no one learning rate fits both "
            "directions."
        ),
        "ch.overshoot.lecture_edge.goal": (
            "Keep raw x and learning rate 0.1, and make the run diverge with x drawn from [0, 5] or a narrower range."
        ),
        "ch.overshoot.lecture_edge.hint1": (
            "Learning rate 0.1 diverges once the largest stable learning rate under the slider drops below 0.1: watch "
            "it as you lower s."
        ),
        "ch.overshoot.lecture_edge.hint2": (
            "The limit is roughly 3 / s², so it crosses 0.1 near s = 5, the lecture's own setting. At s = 5 some data "
            "seeds diverge and others do not (seed 0 diverges)."
        ),
        "ch.overshoot.lecture_edge.why": (
            "The bowl's largest curvature grows with s², so the largest stable learning rate 2 / curvature shrinks like "
            "1 / s². For learning rate 0.1 the edge lies near s = 5: that is why the lecture's experiment with x in "
            "[0, 5] overshoots or not depending on the points drawn."
        ),
        "ch.minibatch.one_diverges.goal": (
            "Make batch size 1 diverge while the full batch, with the same learning rate, does not."
        ),
        "ch.minibatch.one_diverges.hint1": (
            "A gradient from one row sees only that row's bowl, and it is steeper where x is large: widen the x range "
            "and raise the learning rate."
        ),
        "ch.minibatch.one_diverges.hint2": (
            "With the x range at 3, the full batch's limit 2/λ_max (under the grid) is about 0.23. A learning rate a "
            "little below it, such as 0.2, is too much for the rows with x near 3."
        ),
        "ch.minibatch.one_diverges.why": (
            "An update on one row follows that row's own bowl, whose curvature 2·(1 + x²) is 20 at x = 3: learning rate "
            "0.2 overshoots on every row with x above 2 (about a third of them) and lands farther away each time. The "
            "full batch follows the average bowl, whose largest curvature is about 8.7, and 0.2 × 8.7 < 2."
        ),
        "ch.minibatch.same_as_full.goal": "Make the mini-batch run follow exactly the same path as the full batch.",
        "ch.minibatch.same_as_full.hint1": (
            "The full batch uses every row once in every update. Which batch size, and which way of picking the rows, "
            "does the same?"
        ),
        "ch.minibatch.same_as_full.hint2": (
            "Set the mini-batch size to the number of points, and look at how the rows are picked: np.random.choice "
            "draws with replacement."
        ),
        "ch.minibatch.same_as_full.why": (
            "A batch of all n rows, shuffled or sliced, averages every row's gradient once in each update: exactly the "
            "full batch's update. np.random.choice draws n rows with replacement, so about 37 % of the rows are left "
            "out and others count twice, and the path differs."
        ),
        "ch.minibatch.noise_floor.goal": (
            "With the noise at 0.5 or more, get the batch-size-1 run to end less than 0.005 above the lowest possible "
            "loss."
        ),
        "ch.minibatch.noise_floor.hint1": (
            "Batch size 1 never settles: it keeps hovering around the minimum. What sets the height of that hover?"
        ),
        "ch.minibatch.noise_floor.hint2": (
            "Lower the learning rate; the 'loss left' grid below shows batch size 1 at several rates. Too small, and it "
            "does not get there in 20 epochs either."
        ),
        "ch.minibatch.noise_floor.why": (
            "A gradient from one row is the full gradient plus noise, and the learning rate turns that noise into the "
            "step, so the run hovers above the minimum at a height that shrinks with the learning rate. A smaller rate "
            "also moves more slowly, so it pays only while there are enough updates (here 2,000) to get there."
        ),
        "ch.hidden_regression.fast_bend.goal": (
            "Fit the parabola with a loss below 1 % of the flat line's loss within 300 epochs."
        ),
        "ch.hidden_regression.fast_bend.hint1": (
            "With the defaults the loss gets there only after about 600 epochs; until then it sits near the flat line's "
            "loss. Give the network more to bend with."
        ),
        "ch.hidden_regression.fast_bend.hint2": (
            "Give the hidden layer 8 neurons, press Play, and watch how soon the loss curve leaves the grey dashed line."
        ),
        "ch.hidden_regression.fast_bend.why": (
            "The parabola is symmetric, so for a network that is still nearly straight the flat line at the mean is the "
            "best it can do: the loss sits on the flat line's. To leave it, hidden neurons must bend at different places "
            "in [0, 1], and more neurons give more ways to start doing so, so the network leaves the plateau sooner. "
            "When it does also depends on the initial weights (the seed)."
        ),
        "ch.hidden_regression.fast_bend.after": "Press Play, let it train to about epoch 300, then press Pause.",
        "ch.hidden_regression.dead_start.goal": (
            "Kill a whole hidden layer of a ReLU network: every one of its neurons outputs 0 for every data point."
        ),
        "ch.hidden_regression.dead_start.hint1": (
            "The biases start at 0 and x is never negative, so a ReLU neuron outputs max(0, w·x). When is that 0 for "
            "every x?"
        ),
        "ch.hidden_regression.dead_start.hint2": (
            "A neuron whose weight starts negative is dead. Look for an initial weights seed at which all four start "
            "negative (with fewer neurons it is easier)."
        ),
        "ch.hidden_regression.dead_start.why": (
            "With bias 0 and x ≥ 0, a neuron with a negative weight outputs max(0, w·x) = 0 for all the data, and its "
            "gradient is 0 too, so its weights never change again: a dead ReLU. When a whole layer is dead the output "
            "no longer depends on x, and the prediction stays a flat line however long it trains."
        ),
        "ch.hidden_regression.straight_stack.goal": (
            "Build a network with more than 100 weights and biases that can still draw nothing but a straight line."
        ),
        "ch.hidden_regression.straight_stack.hint1": "What lets a network bend is its activation function, not its size.",
        "ch.hidden_regression.straight_stack.hint2": (
            "Choose None (linear) as the activation and stack three hidden layers of 8 neurons: 169 parameters."
        ),
        "ch.hidden_regression.straight_stack.why": (
            "Without an activation function every layer is linear, and a linear function of a linear function is linear: "
            "W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂). So all 169 parameters collapse into the two numbers of one line "
            "y = w·x + b (a plane with three inputs); only a nonlinear activation lets the layers add bends."
        ),
        "ch.csv_fit.book_updates.goal": (
            "Set up a run of exactly 10,000 weight updates, as many as the book's training loop (iters_num = 10000)."
        ),
        "ch.csv_fit.book_updates.hint1": (
            "Read the sentence 'Weight updates per epoch: …' below the picture: an epoch makes training rows ÷ batch size, rounded up."
        ),
        "ch.csv_fit.book_updates.hint2": (
            "With 700 training rows and 100 epochs, an epoch must make 100 updates: which batch size cuts 700 rows into "
            "100 batches?"
        ),
        "ch.csv_fit.book_updates.why": (
            "Keras counts epochs, the book counts updates (iterations), and the batch size links them: updates = epochs × "
            "⌈training rows ÷ batch size⌉, for example 100 × ⌈700 ÷ 7⌉ = 10,000. Bigger batches and more epochs can make "
            "the same number of updates, each averaging more rows."
        ),
        "ch.csv_fit.one_row_batch.goal": "Choose a batch size that leaves a last mini-batch of a single row in every epoch.",
        "ch.csv_fit.one_row_batch.hint1": (
            "An epoch's rows fill as many full batches as they can; what is left over becomes one last, smaller batch."
        ),
        "ch.csv_fit.one_row_batch.hint2": (
            "With 700 training rows you need batch size × (number of full batches) = 699, and 699 = 3 × 233."
        ),
        "ch.csv_fit.one_row_batch.why": (
            "The leftover rows still make an update, which is why the updates per epoch are the division rounded up "
            "(⌈700 ÷ 233⌉ = 4, the last batch of 1 row). That last update follows a single row's gradient, as noisy as "
            "batch size 1; Keras's fit does the same when the rows are not a multiple of the batch size."
        ),
    },
}

"""Challenges of the "keras" group's pages: "ch.<id>.goal", ".hint1", ".hint2", ".why" (and ".after")."""

STRINGS = {
    "ko": {
        "ch.digits_draw.squash_other.goal": (
            "왼쪽 위 구석의 작은 3 말고, 신경망이 제대로 읽지만 캔버스를 통째로 줄이면 틀리는 예시 숫자를 하나 더 찾아보세요."
        ),
        "ch.digits_draw.squash_other.hint1": (
            "‘예시 숫자’를 고르고 ‘흔한 실수와 비교’를 연 뒤 예시를 하나씩 바꿔 보세요. 위쪽의 예측과 통째로 줄인 이미지의 "
            "예측을 비교합니다."
        ),
        "ch.digits_draw.squash_other.hint2": (
            "통째로 줄이면 숫자가 캔버스에 그려진 자리에 그대로 남습니다. 가운데에서 벗어난 예시, 예를 들어 오른쪽에 길게 "
            "그린 ‘1: 가는 붓으로’를 골라 보세요."
        ),
        "ch.digits_draw.squash_other.why": (
            "통째로 줄이면 1이 28×28 이미지의 가운데보다 8픽셀쯤 오른쪽에 남습니다. 신경망은 무게중심을 가운데로 옮긴 "
            "숫자로만 학습했고 가중치는 픽셀 자리마다 따로 정해져 있어서, 자리가 옮겨진 획은 다른 숫자를 가리키게 됩니다. "
            "MNIST 방식(글씨만 잘라 20×20 상자에 맞추고 무게중심을 가운데로)으로 준비하면 1이 1의 자리에 놓입니다."
        ),
        "ch.digits_draw.cnn_squashed.goal": "CNN으로 바꾸고, CNN도 캔버스를 통째로 줄인 이미지는 틀리게 읽는다는 것을 보여 주세요.",
        "ch.digits_draw.cnn_squashed.hint1": (
            "예시 숫자를 고르고 ‘흔한 실수와 비교’에서 통째로 줄인 이미지의 예측을 그려진 숫자와 비교해 보세요."
        ),
        "ch.digits_draw.cnn_squashed.hint2": "‘3: 왼쪽 위 구석에 작게’를 골라 보세요. 통째로 줄이면 몇 픽셀짜리 점이 됩니다.",
        "ch.digits_draw.cnn_squashed.why": (
            "CNN의 합성곱 필터는 이미지 전체를 훑지만, CNN도 높이 20픽셀쯤이고 가운데에 놓인 숫자로만 학습했습니다. "
            "통째로 줄인 작은 3은 왼쪽 위 구석에 있는 높이 9픽셀쯤의 점이라 CNN도 7로 읽습니다. 입력은 어떤 모델이든 "
            "학습 데이터를 준비한 방식 그대로 준비해야 합니다."
        ),
        "ch.digits_draw.mlp_wrong.goal": "예시 숫자 가운데 MLP는 틀리고 CNN은 맞히는 숫자를 찾아보세요.",
        "ch.digits_draw.mlp_wrong.hint1": (
            "‘예시 숫자’를 고르고 예시를 하나씩 바꾸면서 MLP와 CNN을 번갈아 골라 보세요. 예측이 그려진 숫자와 다른 경우를 "
            "찾습니다."
        ),
        "ch.digits_draw.mlp_wrong.hint2": (
            "작게 그린 예시를 보세요. 앱은 글씨를 20×20 상자 크기로 키우므로, 작게 그린 숫자는 획이 아주 굵어집니다. "
            "‘1: 작게, 굵은 획으로’를 골라 보세요."
        ),
        "ch.digits_draw.mlp_wrong.why": (
            "MLP는 784개 픽셀 하나하나에 따로 가중치를 곱해 더합니다. 이렇게 굵은 1은 학습 데이터의 8이 잉크를 칠하던 "
            "픽셀까지 덮어서 MLP는 8로 읽습니다. CNN의 3×3 합성곱 필터는 위치와 상관없이 작은 획과 모서리를 찾으므로, "
            "굵어도 세로 획은 여전히 1로 보입니다. 이미지에서 CNN이 더 정확한 이유입니다."
        ),
        "ch.digits_explorer.all_right.goal": "MLP로, 무작위로 고른 숫자 24개를 모두 맞히는 시드를 찾아보세요.",
        "ch.digits_explorer.all_right.hint1": "‘무작위로 고른 숫자’ 아래의 무작위 시드를 바꿔 가며 ✗ 표시를 세어 보세요.",
        "ch.digits_explorer.all_right.hint2": (
            "MLP는 테스트 숫자 25개 중 1개쯤 틀리므로, 24개를 고르면 평균 하나쯤 틀립니다. 시드를 몇 번만 바꿔도 하나도 "
            "틀리지 않은 경우가 나옵니다."
        ),
        "ch.digits_explorer.all_right.why": (
            "정확도가 96%쯤인 모델도 24개를 연달아 맞힐 확률이 3분의 1이 넘습니다(0.96²⁴ ≈ 0.38). 예시 몇 개로는 모델을 "
            "평가할 수 없고, 맨 위의 테스트 정확도처럼 테스트 데이터 전체로 재야 합니다."
        ),
        "ch.digits_explorer.cnn_worse.goal": "CNN으로 바꾸고, CNN이 MLP보다 더 자주 저지르는 실수를 찾아보세요.",
        "ch.digits_explorer.cnn_worse.hint1": (
            "혼동 행렬에서 대각선 밖의 칸을 고르고 개수를 본 뒤, 모델을 MLP로 바꿔 같은 칸의 개수와 비교해 보세요."
        ),
        "ch.digits_explorer.cnn_worse.hint2": (
            "CNN에서 진한 칸은 MLP에서 진한 칸과 다릅니다. CNN이 5를 3으로, 6을 8로 읽은 칸을 확인해 보세요."
        ),
        "ch.digits_explorer.cnn_worse.why": (
            "CNN은 전체로는 훨씬 적게 틀리지만 모든 종류의 실수가 줄지는 않습니다. 두 신경망은 같은 숫자에서 서로 다른 "
            "특징을 배웠기 때문에 틀리는 숫자도 다릅니다. 정확도 하나로는 이것이 보이지 않고, 혼동 행렬은 칸마다 보여 줍니다."
        ),
        "ch.digits_train.last_batch.goal": "에포크마다 마지막 배치가 다른 배치보다 작아지도록 배치 크기를 골라 보세요.",
        "ch.digits_train.last_batch.hint1": (
            "‘에포크 한 번에 가중치를 몇 번 갱신할까?’ 아래 문장을 보세요. 에포크 한 번의 갱신 횟수는 ⌈N / B⌉입니다."
        ),
        "ch.digits_train.last_batch.hint2": (
            "배치 크기로 학습 숫자 수가 나누어떨어지지 않으면 마지막 배치가 작아집니다. 강의의 다른 예인 128을 골라 보세요."
        ),
        "ch.digits_train.last_batch.why": (
            "fit은 학습 데이터를 B장씩 나누고, 남은 숫자로 작은 배치를 하나 더 만듭니다. 60,000 = 468 × 128 + 96이므로 "
            "에포크 한 번은 ⌈60,000 / 128⌉ = 469번 갱신이고, 마지막 갱신은 96장으로 합니다. Keras는 이것도 한 번의 "
            "갱신으로 셉니다."
        ),
        "ch.digits_train.few_updates.goal": (
            "에포크를 20번 이상으로 하면서, 가중치 갱신은 모두 합쳐 1,000번이 안 되는 학습을 설정해 보세요."
        ),
        "ch.digits_train.few_updates.hint1": (
            "전체 갱신 횟수는 에포크 수 × 에포크당 갱신 횟수이고, 에포크당 갱신은 ⌈N / B⌉번입니다. N을 줄이거나 B를 키워 "
            "보세요."
        ),
        "ch.digits_train.few_updates.hint2": (
            "학습 숫자 1,000장을 배치 64장씩 나누면 에포크당 16번, 에포크 30번이면 480번 갱신합니다."
        ),
        "ch.digits_train.few_updates.why": (
            "에포크는 학습 데이터를 한 바퀴 도는 것이지 정해진 양의 학습이 아닙니다. 데이터가 적거나 배치가 크면 에포크가 "
            "많아도 가중치 갱신은 적습니다. 학습을 비교할 때는 에포크 수와 함께 갱신 횟수도 보아야 합니다."
        ),
        "ch.digits_batch.small_gain.goal": "배치로 묶어도 4배보다 덜 빨라지는 모델을 찾아보세요.",
        "ch.digits_batch.small_gain.hint1": (
            "‘배치가 빠른 정도’는 한 장씩 할 때의 시간을 가장 빠른 배치의 시간으로 나눈 값입니다. 다른 모델을 골라 보세요."
        ),
        "ch.digits_batch.small_gain.hint2": (
            "배치는 한 장마다 드는 파이썬의 준비 비용을 아껴 줍니다. 그 비용이 전체 계산에서 작은 몫인 모델, CNN을 골라 "
            "보세요."
        ),
        "ch.digits_batch.small_gain.why": (
            "배치가 아껴 주는 것은 계산 자체가 아니라 부를 때마다 드는 비용, 곧 파이썬의 함수 호출과 작은 행렬 곱의 "
            "준비입니다. MLP는 한 장당 계산이 적어 그 비용이 시간의 대부분이라 배치로 크게 빨라집니다. CNN은 합성곱 때문에 "
            "한 장당 계산이 몇십 배 많고, 그 계산은 묶어도 줄지 않으므로 아끼는 몫이 작습니다."
        ),
        "ch.digits_batch.not_largest.goal": "가장 큰 배치가 가장 빠르지는 않은 설정을 찾아보세요.",
        "ch.digits_batch.not_largest.hint1": (
            "‘가장 빠른 배치’의 크기를 N과 비교하거나, 그래프에서 한 장당 시간이 어디서부터 더 줄지 않는지 보세요."
        ),
        "ch.digits_batch.not_largest.hint2": (
            "한 장에 메모리를 많이 쓰는 모델일수록 큰 배치가 캐시에 일찍 넘칩니다. CNN으로 바꾸고 N을 1000 이상으로 해 보세요."
        ),
        "ch.digits_batch.not_largest.why": (
            "CNN에서 1,000장을 한 번에 묶으면 합성곱이 다루는 배열이 100메가바이트를 넘습니다. CPU의 빠른 메모리(캐시)보다 "
            "훨씬 커서 숫자를 주 메모리에서 가져와야 하므로 한 장당 시간이 다시 늘어납니다. 실제 학습과 추론에서 적당한 "
            "크기의 미니배치를 쓰는 이유입니다."
        ),
        "ch.keras_recipes.adam_reach.goal": (
            "(a)에서 에포크를 30번 이하로 두고, 학습률 0.001로 300 에포크 학습한 만큼 가중치가 움직일 수 있게 해 보세요."
        ),
        "ch.keras_recipes.adam_reach.hint1": (
            "adam은 한 단계에 각 가중치를 학습률 정도씩 움직이고, 샘플이 하나라 에포크마다 한 단계입니다."
        ),
        "ch.keras_recipes.adam_reach.hint2": (
            "가중치가 움직일 수 있는 거리는 에포크 수 × 학습률쯤입니다. 300 × 0.001 = 0.3이니, 30 에포크에서 학습률을 "
            "열 배로 올려 보세요."
        ),
        "ch.keras_recipes.adam_reach.why": (
            "adam은 기울기를 최근 크기로 나누어 쓰기 때문에, 기울기가 얼마나 크든 한 단계에 가중치를 학습률 정도만 "
            "움직입니다. 에포크마다 한 단계이므로 움직일 수 있는 거리는 에포크 수 × 학습률, 30 × 0.01 = 300 × 0.001 = 0.3"
            "입니다. 그래서 학습률 0.01로 30 에포크 학습하면 0.001로 300 에포크 학습한 것과 비슷한 확률에 이릅니다."
        ),
        "ch.keras_recipes.same_updates.goal": (
            "(c)에서 배치 크기를 바꾸되, 가중치 갱신 횟수는 강의 설정(배치 크기 32, 100 에포크)과 똑같이 맞춰 보세요."
        ),
        "ch.keras_recipes.same_updates.hint1": (
            "fit은 에포크마다 ⌈학습 행 수 / 배치 크기⌉번 갱신합니다. 학습 행 수는 이 절의 설명 아래 데이터 안내에 있습니다."
        ),
        "ch.keras_recipes.same_updates.hint2": (
            "404행이면 배치 크기 32에서 에포크당 ⌈404 / 32⌉ = 13번, 100 에포크면 1,300번입니다. 배치 크기 16이면 "
            "에포크당 ⌈404 / 16⌉ = 26번입니다."
        ),
        "ch.keras_recipes.same_updates.why": (
            "갱신 횟수는 에포크 수 × ⌈행 수 / 배치 크기⌉이므로 50 × 26 = 100 × 13 = 1,300입니다. 배치를 반으로 줄이면 "
            "에포크당 갱신이 두 배가 되어 에포크 절반으로 같은 횟수가 됩니다. 다만 한 번의 갱신이 더 적은 행의 기울기 "
            "평균을 쓰므로 더 흔들리고, 결과는 여전히 달라집니다."
        ),
    },
    "en": {
        "ch.digits_draw.squash_other.goal": (
            "Besides the small 3 in the corner, find another sample the network reads right but misreads when the whole "
            "canvas is squashed."
        ),
        "ch.digits_draw.squash_other.hint1": (
            "Choose 'Sample digit', open 'Compare with the usual mistake' and go through the samples: compare the "
            "prediction at the top with the squashed image's."
        ),
        "ch.digits_draw.squash_other.hint2": (
            "Squashing leaves a digit where it was drawn on the canvas. Look for a sample away from the centre, such as "
            "the tall '1: with a thin brush' on the right."
        ),
        "ch.digits_draw.squash_other.why": (
            "Squashed, the 1 stays about 8 pixels right of the 28×28 image's centre. The network learned only from digits "
            "centred by mass, and each of its weights belongs to one pixel, so the shifted stroke points to another digit. "
            "Prepared the MNIST way (crop the ink, fit it in a 20×20 box, centre it by mass), the 1 lands where a 1 belongs."
        ),
        "ch.digits_draw.cnn_squashed.goal": "Switch to the CNN and show that even it misreads a squashed canvas.",
        "ch.digits_draw.cnn_squashed.hint1": (
            "Choose a sample digit and, under 'Compare with the usual mistake', compare the squashed image's prediction "
            "with the digit drawn."
        ),
        "ch.digits_draw.cnn_squashed.hint2": (
            "Try '3: small, in the top-left corner': squashed, it shrinks to a speck a few pixels wide."
        ),
        "ch.digits_draw.cnn_squashed.why": (
            "A CNN's filters slide over the whole image, but it too learned only from digits about 20 pixels tall and "
            "centred: the squashed small 3 is a speck about 9 pixels tall in the top-left corner, and the CNN reads a 7. "
            "Every model needs its input prepared the way its training data was."
        ),
        "ch.digits_draw.mlp_wrong.goal": "Among the sample digits, find one the MLP reads wrong but the CNN reads right.",
        "ch.digits_draw.mlp_wrong.hint1": (
            "Choose 'Sample digit' and go through the samples, switching between MLP and CNN: look for a prediction that "
            "differs from the digit drawn."
        ),
        "ch.digits_draw.mlp_wrong.hint2": (
            "Look at samples drawn small: the page scales the ink up to a 20×20 box, so a small digit's stroke comes out "
            "very thick. Try '1: small, with a thick stroke'."
        ),
        "ch.digits_draw.mlp_wrong.why": (
            "The MLP weighs each of the 784 pixels on its own: a 1 this thick covers pixels where the training 8s had "
            "ink, so it reads an 8. The CNN's 3×3 filters look for small strokes and edges wherever they are, and a thick "
            "vertical stroke still looks like a 1 to them. This is why CNNs are more accurate on images."
        ),
        "ch.digits_explorer.all_right.goal": "With the MLP, find a seed whose 24 random digits it reads all right.",
        "ch.digits_explorer.all_right.hint1": "Change the random seed under 'A random gallery' and count the ✗ marks.",
        "ch.digits_explorer.all_right.hint2": (
            "The MLP gets about 1 test digit in 25 wrong, so a gallery of 24 holds about one mistake on average: a few "
            "seeds in a row will show one without any."
        ),
        "ch.digits_explorer.all_right.why": (
            "Even a model with about 96 % accuracy gets 24 in a row right more than a third of the time "
            "(0.96²⁴ ≈ 0.38). A handful of examples cannot measure a model; it takes the whole test data, as in the "
            "accuracy at the top."
        ),
        "ch.digits_explorer.cnn_worse.goal": "Switch to the CNN and find a kind of mistake it makes more often than the MLP.",
        "ch.digits_explorer.cnn_worse.hint1": (
            "Pick a cell off the diagonal of the confusion matrix, note its count, then switch to the MLP and compare the "
            "same cell."
        ),
        "ch.digits_explorer.cnn_worse.hint2": (
            "The CNN's darkest cells are not the MLP's: look at its 5s read as 3 and its 6s read as 8."
        ),
        "ch.digits_explorer.cnn_worse.why": (
            "The CNN makes far fewer mistakes in all, but not fewer of every kind: the two networks learned different "
            "features from the same digits, so they fail on different ones. A single accuracy hides this; the confusion "
            "matrix shows it cell by cell."
        ),
        "ch.digits_train.last_batch.goal": "Choose a batch size that makes the last batch of every epoch smaller than the rest.",
        "ch.digits_train.last_batch.hint1": (
            "Read the line under 'How many weight updates in one epoch?': an epoch makes ⌈N / B⌉ updates."
        ),
        "ch.digits_train.last_batch.hint2": (
            "The last batch is smaller when the batch size does not divide the number of training digits: try the "
            "course's other example, 128."
        ),
        "ch.digits_train.last_batch.why": (
            "fit cuts the training digits into batches of B and makes one more, smaller batch of what is left: "
            "60,000 = 468 × 128 + 96, so an epoch is ⌈60,000 / 128⌉ = 469 updates, the last on 96 digits. Keras counts "
            "it as a full update."
        ),
        "ch.digits_train.few_updates.goal": (
            "Set up a run of at least 20 epochs that makes fewer than 1,000 weight updates in all."
        ),
        "ch.digits_train.few_updates.hint1": (
            "Updates in all = epochs × updates per epoch, and an epoch is ⌈N / B⌉ updates: use fewer digits or larger "
            "batches."
        ),
        "ch.digits_train.few_updates.hint2": (
            "1,000 training digits in batches of 64 make 16 updates per epoch; 30 epochs make 480."
        ),
        "ch.digits_train.few_updates.why": (
            "An epoch is one pass over the training digits, not a fixed amount of learning: with few digits or large "
            "batches, many epochs still make few weight updates. Compare runs by their updates as well as their epochs."
        ),
        "ch.digits_batch.small_gain.goal": "Find a model that batching speeds up less than 4 times.",
        "ch.digits_batch.small_gain.hint1": (
            "The batch speed-up is the loop's time divided by the fastest batch's. Try the other model."
        ),
        "ch.digits_batch.small_gain.hint2": (
            "A batch saves the cost every single call pays, Python's overhead; look for the model where that overhead is "
            "a small part of the work: the CNN."
        ),
        "ch.digits_batch.small_gain.why": (
            "A batch saves what each call costs besides the arithmetic: Python's function call and setting up small matrix "
            "products. The MLP does little arithmetic per image, so that overhead is most of its time and batching removes "
            "it. The CNN's convolutions do tens of times more arithmetic per image, which no batch can skip, so the saving "
            "is a small share."
        ),
        "ch.digits_batch.not_largest.goal": "Find a setting in which the largest batch is not the fastest.",
        "ch.digits_batch.not_largest.hint1": (
            "Compare the fastest batch's size with N, or read the chart: where does the time per image stop falling?"
        ),
        "ch.digits_batch.not_largest.hint2": (
            "The more memory a model needs per image, the sooner a big batch overflows the cache: switch to the CNN and "
            "set N to 1000 or more."
        ),
        "ch.digits_batch.not_largest.why": (
            "A batch of 1,000 images makes the CNN's convolutions work on arrays of over 100 megabytes, far more than the "
            "processor's fast memory (its cache), so the numbers must come from main memory and the time per image rises "
            "again. That is why training and inference use mini-batches of a moderate size."
        ),
        "ch.keras_recipes.adam_reach.goal": (
            "In (a), let adam move the weights as far as 300 epochs at learning rate 0.001 would, in at most 30 epochs."
        ),
        "ch.keras_recipes.adam_reach.hint1": (
            "Adam moves each weight by about the learning rate per step, and with one sample each epoch is one step."
        ),
        "ch.keras_recipes.adam_reach.hint2": (
            "How far a weight can go is about epochs × learning rate: 300 × 0.001 = 0.3. Keep 30 epochs and make the "
            "learning rate ten times larger."
        ),
        "ch.keras_recipes.adam_reach.why": (
            "Adam divides each gradient by its recent size, so a step moves a weight by about the learning rate however "
            "large the gradient is. One step per epoch makes the reach about epochs × learning rate: 30 × 0.01 = "
            "300 × 0.001 = 0.3. That is why 30 epochs at 0.01 bring the correct class about as far as 300 at 0.001."
        ),
        "ch.keras_recipes.same_updates.goal": (
            "In (c), change the batch size but keep exactly the course's number of weight updates (batch size 32, "
            "100 epochs)."
        ),
        "ch.keras_recipes.same_updates.hint1": (
            "fit makes ⌈training rows / batch size⌉ updates per epoch; the number of training rows is in the note on the "
            "data below the section's introduction."
        ),
        "ch.keras_recipes.same_updates.hint2": (
            "404 rows at batch size 32 make ⌈404 / 32⌉ = 13 updates per epoch, 1,300 in 100 epochs. At batch size 16 an "
            "epoch is ⌈404 / 16⌉ = 26 updates."
        ),
        "ch.keras_recipes.same_updates.why": (
            "Updates = epochs × ⌈rows / batch size⌉, so 50 × 26 = 100 × 13 = 1,300. Halving the batch doubles the "
            "updates per epoch, so half the epochs give the same count. Each update now averages the gradient over fewer "
            "rows, though, so it is noisier and the results still differ."
        ),
    },
}

"""Strings of the page "Batches are faster"."""

STRINGS = {
    "ko": {
        "digits_batch.title": "배치 처리가 빠른 이유",
        "digits_batch.oneliner": "이미지를 한 장씩 넣을 때와 묶어서 넣을 때의 시간을 직접 재 봅니다",
        "digits_batch.intro": (
            "책에서는 이미지를 한 장씩 신경망에 넣는 대신 여러 장을 묶어 한 번에 넣는 **배치 처리**가 훨씬 빠르다고 "
            "설명합니다. 이 페이지는 같은 이미지 N장을 한 장씩 반복문으로 분류할 때와 배치로 분류할 때의 시간을 "
            "지금 이 컴퓨터에서 잽니다."
        ),
        "digits_batch.n": "분류할 이미지 수 N",
        "digits_batch.shapes": (
            "한 장씩 넣으면 입력이 (1, 28, 28)인 계산을 {n:,}번 반복하고, 배치로 넣으면 입력이 ({n:,}, 28, 28)인 계산을 "
            "한 번만 합니다. 이미지는 예시 숫자들을 조금씩 변형해 만들었습니다."
        ),
        "digits_batch.again": "다시 재기",
        "digits_batch.rounds": (
            "배치 크기마다 한 번 미리 실행해 둔 뒤(시간에 넣지 않습니다) 크기를 번갈아 가며 최대 다섯 번씩 재서 가운데 값(중앙값)을 "
            "보여 줍니다. 막대는 가장 빨랐던 때부터 가장 느렸던 때까지의 범위입니다. 한 장씩 하는 반복문은 {loop_images:,}장으로 "
            "재서 N장일 때의 시간을 구했습니다. 한 장당 시간은 몇 장으로 재든 같기 때문입니다."
        ),
        "digits_batch.measuring": "배치 크기마다 시간을 재는 중입니다…",
        "digits_batch.spread": "가장 빠를 때–느릴 때",
        "digits_batch.busy": (
            "지금은 컴퓨터가 바빠서 깨끗하게 잴 수 없었습니다. 배치 크기가 {size}일 때 여러 번 잰 시간이 {spread}배까지 "
            "차이가 났습니다. 다른 프로그램이 CPU를 나눠 쓰면 이런 결과가 나옵니다. 그래프 대신 잰 값을 표로 보여 드립니다. "
            "잠시 뒤 ‘다시 재기’를 눌러 보세요."
        ),
        "digits_batch.rises": (
            "배치 크기 {best}일 때 한 장당 시간이 가장 짧고, 그보다 큰 배치에서는 다시 늘어납니다. 배치가 커지면 한 번에 다루는 "
            "배열도 커져서 CPU의 빠른 메모리(캐시)에 다 들어가지 않기 때문입니다. 그래서 실제 학습과 추론에서는 적당한 크기의 "
            "미니배치를 씁니다."
        ),
        "digits_batch.loop": "한 장씩 (반복문)",
        "digits_batch.batch": "가장 빠른 배치 (크기 {size})",
        "digits_batch.per_image": "한 장에 {us} µs",
        "digits_batch.speedup": "배치가 빠른 정도",
        "digits_batch.chart_title": "배치 크기에 따른 이미지 한 장당 시간",
        "digits_batch.batch_size": "배치 크기 (로그 눈금)",
        "digits_batch.us_per_image": "한 장당 시간 (µs, 로그 눈금)",
        "digits_batch.col.batch_size": "배치 크기",
        "digits_batch.col.us_per_image": "한 장당 시간 (µs)",
        "digits_batch.same": "어떤 배치 크기로 나눠도 예측 결과는 한 장도 다르지 않습니다. 달라지는 것은 시간뿐입니다.",
        "digits_batch.different": "배치 크기에 따라 예측이 다른 이미지가 있습니다. 부동소수점 계산 순서 때문에 확률이 거의 같은 두 숫자의 순위가 바뀐 경우입니다.",
        "digits_batch.why": (
            "**왜 빠를까요?** 반복문에서는 한 장마다 파이썬이 함수를 부르고, 작은 배열을 만들고, 행렬 곱을 시작하는 "
            "준비 비용을 치릅니다. 배치로 묶으면 그 비용을 한 번만 내고, NumPy가 쓰는 수치 계산 라이브러리(BLAS)가 "
            "큰 행렬 곱을 CPU 캐시와 벡터 연산을 활용해 한꺼번에 처리합니다. 배치 크기가 커질수록 한 장당 시간이 "
            "줄다가, 어느 정도 이상이면 더 줄지 않습니다."
        ),
        "digits_batch.try1": "N을 100에서 2000으로 늘려 보세요. 한 장씩 할 때의 총시간은 N에 비례해 늘어나는데, 배치는 어떤가요?",
        "digits_batch.try2": "모델을 CNN으로 바꿔 보세요. 계산이 많은 모델에서도 배치가 그만큼 빨라지나요?",
        "digits_batch.try3": "‘다시 재기’를 몇 번 눌러 보세요. 시간은 잴 때마다 조금씩 달라지지만 배치가 빠르다는 결론은 바뀌지 않습니다.",
    },
    "en": {
        "digits_batch.title": "Batches are faster",
        "digits_batch.oneliner": "Time classifying images one by one against classifying them in one batch",
        "digits_batch.intro": (
            "The book explains that feeding the network many images at once, **batch processing**, is much faster than "
            "feeding them one at a time. This page classifies the same N images in a loop, one by one, and then in "
            "batches, and times both on this computer, now."
        ),
        "digits_batch.n": "Number of images N",
        "digits_batch.shapes": (
            "One by one, a computation on input of shape (1, 28, 28) runs {n:,} times; as one batch, a computation on "
            "input of shape ({n:,}, 28, 28) runs once. The images are slightly varied copies of the sample digits."
        ),
        "digits_batch.again": "Measure again",
        "digits_batch.rounds": (
            "Each batch size runs once untimed, then is timed up to five times in rounds that alternate between the "
            "sizes; the median is shown, and the bar spans the fastest to the slowest repeat. The loop was timed on "
            "{loop_images:,} images and scaled to N: the time per image does not depend on how many are timed."
        ),
        "digits_batch.measuring": "Timing each batch size…",
        "digits_batch.spread": "fastest–slowest",
        "digits_batch.busy": (
            "The computer was too busy for a clean measurement: repeated timings of batch size {size} differed by up "
            "to {spread}×. That happens when other programs share the processor. The numbers are shown as a table "
            "instead of a curve; press 'Measure again' in a moment."
        ),
        "digits_batch.rises": (
            "The time per image is shortest at batch size {best} and grows again for larger batches: a bigger batch "
            "works on bigger arrays, which no longer fit in the processor's fast memory (its cache). That is why "
            "training and inference use mini-batches of a moderate size."
        ),
        "digits_batch.loop": "One by one (a loop)",
        "digits_batch.batch": "Fastest batch (size {size})",
        "digits_batch.per_image": "{us} µs per image",
        "digits_batch.speedup": "Batch speed-up",
        "digits_batch.chart_title": "Time per image against batch size",
        "digits_batch.batch_size": "Batch size (log scale)",
        "digits_batch.us_per_image": "Time per image (µs, log scale)",
        "digits_batch.col.batch_size": "Batch size",
        "digits_batch.col.us_per_image": "Time per image (µs)",
        "digits_batch.same": "Whatever the batch size, not a single prediction changes: only the time does.",
        "digits_batch.different": "Some predictions differ between batch sizes: floating-point sums in a different order swapped two nearly equal probabilities.",
        "digits_batch.why": (
            "**Why is it faster?** In the loop, every image pays Python's overhead: a function call, small arrays, "
            "setting up a matrix product. A batch pays it once, and the numerical library behind NumPy (BLAS) computes one "
            "large matrix product using the CPU's caches and vector instructions. The time per image falls as the batch "
            "grows, until it stops falling."
        ),
        "digits_batch.try1": "Raise N from 100 to 2000. The loop's total time grows in proportion to N; what does the batch do?",
        "digits_batch.try2": "Switch to the CNN. Does a model with much more computation gain as much from batching?",
        "digits_batch.try3": "Press 'Measure again' a few times. The times vary a little from run to run, but batches stay faster.",
    },
}

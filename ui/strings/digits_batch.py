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
        "digits_batch.rounds": "배치 크기마다 두 번씩 번갈아 재서 더 빠른 쪽을 보여 줍니다. 다른 프로그램이 잠깐 CPU를 쓰더라도 결과가 덜 흔들립니다.",
        "digits_batch.loop": "한 장씩 (반복문)",
        "digits_batch.batch": "한 번에 (배치 하나)",
        "digits_batch.per_image": "한 장에 {us} µs",
        "digits_batch.speedup": "배치가 빠른 정도",
        "digits_batch.chart_title": "배치 크기에 따른 이미지 한 장당 시간",
        "digits_batch.batch_size": "배치 크기 (로그 눈금)",
        "digits_batch.us_per_image": "한 장당 시간 (µs, 로그 눈금)",
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
        "digits_batch.rounds": "Each batch size is timed twice, in alternation, and the faster time is shown, so that a moment of load from another program disturbs the result less.",
        "digits_batch.loop": "One by one (a loop)",
        "digits_batch.batch": "All at once (one batch)",
        "digits_batch.per_image": "{us} µs per image",
        "digits_batch.speedup": "Batch speed-up",
        "digits_batch.chart_title": "Time per image against batch size",
        "digits_batch.batch_size": "Batch size (log scale)",
        "digits_batch.us_per_image": "Time per image (µs, log scale)",
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

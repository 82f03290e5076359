"""Strings of the page "Your CSV"."""

STRINGS = {
    "ko": {
        "csv_fit.title": "내 CSV로 학습하기",
        "csv_fit.oneliner": "강의 과제를 내 표로: CSV를 올려 700/300으로 나누고 학습한 뒤 입력 스케일링을 비교합니다.",
        "csv_fit.intro": (
            "강의 과제를 어떤 표로든 해 볼 수 있는 페이지입니다. 과제는 1,000행짜리 CSV 파일에서 입력 3개와 목표값 1개를 "
            "골라 앞의 700행으로 학습하고 뒤의 300행으로 테스트하는 것입니다. 배치 크기는 50, 은닉층은 ReLU 뉴런 4개짜리 "
            "하나입니다. 과제용 예제 데이터를 쓰거나 직접 만든 파일을 올리세요(엑셀에서는 *다른 이름으로 저장 → CSV UTF-8*). "
            "입력 열과 목표값 열을 고르고 **학습하기** 버튼을 누르면 학습·테스트 MSE와 함께, 테스트 데이터의 예측값과 "
            "실제값을 점으로 찍고 상관계수 r을 보여 줍니다. 같은 신경망을 원본, 최소-최대 정규화, 표준화한 입력으로 "
            "각각 학습시켜 비교할 수도 있습니다."
        ),
        "csv_fit.try1": (
            "예제 데이터로 **세 가지 스케일링 비교하기** 버튼을 누르세요. x3은 100까지, x1은 1까지 가는 원본 입력은 "
            "같은 100 에포크 뒤에도 테스트 MSE가 정규화·표준화한 입력보다 몇 배나 큽니다. 에포크를 300으로 올리고 다시 "
            "비교하면 원본 입력도 결국 따라오지만 훨씬 늦습니다."
        ),
        "csv_fit.try2": (
            "학습률을 Keras Adam의 기본값인 0.001로 바꾸고 다시 학습하세요. 100 에포크로는 테스트 MSE가 잡음의 한계인 "
            "1보다 한참 큽니다. 몇 에포크면 충분한가요?"
        ),
        "csv_fit.try3": (
            "학습률을 1로 올리고 학습하세요. ReLU 뉴런이 모두 죽어 예측값이 전부 같은 수가 되고, 상관계수 r은 계산할 수 "
            "없으며, 테스트 MSE는 평균으로 예측하는 비교 기준과 비슷해집니다. 이어서 옵티마이저를 SGD로 바꾸고 "
            "**목표값도 표준화하기** 스위치를 끈 뒤 학습률 0.1로 학습하세요. 첫 에포크에서 손실이 폭발하고, 페이지는 "
            "그래프 대신 발산했다고 알려 줍니다."
        ),
        "csv_fit.try4": (
            "예제 CSV를 내려받아 엑셀에서 칸 하나를 지우고 CSV로 저장해 올려 보세요. 어느 열의 몇 번째 줄인지 알려 주고, "
            "그 행을 빼고 진행할지 묻습니다. 그다음 내 표를 올려 목표값 열을 고르고, 신경망의 테스트 MSE를 결과 아래의 "
            "선형 회귀와 비교해 보세요."
        ),
        "csv_fit.source": "데이터",
        "csv_fit.source.sample": "과제용 예제 데이터",
        "csv_fit.source.upload": "내 CSV 파일",
        "csv_fit.sample_title": "**예제 데이터**(1,000행, 파일로 내려받을 수 있습니다):",
        "csv_fit.download": "예제 CSV 내려받기",
        "csv_fit.using_sample": "지금은 예제 데이터를 쓰고 있습니다. 내 표로 학습하려면 위에서 ‘내 CSV 파일’을 고르세요.",
        "csv_fit.upload": "CSV 파일 올리기",
        "csv_fit.upload_help": "엑셀에서는 파일 → 다른 이름으로 저장 → ‘CSV UTF-8(쉼표로 분리)’을 고르세요.",
        "csv_fit.limits": (
            "파일 크기는 {size}, 데이터 행은 {rows}개까지입니다. 행은 {minimum}개 이상, 숫자 열은 2개 이상(입력 하나 이상과 "
            "목표값 하나) 있어야 합니다. 구분자는 쉼표·세미콜론·탭, 인코딩은 UTF-8과 한글 cp949(EUC-KR)를 읽습니다."
        ),
        "csv_fit.waiting": "위 상자에 CSV 파일을 끌어 놓거나 골라 주세요.",
        "csv_fit.read_summary": "{rows}개 행과 숫자 열 {columns}개를 읽었습니다(인코딩 {encoding}, 구분자 {separator}).",
        "csv_fit.sep.comma": "쉼표",
        "csv_fit.sep.semicolon": "세미콜론",
        "csv_fit.sep.tab": "탭",
        "csv_fit.ignored": "숫자가 아니라서 제외한 열: {names}",
        "csv_fit.no_header": "첫 줄이 숫자여서 열 이름이 아니라 데이터로 읽었고, 열 이름은 col1, col2, …로 붙였습니다.",
        "csv_fit.dropped": "값이 빠진 {rows}개 행은 빼고 학습합니다.",
        "csv_fit.drop_missing": "값이 빠진 {rows}개 행을 빼고 진행하기",
        "csv_fit.preview": "표({rows}행)와 열마다의 범위 보기",
        "csv_fit.stat.min": "최솟값",
        "csv_fit.stat.max": "최댓값",
        "csv_fit.stat.mean": "평균",
        "csv_fit.stat.std": "표준편차",
        "csv_fit.setup_title": "열 선택, 데이터 분할, 신경망",
        "csv_fit.more_settings": "분할과 학습 설정 더 보기",
        "csv_fit.target": "목표값 열 (예측할 값)",
        "csv_fit.inputs": "입력 열",
        "csv_fit.inputs_placeholder": "열을 하나 이상 고르세요",
        "csv_fit.split": "학습에 쓸 행의 비율",
        "csv_fit.shuffle": "나누기 전에 행 섞기",
        "csv_fit.shuffle_help": (
            "끄면 강의의 x[:700], x[700:]처럼 앞쪽 행으로 학습하고 뒤쪽 행으로 테스트합니다. 켜면 초깃값 시드로 행을 먼저 "
            "섞습니다. 파일이 날짜나 목표값 순서로 정렬되어 있다면 켜는 것이 좋습니다."
        ),
        "csv_fit.hidden": "은닉층 뉴런 수 (ReLU)",
        "csv_fit.batch": "배치 크기",
        "csv_fit.epochs": "에포크 수",
        "csv_fit.scaling": "입력 스케일링",
        "csv_fit.scaling.raw": "원본",
        "csv_fit.scaling.minmax": "최소-최대 정규화",
        "csv_fit.scaling.standard": "표준화",
        "csv_fit.lr_help": (
            "가중치를 한 번에 얼마나 움직일지 정하는 값입니다. Keras에서 Adam의 기본값은 0.001이며, Adam은 0.01이면 더 적은 "
            "에포크로 같은 곳에 도달합니다. SGD에는 더 큰 값(입력을 표준화했다면 0.1)이 어울리지만, 목표값을 표준화하지 "
            "않으면 0.1에서 바로 발산합니다."
        ),
        "csv_fit.scale_target": "목표값도 표준화",
        "csv_fit.scale_target_help": (
            "켜면 신경망은 학습 행의 평균과 표준편차로 표준화한 목표값을 배우고, 예측값은 다시 원래 단위로 되돌립니다. "
            "그래서 이 페이지의 손실은 켜든 끄든 늘 목표값의 단위입니다. 끄면 강의 코드처럼 목표값을 그대로 배우는데, "
            "목표값이 수백 단위이면 Adam의 작은 보폭으로는 더 많은 에포크가 필요합니다."
        ),
        "csv_fit.arithmetic": (
            "학습 {train}행, 테스트 {test}행, 신경망 {sizes}입니다. 에포크마다 가중치 갱신 횟수는 학습 {train}행 ÷ "
            "배치 크기 {batch}(소수점 올림) = **{steps}번**, {epochs} 에포크 동안 모두 {updates}번입니다."
        ),
        "csv_fit.no_inputs": "입력 열을 하나 이상 고르세요.",
        "csv_fit.too_long": (
            "가중치 갱신 {updates}번은 이 페이지가 한 번에 돌리는 한도({limit}번)를 넘습니다. 배치 크기를 키우거나 "
            "에포크 수를 줄이세요."
        ),
        "csv_fit.train": "학습하기",
        "csv_fit.compare": "스케일링 3가지 비교",
        "csv_fit.training": "{epochs} 에포크 학습하는 중…",
        "csv_fit.comparing": "신경망 세 개를 각각 {epochs} 에포크씩 학습하는 중…",
        "csv_fit.result_title": "결과 (입력 스케일링: {scaling})",
        "csv_fit.press_train": (
            "**학습하기** 버튼을 누르면 이 설정으로 신경망을 학습합니다. 결과는 보관되므로 설정을 바꿨다가 되돌아오면 "
            "다시 학습하지 않고 보여 줍니다."
        ),
        "csv_fit.press_compare": (
            "**스케일링 3가지 비교** 버튼을 누르면 같은 신경망(같은 시드, 같은 설정)을 원본, 최소-최대 정규화, "
            "표준화한 입력으로 각각 학습합니다."
        ),
        "csv_fit.compare_title_section": "입력 스케일링 비교: 원본, 최소-최대 정규화, 표준화",
        "csv_fit.train_mse": "학습 MSE",
        "csv_fit.test_mse": "테스트 MSE",
        "csv_fit.r": "상관계수 r (테스트)",
        "csv_fit.r_help": (
            "테스트 데이터의 예측값과 실제값으로 구한 np.corrcoef 값입니다. 1이면 점들이 오른쪽 위로 올라가는 한 직선 위에 "
            "있습니다. r은 크기를 따지지 않아서 예측이 모두 두 배로 커도 r = 1이지만, MSE는 그런 오차를 그대로 드러냅니다."
        ),
        "csv_fit.r_undefined": (
            "테스트 데이터의 예측값이 모두 같은 값이라서(또는 목표값이 일정해서) r을 계산할 수 없습니다. 대개 ReLU 뉴런이 "
            "모두 죽은(출력이 늘 0인) 경우입니다. 학습률을 낮추거나 시드를 바꿔 보세요."
        ),
        "csv_fit.curves_title": "에포크별 MSE",
        "csv_fit.mse_log": "MSE (로그 눈금)",
        "csv_fit.test_mse_log": "테스트 MSE (로그 눈금)",
        "csv_fit.curves_caption": (
            "Keras가 보여 주는 방식 그대로입니다. 학습 MSE는 그 에포크의 미니배치마다 갱신 직전에 잰 값의 "
            "평균(loss)이고, 테스트 MSE는 에포크가 끝난 뒤에 잰 값(val_loss)입니다. 둘 다 목표값의 단위입니다."
        ),
        "csv_fit.scatter_title": "테스트 데이터: 예측값과 실제값",
        "csv_fit.actual": "실제 {name}",
        "csv_fit.predicted": "예측한 {name}",
        "csv_fit.diagonal": "완벽한 예측 (예측값 = 실제값)",
        "csv_fit.diverged": (
            "{epoch}번째 에포크에서 학습이 발산했습니다. 손실이 NaN이나 무한대가 되거나 10⁶을 넘어서 멈췄습니다(마지막으로 "
            "유한했던 MSE는 {loss}입니다)."
        ),
        "csv_fit.diverged.scale_target": "학습률을 낮추거나 목표값도 표준화해 보세요.",
        "csv_fit.diverged.lower_rate": (
            "목표값은 이미 표준화했습니다. 학습률을 낮추고, 표에 너무 크거나 튀는 값(예: 1e308)이 없는지 확인해 보세요."
        ),
        "csv_fit.diverged_short": "{epoch}번째 에포크에서 발산",
        "csv_fit.compare_caption": (
            "같은 신경망, 같은 시드, 같은 설정이고 입력 스케일링만 다릅니다. 최소-최대 정규화와 표준화에 쓰는 최솟값, "
            "최댓값, 평균, 표준편차는 학습 행에서만 구해 테스트 행에도 그대로 씁니다."
        ),
        "csv_fit.compare_title": "에포크별 테스트 MSE (입력 스케일링별)",
        "csv_fit.references": (
            "같은 학습 행으로 구한 비교 기준: 모든 테스트 행을 학습 데이터의 평균으로 예측하면 테스트 MSE는 {mean}, "
            "선형 회귀(최소제곱법, 은닉층 없음)는 {linear}입니다."
        ),
        "csv_fit.noise_floor": "예제 데이터의 잡음은 분산이 {floor}이므로, 어떤 모델도 테스트 MSE를 {floor}보다 크게 낮출 수는 없습니다.",
        "csv_fit.keras_title": "Keras로 쓴 같은 실험",
        "csv_fit.err.not_csv": "이 파일은 CSV 표로 읽을 수 없습니다.",
        "csv_fit.err.not_csv.excel": (
            "CSV가 아니라 엑셀 통합 문서(.xlsx 또는 .xls)입니다. 엑셀에서 파일 → 다른 이름으로 저장 → "
            "‘CSV UTF-8(쉼표로 분리)(*.csv)’로 저장한 파일을 올리세요."
        ),
        "csv_fit.err.not_csv.image": "표가 아니라 이미지 파일(PNG, JPEG, GIF)입니다.",
        "csv_fit.err.not_csv.pdf": "표가 아니라 PDF 문서입니다.",
        "csv_fit.err.not_csv.binary": "텍스트로 된 표에는 없는 바이너리 데이터(값이 0인 바이트)가 들어 있습니다.",
        "csv_fit.err.not_csv.encoding": (
            "텍스트 인코딩이 UTF-8도, 한글 cp949(EUC-KR)도, 일본어 Shift-JIS도 아닙니다. ‘CSV UTF-8’ 형식으로 다시 저장해 주세요."
        ),
        "csv_fit.err.not_csv.ragged": (
            "{line}번째 줄의 칸 수가 첫 줄(열 이름)보다 많습니다. 그 줄에 구분자가 하나 더 있거나, 1,5처럼 숫자 안에 "
            "쉼표가 들어 있는지 확인하세요."
        ),
        "csv_fit.err.not_csv.layout": "따옴표와 구분자가 표 모양을 이루지 않습니다. 닫히지 않은 따옴표가 있는지 확인하세요.",
        "csv_fit.err.empty": "파일이 비어 있거나 열 이름 줄만 있습니다. 데이터 행이 하나도 없습니다.",
        "csv_fit.err.one_row": (
            "숫자 데이터가 {rows}행뿐입니다. 적어도 {minimum}행이 필요합니다. 학습에 2행, 테스트에 2행은 있어야 하고, "
            "상관계수도 점이 두 개 이상이어야 계산할 수 있기 때문입니다."
        ),
        "csv_fit.err.no_numeric": (
            "숫자로 된 열이 {found}개뿐입니다. 입력 열 하나 이상과 목표값 열 하나, 모두 {needed}개 이상이 필요합니다. "
            "파일의 열: {columns}"
        ),
        "csv_fit.err.missing_values": (
            "{total}행 가운데 {rows}행에 값이 빠져 있습니다(빈 칸, NaN, inf, 숫자 자리에 들어간 글자). 열별 개수: {columns}. "
            "첫 번째는 파일의 {line}번째 줄입니다. 값을 채우거나, 아래 스위치로 그 행들을 빼고 진행하세요(그러면 "
            "{remaining}행이 남습니다)."
        ),
        "csv_fit.err.too_large": "실시간 데모에 쓰기에는 파일이 너무 큽니다.",
        "csv_fit.err.too_large.bytes": "파일 크기가 {size}인데, 한도는 {limit}입니다.",
        "csv_fit.err.too_large.rows": "데이터 행이 {limit}개를 넘습니다. 엑셀이나 pandas로 행 일부만 골라 저장해 올리세요.",
        "csv_fit.err.too_large.columns": "숫자 열이 {count}개인데, 한도는 {limit}개입니다.",
        "csv_fit.err.too_large.fields": "첫 줄의 열이 {count}개인데, 한도는 {limit}개입니다. 필요한 열만 골라 저장해 올리세요.",
    },
    "en": {
        "csv_fit.title": "Your CSV",
        "csv_fit.oneliner": "The lecture's assignment on your own table: upload a CSV, split 700/300, train, compare input scalings.",
        "csv_fit.intro": (
            "The lecture's assignment, on any table: a CSV file of 1,000 rows with three inputs and one target, the first "
            "700 rows to train on and the last 300 to test, mini-batches of 50, and one hidden layer of 4 ReLU neurons. Use "
            "the sample made for the assignment or upload your own file (from Excel: *Save As → CSV UTF-8*), pick the "
            "inputs and the target, and press **Train**. The page reports the training and test MSE, plots each test row's "
            "prediction against its true value with the correlation coefficient r, and can train the same network on raw, "
            "min-max and standardised inputs to compare them."
        ),
        "csv_fit.try1": (
            "With the sample, press **Compare the three scalings**. Raw inputs (x3 goes up to 100, x1 only to 1) end the "
            "same 100 epochs with a test MSE many times that of min-max or standardised inputs. Raise the epochs to 300 "
            "and compare again: raw inputs catch up, but much later."
        ),
        "csv_fit.try2": (
            "Set the learning rate to 0.001, Adam's default in Keras, and train again: after 100 epochs the test MSE is "
            "still far above the noise floor of 1. How many epochs does it take?"
        ),
        "csv_fit.try3": (
            "Set the learning rate to 1 and train: all the ReLU neurons die, every prediction is the same number, r cannot "
            "be computed, and the test MSE is about that of predicting the mean. Then choose SGD, switch off "
            "**Standardise the target too** and train with a rate of 0.1: the loss blows up in the first epoch, and the "
            "page reports the divergence instead of drawing it."
        ),
        "csv_fit.try4": (
            "Download the sample CSV, delete one cell in Excel, save it as CSV and upload it: the page names the column "
            "and the line, and offers to leave that row out. Then upload your own table, pick its target, and compare "
            "the network's test MSE with the linear regression's below the results."
        ),
        "csv_fit.source": "Data",
        "csv_fit.source.sample": "Sample for the assignment",
        "csv_fit.source.upload": "My CSV file",
        "csv_fit.sample_title": "**The sample** (1,000 rows, also as a file to download):",
        "csv_fit.download": "Download the sample CSV",
        "csv_fit.using_sample": "Using the sample. To train on your own table, choose ‘My CSV file’ above.",
        "csv_fit.upload": "Upload a CSV file",
        "csv_fit.upload_help": "From Excel: File → Save As → ‘CSV UTF-8 (Comma delimited)’.",
        "csv_fit.limits": (
            "Up to {size} and {rows} rows of data; at least {minimum} rows and two numeric columns (one or more inputs "
            "and a target). Comma, semicolon or tab separated; UTF-8 or Korean cp949 (EUC-KR) text."
        ),
        "csv_fit.waiting": "Drop a CSV file on the box above, or browse for one.",
        "csv_fit.read_summary": "Read {rows} rows and {columns} numeric columns ({encoding} text, separator: {separator}).",
        "csv_fit.sep.comma": "comma",
        "csv_fit.sep.semicolon": "semicolon",
        "csv_fit.sep.tab": "tab",
        "csv_fit.ignored": "Left out, because they are not numbers: {names}",
        "csv_fit.no_header": "The first line holds numbers, so it was read as data, and the columns are named col1, col2, …",
        "csv_fit.dropped": "{rows} rows with missing values are left out.",
        "csv_fit.drop_missing": "Leave out the {rows} rows with missing values",
        "csv_fit.preview": "The table ({rows} rows) and each column's range",
        "csv_fit.stat.min": "min",
        "csv_fit.stat.max": "max",
        "csv_fit.stat.mean": "mean",
        "csv_fit.stat.std": "std",
        "csv_fit.setup_title": "Columns, split and network",
        "csv_fit.more_settings": "More settings: split and training",
        "csv_fit.target": "Target (what to predict)",
        "csv_fit.inputs": "Inputs",
        "csv_fit.inputs_placeholder": "Pick one or more columns",
        "csv_fit.split": "Share of rows for training",
        "csv_fit.shuffle": "Shuffle before splitting",
        "csv_fit.shuffle_help": (
            "Off: the first rows train and the last rows test, like the lecture's x[:700] and x[700:]. On: the rows are "
            "shuffled first, with the seed; wise when the file is sorted (by date, or by the target)."
        ),
        "csv_fit.hidden": "Hidden neurons (ReLU)",
        "csv_fit.batch": "Batch size",
        "csv_fit.epochs": "Epochs",
        "csv_fit.scaling": "Input scaling",
        "csv_fit.scaling.raw": "Raw",
        "csv_fit.scaling.minmax": "Min-max",
        "csv_fit.scaling.standard": "Standardised",
        "csv_fit.lr_help": (
            "How far each update moves the weights. Keras' default for Adam is 0.001; with 0.01 Adam gets to the same "
            "place in fewer epochs. Plain SGD wants larger rates (0.1 with standardised inputs), but without a "
            "standardised target 0.1 diverges at once."
        ),
        "csv_fit.scale_target": "Scale the target too",
        "csv_fit.scale_target_help": (
            "On: the network learns the target standardised with the training rows' mean and standard deviation, and "
            "its predictions are turned back into the target's units, so every loss on this page is in the target's "
            "units either way. Off: the network learns the target as it is, as in the lecture's code; with targets in "
            "the hundreds, Adam's small steps need more epochs to get there."
        ),
        "csv_fit.arithmetic": (
            "{train} training rows, {test} test rows, network {sizes}. Weight updates per epoch: {train} rows ÷ batch "
            "size {batch}, rounded up, = **{steps}**; over {epochs} epochs, {updates}."
        ),
        "csv_fit.no_inputs": "Pick at least one input column.",
        "csv_fit.too_long": (
            "{updates} weight updates are more than this page runs at once ({limit}). Raise the batch size or lower the "
            "epochs."
        ),
        "csv_fit.train": "Train",
        "csv_fit.compare": "Compare 3 scalings",
        "csv_fit.training": "Training {epochs} epochs…",
        "csv_fit.comparing": "Training three networks, {epochs} epochs each…",
        "csv_fit.result_title": "Result (input scaling: {scaling})",
        "csv_fit.press_train": (
            "Press **Train** to train the network with these settings. Results are kept: change a setting and come back, "
            "and the result shows again without training."
        ),
        "csv_fit.press_compare": (
            "Press **Compare 3 scalings** to train the same network (same seed, same settings) on raw, min-max "
            "and standardised inputs."
        ),
        "csv_fit.compare_title_section": "Input scalings compared: raw, min-max, standardised",
        "csv_fit.train_mse": "Training MSE",
        "csv_fit.test_mse": "Test MSE",
        "csv_fit.r": "Correlation r (test)",
        "csv_fit.r_help": (
            "np.corrcoef of the predicted against the actual test targets: 1 means the points lie on one rising line. r "
            "ignores scale: predictions that are all twice too large still give r = 1, while the MSE shows the error."
        ),
        "csv_fit.r_undefined": (
            "Every test prediction is the same number (or the target is constant), so r is undefined. Usually all the "
            "ReLU neurons have died (their output is always 0): lower the learning rate or change the seed."
        ),
        "csv_fit.curves_title": "MSE per epoch",
        "csv_fit.mse_log": "MSE (log scale)",
        "csv_fit.test_mse_log": "Test MSE (log scale)",
        "csv_fit.curves_caption": (
            "As Keras reports them: an epoch's training MSE is the mean over its mini-batches, each measured just before "
            "its update (loss); the test MSE is measured after the epoch (val_loss). Both are in the target's units."
        ),
        "csv_fit.scatter_title": "Test rows: predicted against actual",
        "csv_fit.actual": "Actual {name}",
        "csv_fit.predicted": "Predicted {name}",
        "csv_fit.diagonal": "Perfect prediction (predicted = actual)",
        "csv_fit.diverged": (
            "Training diverged at epoch {epoch}: the loss became NaN, infinite or larger than 10⁶, so it stopped (the last "
            "finite MSE was {loss})."
        ),
        "csv_fit.diverged.scale_target": "Lower the learning rate, or standardise the target too.",
        "csv_fit.diverged.lower_rate": (
            "The target is standardised already: lower the learning rate, and look for huge or stray values in the "
            "table (such as 1e308)."
        ),
        "csv_fit.diverged_short": "diverged at epoch {epoch}",
        "csv_fit.compare_caption": (
            "Same network, same seed, same settings; only the inputs' scaling differs. Min-max and standardisation use "
            "the training rows' minimum, maximum, mean and standard deviation, for the test rows too."
        ),
        "csv_fit.compare_title": "Test MSE per epoch, by input scaling",
        "csv_fit.references": (
            "Yardsticks from the same training rows: predicting the training mean for every test row gives a test MSE "
            "of {mean}; linear regression (least squares, no hidden layer) gives {linear}."
        ),
        "csv_fit.noise_floor": "The sample's noise has variance {floor}, so no model can get the test MSE much below {floor}.",
        "csv_fit.keras_title": "The same experiment in Keras",
        "csv_fit.err.not_csv": "This file cannot be read as a CSV table.",
        "csv_fit.err.not_csv.excel": (
            "It is an Excel workbook (.xlsx or .xls), not a CSV file. In Excel choose File → Save As → ‘CSV UTF-8 (Comma "
            "delimited) (*.csv)’ and upload that file."
        ),
        "csv_fit.err.not_csv.image": "It is an image (PNG, JPEG or GIF), not a table.",
        "csv_fit.err.not_csv.pdf": "It is a PDF document, not a table.",
        "csv_fit.err.not_csv.binary": "It contains binary data (zero bytes), which a text table never does.",
        "csv_fit.err.not_csv.encoding": "Its text is not UTF-8, Korean cp949 (EUC-KR) or Japanese Shift-JIS. Save it again as ‘CSV UTF-8’.",
        "csv_fit.err.not_csv.ragged": (
            "Line {line} has more fields than the first line (the column names). Look there for an extra separator, or "
            "a comma inside a number such as 1,5."
        ),
        "csv_fit.err.not_csv.layout": "Its quotes and separators do not form a table: perhaps a quotation mark is never closed.",
        "csv_fit.err.empty": "The file is empty, or has only the line of column names: there are no rows of data.",
        "csv_fit.err.one_row": (
            "The file has only {rows} row(s) of numbers. At least {minimum} are needed: two to train on and two to test "
            "against, since a correlation needs at least two points."
        ),
        "csv_fit.err.no_numeric": (
            "Found {found} column(s) of numbers; at least {needed} are needed, one or more inputs and a target. The file's "
            "columns: {columns}"
        ),
        "csv_fit.err.missing_values": (
            "{rows} of the {total} rows have missing values (blank cells, NaN, inf, or text where a number belongs). Per "
            "column: {columns}. The first is on line {line} of the file. Fill them in, or leave those rows out with the "
            "switch below ({remaining} rows remain)."
        ),
        "csv_fit.err.too_large": "This file is too large for a live demo.",
        "csv_fit.err.too_large.bytes": "It is {size}; the limit is {limit}.",
        "csv_fit.err.too_large.rows": "It has more than {limit} rows of data. Save a sample of its rows (Excel, pandas) and upload that.",
        "csv_fit.err.too_large.columns": "It has {count} numeric columns; the limit is {limit}.",
        "csv_fit.err.too_large.fields": "Its first line has {count} columns; the limit is {limit}. Save only the columns you need and upload that.",
    },
}

"""Strings of the challenges' frame (ui/challenge_views.py) and of progress on the home page."""

STRINGS = {
    "ko": {
        "challenges.title": "도전 과제 ({done}/{total} 해결)",
        "challenges.open": "도전",
        "challenges.solved": "해결",
        "challenges.solved_before": "이 브라우저에서 이미 해결한 과제입니다.",
        "challenges.hint": "힌트 보기",
        "challenges.more_hint": "힌트 하나 더",
        "challenges.show_solution": "풀이 상태 보기",
        "challenges.solution": "이 과제가 풀린 상태로 열기",
        "challenges.highlighted": "이번 과제:",
        "challenges.reached": "도전 과제 해결: {goal} 멈추면 그 이유를 볼 수 있습니다.",
        "home.progress": "도전 과제 {done}/{total}",
        "home.progress_title": "내 도전 과제",
        "home.progress_caption": (
            "해결한 도전 과제는 이 브라우저에만 저장됩니다. 계정도 서버 기록도 없습니다. "
            "지금까지 {done}개를 해결했습니다(전체 {total}개)."
        ),
        "home.reset": "내 진행 기록 지우기",
        "home.reset_done": "이 브라우저의 도전 과제 기록을 지웠습니다.",
    },
    "en": {
        "challenges.title": "Challenges ({done}/{total} solved)",
        "challenges.open": "Challenge",
        "challenges.solved": "Solved",
        "challenges.solved_before": "Solved before in this browser.",
        "challenges.hint": "Hint",
        "challenges.more_hint": "Another hint",
        "challenges.show_solution": "Show a solution",
        "challenges.solution": "Open this page in a state that solves it",
        "challenges.highlighted": "Your challenge:",
        "challenges.reached": "Challenge solved: {goal} Pause to read why.",
        "home.progress": "{done}/{total} challenges",
        "home.progress_title": "My challenges",
        "home.progress_caption": (
            "Solved challenges are kept in this browser only: no account, nothing stored on the server. "
            "Solved so far: {done} of {total}."
        ),
        "home.reset": "Reset my progress",
        "home.reset_done": "This browser's challenge progress is cleared.",
    },
}

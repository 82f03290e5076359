"""Strings of the home page."""

STRINGS = {
    "ko": {
        "home.title": "nn-explainer: 직접 움직이며 배우는 딥러닝",
        "home.nav_title": "처음으로",
        "home.intro": (
            "『밑바닥부터 시작하는 딥러닝』과 Keras 강의의 앞부분을 슬라이더를 직접 움직여 보며 배우는 앱입니다. "
            "값을 바꾸면 그래프와 숫자가 곧바로 반응하고, 모든 페이지 아래에는 그 그림을 그린 실제 코드가 붙어 있습니다."
        ),
        "home.path": "학습 지도",
        "home.path_caption": "번호 순서대로 따라가면 강의 순서와 같습니다. 제목을 누르면 그 페이지가 열립니다.",
        "home.lecturers": "강의하시는 분께",
        "home.lecturers_body": (
            "슬라이더, 선택 상자, 언어 같은 설정은 모두 주소창의 URL에 그대로 저장됩니다. "
            "수업 전에 보여 줄 화면을 만들어 두고 URL을 복사해 두면, 수업 중에 그 링크로 똑같은 화면을 바로 열 수 있습니다. "
            "언어는 왼쪽 사이드바에서 언제든 바꿀 수 있습니다."
        ),
    },
    "en": {
        "home.title": "nn-explainer: deep learning you can move",
        "home.nav_title": "Start here",
        "home.intro": (
            "An app for the first chapters of *Deep Learning from Scratch* and the Keras course: "
            "move a slider and watch the concept react. Every page ends with the real code that drew its pictures."
        ),
        "home.path": "Learning path",
        "home.path_caption": "The numbers follow the course. Click a title to open its page.",
        "home.lecturers": "For lecturers",
        "home.lecturers_body": (
            "Every setting (sliders, choices, language) is kept in the URL in the address bar. "
            "Prepare the view you want before class, copy its URL, and the link reopens exactly that view during the lecture. "
            "Switch between Korean and English in the sidebar at any time."
        ),
    },
}

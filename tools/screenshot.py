"""Screenshot a page of the running app: `python -m tools.screenshot softmax --lang ko`.

With no arguments it regenerates the README's screenshot (docs/screenshot.png).
"""
import argparse
from pathlib import Path

from tools.browser import chromium, open_page
from tools.serve import ROOT, running_app


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("page", nargs="?", default="softmax", help="url path of the page, '' for home")
    parser.add_argument("--lang", default="en", choices=["ko", "en"])
    parser.add_argument("--query", default="", help="extra query string, e.g. 'T=0.5&n=5'")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--height", type=int, default=1000,
                        help="viewport height; Streamlit scrolls inside the page, so a tall viewport shows more")
    args = parser.parse_args()
    with running_app() as app, chromium() as browser:
        query = f"lang={args.lang}" + (f"&{args.query}" if args.query else "")
        page = open_page(browser, f"{app.url}/{args.page}?{query}", args.lang, height=args.height)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=args.out)
    print(args.out)


if __name__ == "__main__":
    main()

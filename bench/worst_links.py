"""`python -m bench.worst_links`: what the costliest link of every page costs the server.

A link sets every control of a page. The worst one sets each slider to its largest value (epochs,
steps, data points, units, batch sizes) and each choice to its costliest option: here every slider goes
to its maximum, alone and with the page's costly choices (COSTLY_CHOICES). Each link is opened
as a student opening it would open it (a new session: app.py, then the page) and timed under AppTest,
which runs the page's script as the server does, without a browser. Training started by a button is
not part of a link and not timed here.

Target (issue 16): every page's worst link in a few seconds on this machine.
"""
import argparse
import time

from tests.app_driver import ALL_PAGES, open_page


def timed_open(page, query):
    started = time.perf_counter()
    at = open_page(page, lang="en", query=query, timeout=600)
    seconds = time.perf_counter() - started
    return seconds, [e.value for e in at.exception]


# choices that cost more than their default, per page (the URL's codes)
COSTLY_CHOICES = {"digits_batch": [{"model": "cnn"}], "digits_draw": [{"model": "cnn"}],
                  "digits_explorer": [{"model": "cnn"}], "playground": [{"data": "spiral"}]}


def worst_queries(page):
    """Every slider at its maximum, alone and with each of the page's costly choices."""
    at = open_page(page, lang="en")
    prefix = f"{page.page_id}."
    base = {s.key[len(prefix):]: f"{s.max:g}" if isinstance(s.max, float) else str(s.max)
            for s in at.slider if s.key and s.key.startswith(prefix)}
    return [base, *({**base, **choice} for choice in COSTLY_CHOICES.get(page.page_id, []))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="page ids (default: all)")
    args = parser.parse_args()
    print("| page | default link, s | worst link, s | worst link |\n|---|---:|---:|---|")
    for page in ALL_PAGES:
        if args.pages and page.page_id not in args.pages:
            continue
        queries = worst_queries(page)  # opens the page once: its modules are imported before the clock runs
        default, _ = timed_open(page, {})
        worst, worst_query, errors = 0.0, {}, []
        for query in queries:
            seconds, raised = timed_open(page, query)
            if seconds > worst:
                worst, worst_query, errors = seconds, query, raised
        link = "&".join(f"{k}={v}" for k, v in worst_query.items())
        note = f" (raised: {errors})" if errors else ""
        print(f"| {page.page_id} | {default:.2f} | {worst:.2f} | `?{link}`{note} |", flush=True)


if __name__ == "__main__":
    main()

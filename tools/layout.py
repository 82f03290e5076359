"""What a viewer sees of a page's layout, measured in the browser from bounding boxes.

`measure(page)` returns the pictures (charts, images, canvases, tables) with their boxes and
columns, and the problems a projector shows: a picture sticking out of its column, two pictures
covering each other, a page that scrolls sideways. `python -m tools.layout` prints them for
every page at the projector sizes.
"""
import argparse
import json

# A picture is what Streamlit draws for charts, images, canvases, tables and iframes (the drawing
# canvas), and the live player's plots. Its box is the drawn content itself (the Vega canvas or svg,
# the <img>), not Streamlit's wrapper, which may be narrower than what overflows it.
MEASURE_JS = r"""
() => {
  const TOLERANCE = 1.5;
  const box = el => { const r = el.getBoundingClientRect();
    return {left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY,
            width: r.width, height: r.height}; };
  const main = document.querySelector('[data-testid="stMain"]');
  const mainBlock = document.querySelector('[data-testid="stMainBlockContainer"]');
  const pictures = [];
  const visible = el => { const r = el.getBoundingClientRect(); return r.width > 2 && r.height > 2
    && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[data-testid="stExpanderDetails"]:not(:has(*))'); };
  const inClosedExpander = el => { const d = el.closest('details'); return d && !d.open; };
  const add = (el, kind, element) => {
    if (!visible(el) || inClosedExpander(el)) return;
    const column = element.closest('[data-testid="stColumn"]') || mainBlock;
    const key = [...(element.closest('[class*="st-key-"]')?.classList || [])].find(c => c.startsWith('st-key-'));
    pictures.push({kind, box: box(el), column: box(column), key: key || null,
                   inMain: !!el.closest('.st-key-main_picture'), text: (element.innerText || '').slice(0, 40)});
  };
  for (const chart of document.querySelectorAll('[data-testid="stVegaLiteChart"]')) {
    const drawn = chart.querySelector('.vega-embed canvas, .vega-embed > svg');
    if (drawn) add(drawn, 'chart', chart);
  }
  for (const img of document.querySelectorAll('[data-testid="stImage"] img, [data-testid="stHtml"] img'))
    add(img, 'image', img.closest('[data-testid="stElementContainer"]') || img);
  // the live player (ui/live_player.py) draws its plots on canvases of its own
  for (const canvas of document.querySelectorAll('.nnx-player .panel-plot canvas'))
    add(canvas, 'canvas', canvas.closest('.panel'));
  for (const frame of document.querySelectorAll('[data-testid="stMain"] iframe'))
    add(frame, 'iframe', frame.closest('[data-testid="stElementContainer"]') || frame);
  for (const table of document.querySelectorAll('[data-testid="stDataFrame"], [data-testid="stTable"] table'))
    add(table, 'table', table);
  for (const code of document.querySelectorAll('[data-testid="stMain"] [data-testid="stCode"] pre'))
    if (code.scrollWidth > code.clientWidth + 2 && !inClosedExpander(code))
      pictures.push({kind: 'code', box: box(code), column: box(code), key: null, inMain: false,
                     text: code.innerText.slice(0, 40), scrolls: true});

  const problems = [];
  for (const p of pictures) {
    if (p.box.right > p.column.right + TOLERANCE || p.box.left < p.column.left - TOLERANCE)
      problems.push({problem: 'outside its column', kind: p.kind, text: p.text,
                     by: Math.round(Math.max(p.box.right - p.column.right, p.column.left - p.box.left))});
  }
  for (let i = 0; i < pictures.length; i++) for (let j = i + 1; j < pictures.length; j++) {
    const a = pictures[i].box, b = pictures[j].box;
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > TOLERANCE && h > TOLERANCE)
      problems.push({problem: 'overlap', kind: pictures[i].kind + '/' + pictures[j].kind,
                     text: pictures[i].text + ' | ' + pictures[j].text, by: Math.round(Math.min(w, h))});
  }
  // a row of option buttons (segmented control, pills) wider than its column: the last ones hide
  for (const group of document.querySelectorAll('[data-testid="stMain"] [data-testid="stButtonGroup"]')) {
    const buttons = [...group.querySelectorAll('button')].map(b => b.getBoundingClientRect()).filter(r => r.width);
    if (!buttons.length || inClosedExpander(group)) continue;
    const column = box(group.closest('[data-testid="stColumn"]') || mainBlock);
    const right = Math.max(...buttons.map(r => r.right + scrollX));
    if (right > column.right + TOLERANCE)
      problems.push({problem: 'outside its column', kind: 'buttons', text: group.innerText.slice(0, 40),
                     by: Math.round(right - column.right)});
  }
  // a label cut short: text in a box that hides what does not fit (nav entries, select values, buttons)
  const cut = new Set();
  for (const el of document.querySelectorAll('[data-testid="stSidebarNav"] *, [data-testid="stMain"] *')) {
    // a selectbox shows its choice as the value of an <input role="combobox">
    const text = (el.matches('input[role="combobox"]') ? el.value : el.textContent).trim();
    if (!text || cut.has(text) || inClosedExpander(el)
        || el.closest('.vega-embed, pre, .katex-mathml, [data-testid="stDataFrame"], [data-testid="stTable"]'))
      continue;
    const style = getComputedStyle(el);
    const clips = style.textOverflow === 'ellipsis' || ['hidden', 'clip'].includes(style.overflowX);
    if (clips && el.scrollWidth > el.clientWidth + 1 && el.getBoundingClientRect().width > 0) {
      cut.add(text);
      problems.push({problem: 'label cut', kind: 'text', text: text.slice(0, 60), by: el.scrollWidth - el.clientWidth});
    }
  }
  const sideways = [document.documentElement, main].filter(Boolean)
    .map(el => el.scrollWidth - el.clientWidth).reduce((a, b) => Math.max(a, b), 0);
  if (sideways > TOLERANCE) problems.push({problem: 'scrolls sideways', kind: 'page', text: '', by: sideways});
  const mainPicture = pictures.find(p => p.inMain) || null;
  return {pictures, problems, viewport: {width: innerWidth, height: innerHeight},
          mainPicture: mainPicture && mainPicture.box,
          mainMarked: !!document.querySelector('.st-key-main_picture')};
}
"""

# Sizes a lecture is projected at, and a phone.
PROJECTORS = {"1024x768": (1024, 768), "1280x720": (1280, 720)}
SIZES = {**PROJECTORS, "1920x1080": (1920, 1080), "phone": (390, 844)}


def measure(page):
    """The layout of the page shown now: {pictures, problems, viewport, mainPicture, mainMarked}."""
    return page.evaluate(MEASURE_JS)


def main_picture_top(page):
    """How far below the top of the window the main picture starts (the page scrolled to its top)."""
    return page.evaluate(
        """() => { const el = document.querySelector('.st-key-main_picture');
                   if (!el) return null;
                   const drawn = el.querySelector('.vega-embed canvas, .vega-embed > svg, img, iframe, '
                                                  + '.nnx-player .panel-plot canvas, [data-testid="stDataFrame"]') \
|| el;
                   return drawn.getBoundingClientRect().top; }""")


def main():
    from tools.browser import chromium, open_page
    from tools.serve import running_app
    from ui.catalog import HOME, PAGES

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="*", help="page ids (default: all)")
    parser.add_argument("--sizes", nargs="*", default=list(PROJECTORS), choices=list(SIZES))
    parser.add_argument("--langs", nargs="*", default=["ko", "en"])
    parser.add_argument("--query", default="", help="extra query string")
    parser.add_argument("--shots", default="", help="folder for screenshots")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    ids = args.pages or [p.page_id for p in (HOME, *PAGES)]
    rows = []
    with running_app() as app, chromium() as browser:
        for page_id in ids:
            for lang in args.langs:
                for size in args.sizes:
                    width, height = SIZES[size]
                    path = "" if page_id == "home" else page_id
                    query = f"lang={lang}" + (f"&{args.query}" if args.query else "")
                    page = open_page(browser, f"{app.url}/{path}?{query}", lang, width=width, height=height)
                    try:
                        layout = measure(page)
                        top = main_picture_top(page)
                        if args.shots:
                            page.screenshot(path=f"{args.shots}/{page_id}-{lang}-{size}.png")
                    finally:
                        page.context.close()
                    rows.append({"page": page_id, "lang": lang, "size": size, "top": top,
                                 "problems": layout["problems"]})
                    if not args.json:
                        fold = "-" if top is None else f"{top:.0f}"
                        print(f"{page_id:18} {lang} {size:9} main picture top {fold:>5}  "
                              + ("ok" if not layout["problems"] else
                                 "; ".join(f"{p['problem']} {p['kind']} {p['by']}px [{p['text'][:30]!r}]"
                                           for p in layout["problems"][:4])), flush=True)
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

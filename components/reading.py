"""Pieces for showing what the engine read: the findings table, escaped and highlighted report text.

Report text is always HTML-escaped before it is shown; highlighting uses the engine's offsets and never
searches the text again.
"""

from __future__ import annotations

import html
import json
import re

import pandas as pd

from components.words import screen_words
from readingscan import Report, Span, finding_name, place_words, term_words, tidy, why_words


def quoted(text: str) -> str:
    """Report words quoted on our screens ("“...”"); ``text`` is escaped for where it goes by the caller."""
    return screen_words("reading")["quote"].format(quote=text)


def english_quote(text: str) -> str:
    """The report's words quoted inside a Markdown line shown with ``unsafe_allow_html``: HTML-escaped (so the report
    can never add markup), then Markdown-escaped, in a span marked ``lang="en"`` for a screen reader's voice."""
    return f'<span lang="en">{quoted(escape_markdown(html.escape(text)))}</span>'


def findings_table(report: Report) -> pd.DataFrame:
    words = screen_words("reading")
    rows = []
    for number, finding in enumerate(report.findings, start=1):
        status = words[f"status_{finding.status.value}"]
        rows.append({
            "#": number,
            words["column_finding"]: finding_name(finding),
            words["column_breast"]: words[f"breast_{finding.breast.value if finding.breast else 'not_stated'}"],
            words["column_status"]: words["status_stable"].format(status=status) if finding.stable else status,
            words["column_shape"]: tidy(", ".join(term_words(m) for m in finding.morphology)),
            words["column_pattern"]: term_words(finding.distribution) if finding.distribution else "",
            words["column_where"]: place_words(finding),
            words["column_size"]: finding.size_mm,
            words["column_why"]: why_words(finding),
        })
    return pd.DataFrame(rows)


SELECTED_ID = "rs-selected"


def highlighted_html(text: str, spans: list[Span], selected: Span | None = None, unsure: tuple[Span, ...] = ()) -> str:
    """The report text, escaped, with each span wrapped in <mark> (overlaps merged); the ``selected``
    span's mark carries the class rs-selected and an id to link to. ``unsure`` spans (words OCR read
    with low confidence) get a dotted underline, <u class='rs-unsure'>, inside or outside the marks."""
    merged: list[list[int]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    doubtful = sorted((s.start, s.end) for s in unsure)
    title = html.escape(screen_words("reading")["unsure_title"]) if unsure else ""
    out, pos = [], 0
    for start, end in merged:
        out.append(_with_unsure(text, pos, start, doubtful, title))
        chosen = selected is not None and start <= selected.start < end
        # tabindex -1: the page moves keyboard focus here after "Show in my report" (focus_script)
        attrs = f" class='rs-selected' id='{SELECTED_ID}' tabindex='-1'" if chosen else ""
        out.append(f"<mark{attrs}>{_with_unsure(text, start, end, doubtful, title)}</mark>")
        pos = end
    out.append(_with_unsure(text, pos, len(text), doubtful, title))
    # lang: the report is English whatever language the page is in (a screen reader switches voice for it).
    return ("<div class='rs-report-text' lang='en' style='white-space: pre-wrap; font-family: inherit'>"
            + "".join(out) + "</div>")


def _with_unsure(text: str, start: int, end: int, doubtful: list[tuple[int, int]], title: str) -> str:
    """text[start:end], escaped, with the parts inside ``doubtful`` ranges underlined (clipped to the range);
    ``title``: the underline's hover text, escaped."""
    out, pos = [], start
    for a, b in doubtful:
        a, b = max(a, pos), min(b, end)
        if a >= b:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f"<u class='rs-unsure' title='{title}' style='{_UNSURE_STYLE}'>{html.escape(text[a:b])}</u>")
        pos = b
    out.append(html.escape(text[pos:end]))
    return "".join(out)


_UNSURE_STYLE = "text-decoration: underline dotted #c2410c; text-decoration-thickness: 2px; text-underline-offset: 3px"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_markdown(text: str) -> str:
    """Report words shown inside our Markdown: every Markdown character escaped, so they stay text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


FOCUS_CLASS = "rs-focus"
# Runs in the page (st.html with unsafe_allow_javascript): only our own selector goes in, as a JSON string.
# It waits for the script run to end (stApp's data-test-script-state), so nothing drawn above the target
# moves it after the scroll; then scrolls the target to the top (or the middle) below Streamlit's fixed
# header and moves keyboard focus to it. A box is focused through its first heading or message box.
_FOCUS_JS = """<style>.stElementContainer:has(.%(cls)s) { display: none; }</style>
<span class='%(cls)s' hidden data-token='%(token)d'></span><script>
(() => {
  const selector = %(selector)s, block = %(block)s;
  const app = document.querySelector('[data-testid="stApp"]');
  let moved = false;
  const move = () => {
    const box = document.querySelector(selector);
    if (moved || !box) return;
    moved = true;
    const inner = box.matches('h1, h2, h3, h4, mark') ? null : box.querySelector('h1, h2, h3, h4, [role="alert"], [role="status"]');
    const target = inner || box;
    const closed = target.closest('details:not([open])');  // a box the person closed: open it again first
    if (closed) closed.querySelector('summary').click();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.style.scrollMarginTop = '5rem';
    requestAnimationFrame(() => {
      target.scrollIntoView({block: block});
      target.focus({preventScroll: true});
      if (closed) keep(target);
    });
  };
  // A box opened again grows over a few frames (slower on a busy phone): until it has settled, put the
  // target back in view each frame it has drifted out, unless the person has started scrolling.
  const keep = (target) => {
    let stop = false;
    const halt = () => { stop = true; };
    ['wheel', 'touchstart', 'keydown'].forEach((e) => addEventListener(e, halt, {once: true, capture: true}));
    const until = performance.now() + 1500;
    const step = () => {
      if (stop || performance.now() > until || document.activeElement !== target) return;
      const r = target.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) target.scrollIntoView({block: block});
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
  const settled = () => !app || app.getAttribute('data-test-script-state') !== 'running';
  const later = () => requestAnimationFrame(() => requestAnimationFrame(move));
  if (settled()) { later(); return; }
  const watch = new MutationObserver(() => { if (settled()) { watch.disconnect(); later(); } });
  watch.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  setTimeout(() => { watch.disconnect(); move(); }, 5000);
})();
</script>"""


def focus_script(selector: str, token: int, *, middle: bool = False) -> str:
    """HTML with a script that scrolls to the element ``selector`` names and moves keyboard focus to it
    (Streamlit has no focus API). ``token`` makes each request a new element, so the script runs again
    when the same target is asked for twice in a row."""
    return _FOCUS_JS % {"cls": FOCUS_CLASS, "token": token, "selector": json.dumps(selector),
                        "block": json.dumps("center" if middle else "start")}

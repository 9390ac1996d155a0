"""Article headings run into their first paragraph: "第一条　为了……，制定本协定。", "Article 1. The Parties …".

Chinese legal texts are typed this way as a rule (the number, a full-width space, the text), and
so are many older treaties and translations ("ARTICLE ONE: The Contracting States …", "Article 3. –
This Agreement …"). Read line by line, such a paragraph is a sentence that begins with a citation,
and the whole text is kept as recitals. Here a line is taken for a run-in heading only where the
file shows the pattern: the label is set off from the sentence (a full stop, colon, dash, tab, or
for Chinese a space or nothing) and its number continues the sequence of the articles before it
(1, 2, 3 …, skipping at most two, headings typed on their own lines counting too), so "Article 5 of
the Convention shall apply" or "第五条规定的义务" in the middle of a text stays a sentence. Each such
line is split into its heading and its first paragraph before the lines are classified.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..core.labels import parse_label
from .docx_lines import ARTICLE_RE, ORDINAL_ARTICLE_RE, ZH_ARTICLE_RE, _headingish
from .docx_source import Line, Row, Source

_SEPARATOR = re.compile(r"[.:：–—\-\t]")
_CITING = re.compile(r"(?:规定|所|的|中|和|与|或|至|及|项|之|第|，|,|条款|以外|以及|不|应|可)")
_GAP = 3          # a number may skip two (a text that leaves an article out, or one typed otherwise)


def _reading(line: Line):
    """(value, heading on its own line, match, label set off from its sentence) of a line that is or
    begins with an article heading."""
    text = line.text
    for regex in ((ZH_ARTICLE_RE,) if line.zh else (ARTICLE_RE, ORDINAL_ARTICLE_RE)):
        match = regex.match(text)
        if match is None:
            continue
        if "." in (match.group("num") or ""):
            return None                  # "Article 12.1": numbered within its chapter, no sequence of its own
        parsed = parse_label(match.group("label"))
        if parsed is None or parsed[1] is None:
            return None
        value = parsed[1]
        rest = match.group("rest").strip()
        if _headingish(rest, line, line.bold):
            return value, True, match, True
        between = text[match.end("label"):match.start("rest")]
        if not line.zh and not _SEPARATOR.search(between):
            return None                  # "Article 5 shall apply …": a sentence citing an article
        if line.zh and ("、" in between or not between and _CITING.match(rest)):
            return None                  # "第五条规定的义务…", "第五条、第六条…": a sentence citing articles
        return value, False, match, bool(between)      # set off from its sentence (for Chinese, maybe not)
    return None


def _split(line: Line, match) -> list[Line]:
    at = match.start("rest")
    while at < len(line.text) and line.text[at].isspace():
        at += 1
    head = replace(line, text=match.group("label"), notes=[n for n in line.notes if n[0] < at], bold=True,
                   tab_after_label=False, breaks=[])
    # the sentence after the heading is body text, never the heading's title, however the paragraph is set
    body = replace(line, text=line.text[at:], notes=[(n[0] - at, n[1]) for n in line.notes if n[0] >= at],
                   lead_tab=False, tab_after_label=False, bold=False, underline=False,
                   align="" if line.align == "center" else line.align)
    return [head, body]


def _streams(source: Source) -> list[list[tuple[list[Line], int]]]:
    """The lines of each language in reading order, each as (the list holding it, its index)."""
    streams: dict[bool, list[tuple[list[Line], int]]] = {False: [], True: []}
    for at, block in enumerate(source.blocks):
        if not isinstance(block, Row):
            streams[block.zh].append((source.blocks, at))
            continue
        for holder in (block.left, block.right):
            for i, line in enumerate(holder):
                streams[line.zh].append((holder, i))
    return list(streams.values())


def split_run_in(source: Source) -> int:
    """Split the run-in article headings of the file into heading and paragraph; how many."""
    if source.own:
        return 0
    todo: list[tuple[list, int, object]] = []
    for stream in _streams(source):
        readings = []
        for holder, i in stream:
            reading = _reading(holder[i])
            if reading is not None:
                readings.append((holder, i, *reading))
        last, chosen = None, []
        for k, (holder, i, value, own, match, marked) in enumerate(readings):
            if own:
                last = value
                continue
            follows = last is not None and last < value <= last + _GAP
            # an extract's next stretch ("Article 282." after Article 25): the next heading continues it
            resumes = (last is None or value > last) and any(r[2] == value + 1 for r in readings[k + 1:k + 4])
            # set off by a stop, colon, dash, tab or space, a heading number that rises is a heading
            # (a Chinese sentence may begin "第五条规定的" with nothing between: it must follow on)
            rises = marked and (last is None or value > last)
            if follows or resumes or rises or last is None and value == 1:
                chosen.append((holder, i, match))
                last = value
        if len(chosen) >= 2 or chosen and any(r[3] for r in readings):
            todo += chosen
    for holder, i, match in sorted(todo, key=lambda t: -t[1]):    # from the end: indexes stay right
        holder[i:i + 1] = _split(holder[i], match)
    return len(todo)

"""Lines typed into a Word file that are no treaty text: page numbers, running headers, a typed contents.

A clerk who copies a printed treaty into Word often brings its page furniture along: "- 3 -",
"Page 3 of 12", a bare "3" between paragraphs, the running header printed at the top of each page,
and a table of contents typed by hand ("Article 3 Definitions ........ 7"). Read as text they
would become titles, paragraphs or extra articles. Here they are found and left out (said in the
report). Only lines outside tables are considered: a table's bare numbers are figures.
"""
from __future__ import annotations

import re
import unicodedata

from .docx_source import Line, Source

_PAGE = re.compile(r"^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
                   r"|\d{1,4}\s*/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|[-–—]?\s*\d{1,4}\s*[-–—]?)$",
                   re.IGNORECASE)
_BARE = re.compile(r"^\d{1,4}$")
# a document's handling marking, never treaty text ("DRAFT", "CONFIDENTIAL", "Restricted", "Not for circulation")
_MARK_WORD = (r"(?:(?:working|negotiating|revised)\s+)?draft|confidential|restricted|limited(?:\s+distribution)?|"
              r"not\s+for\s+(?:circulation|distribution|publication)|for\s+official\s+use\s+only")
_MARKING = re.compile(rf"^[\s–—:-]*(?:{_MARK_WORD})(?:[\s–—:,-]+(?:{_MARK_WORD}))*[\s–—:-]*$", re.IGNORECASE)
_CONTENTS = re.compile(r"^(?:(?:table\s+of\s+)?contents|index|目\s*录|目\s*次)$", re.IGNORECASE)


def _plain(line: Line) -> str:
    return unicodedata.normalize("NFKC", line.text).strip()


def _page_lines(lines: list[Line]) -> set[int]:
    """Page numbers: "- 3 -", "Page 3 of 12", "第3页"; bare numbers only where the file has several,
    rising (a lone "3" may be text), or the lone "2" of a two-page text, centred or flush right and not bold."""
    found = {i for i, line in enumerate(lines) if not line.cell and _PAGE.match(_plain(line))
             and not _BARE.match(_plain(line))}
    bare = [i for i, line in enumerate(lines) if not line.cell and _BARE.match(_plain(line))]
    values = [int(_plain(lines[i])) for i in bare]
    if len(bare) >= 2 and all(a < b for a, b in zip(values, values[1:])):
        found.update(bare)
    elif values == [2] and lines[bare[0]].align in ("center", "right", "end") and not lines[bare[0]].bold \
            and not lines[bare[0]].tab_after_label:
        found.update(bare)           # the one page number of a two-page text, centred or flush right as printed
    return found


def _running_headers(lines: list[Line], pages: set[int]) -> set[int]:
    """Lines beside a page number whose text recurs beside many page numbers (a running header or footer;
    a title "Definitions" that happens to stand beside two of them is not one)."""
    beside: dict[str, list[int]] = {}
    for i in pages:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in pages and not lines[j].cell and len(lines[j].text) <= 120:
                beside.setdefault(_plain(lines[j]), []).append(j)
    least = max(2, len(pages) / 3)      # on most pages (odd and even pages may have their own)
    found = {j for places in beside.values() if len(set(places)) >= least for j in places}
    # a marking beside a page number is page furniture even on a text of two pages ("DRAFT – NOT FOR CIRCULATION")
    found.update(j for text, places in beside.items() if _MARKING.match(text) for j in places)
    return found


def _contents(lines: list[Line]) -> set[int]:
    """A typed table of contents: two or more lines in a row ending with leaders or a tab and a page
    number (with the "Contents" heading above them)."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].leader_number and not lines[j].cell:
            j += 1
        if j - i >= 2:
            found.update(range(i, j))
            if i and _CONTENTS.match(_plain(lines[i - 1])):
                found.add(i - 1)
        i = max(j, i + 1)
    return found


def drop_noise(source: Source) -> list[tuple[str, Line]]:
    """Leave out the page furniture and typed contents of a file written elsewhere; what was left out."""
    if source.own:
        return []
    lines = [b for b in source.blocks if isinstance(b, Line)]
    pages = _page_lines(lines)
    drop = {i: "page" for i in pages}
    drop.update({i: "page" for i in _running_headers(lines, pages)})
    drop.update({i: "contents" for i in _contents(lines)})
    if not drop:
        return []
    gone = {id(lines[i]) for i in drop}
    source.blocks = [b for b in source.blocks if id(b) not in gone]
    return [(kind, lines[i]) for i, kind in sorted(drop.items())]

"""Finding internal article references in printed text, English and Chinese.

English: "Article 23", "Article 12.17", "Article 28.1" (paragraph 1 of Article 28 in WTO style),
"paragraph 2 of Article 13", "Articles 13 and 25", "Articles 6 (b) and 7 (b)", and in a text that
numbers its articles in words "Article Four", "Article Twenty-One" (the span's number in digits). Chinese:
"第十五条", "第十五条第三款" (the article part), "第1条和第2条", "第十九条到二十条". A reference
to another instrument stays text: "Article 10 of the Agreement on Trade Facilitation",
"Article XXI of the GATT 1994" (Roman numbers are never this treaty's articles here),
"《联合国宪章》第一百零二条", "框架协定第5.3条".

>>> [s.number for s in find_references("paragraph 2 of Article 13 and Article 10 of the Agreement on Trade Facilitation")]
['13']
>>> [s.number for s in find_references("as provided in Article Twenty-Seven and Article One of the Charter")]
['27']
>>> [(s.number, s.number_only) for s in find_references_zh("依照第1条和第2条，及第十五条第三款")]
[('1', True), ('2', True), ('15', False)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .labels import NUMBER_WORD_PATTERN, number_word_value, parse_chinese_numeral


@dataclass(frozen=True)
class RefSpan:
    """A reference found in plain source text."""

    start: int
    end: int
    number: str
    number_only: bool
    digits: bool = False          # Chinese text printing the number in Arabic digits


_NUM = r"(\d+(?:\.\d+)*)"
_SUB = r"(?:\s?\((?:[a-z0-9]{1,4}|[A-Z][^()]{0,80})\))*"     # "(b)", "(2)", "(Market Access)"
_EXTERNAL_AFTER = re.compile(
    r"^(?:\.[a-z]\b)?" + _SUB +
    r"(?:,?\s*(?:paragraphs?|para\.|sub-?paragraphs?)\s+[\w()]+"
    r"(?:\s*(?:,|and)\s*(?:sub-?paragraphs?\s+)?[\w()]+)*)?"
    r",?\s+of\s+(?:the\s+)?(?!this\b)[A-Z(]")
_SINGLE_EN = re.compile(r"\bArticle\s+" + _NUM + r"(?![\d.]*\d)")
_PLURAL_EN = re.compile(r"\bArticles\s+" + _NUM + _SUB +
                        r"((?:\s*(?:,|and|or|to|through)\s*" + _NUM + _SUB + r")+)")
_TAIL_NUM = re.compile(_NUM + r"(?![\d.]*\d)")
_WORD_EN = re.compile(r"\bArticle\s+(" + NUMBER_WORD_PATTERN + ")", re.IGNORECASE)


def _is_external(text: str, end: int) -> bool:
    return bool(_EXTERNAL_AFTER.match(text[end:end + 100]))


def find_references(text: str) -> list[RefSpan]:
    """Internal article references in English source text ("Article 34", "Articles 13 and 25")."""
    spans: list[RefSpan] = []
    taken: list[tuple[int, int]] = []
    for match in _PLURAL_EN.finditer(text):
        tail_end = match.end()
        if _is_external(text, tail_end):
            continue
        taken.append((match.start(), tail_end))
        spans.append(RefSpan(match.start(1), match.end(1), match.group(1), True))
        tail_start = match.start(2)
        for num in _TAIL_NUM.finditer(match.group(2)):
            before = match.group(2)[:num.start()]
            if before.count("(") > before.count(")"):   # "(1)", "(Annex 2 …)": inside brackets
                continue
            spans.append(RefSpan(tail_start + num.start(), tail_start + num.end(), num.group(1), True))
    for match in _SINGLE_EN.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        if _is_external(text, match.end()):
            continue
        spans.append(RefSpan(match.start(), match.end(), match.group(1), False))
    if "rticle" in text or "RTICLE" in text:
        for match in _WORD_EN.finditer(text):
            found = number_word_value(match.group(1))
            if found is None or not match.group(0)[:1].isupper() or _is_external(text, match.end()):
                continue
            spans.append(RefSpan(match.start(), match.end(), str(found[0]), False))
    return sorted(spans, key=lambda span: span.start)


_ZH_NUM = r"([〇零一二两三四五六七八九十百千]+|\d+(?:\.\d+)*)"
_ZH_SINGLE = re.compile(r"第" + _ZH_NUM + r"条")
_ZH_MORE = re.compile(r"\s*(?:和|及|与|或|、|，|至|到|—|－|-)\s*(第)?" + _ZH_NUM + r"条")
_ZH_INSTRUMENT = re.compile(r"(本|此|该|上述|前述)?(?:协定|公约|宪章|条约|议定书|协议|规则|章程|谅解|宣言|决议|"
                            r"规约|安排|法|GATT\s*1994|GATS)\s*$")


def _zh_external(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start].rstrip()
    if before.endswith("》"):
        return True
    match = _ZH_INSTRUMENT.search(before)
    return bool(match) and match.group(1) not in ("本", "此")


def _zh_value(number: str) -> str | None:
    if number[0].isdigit():
        return number
    value = parse_chinese_numeral(number)
    return str(value) if value else None


def find_references_zh(text: str) -> list[RefSpan]:
    """Internal article references in Chinese text: a run such as "第1条和第2条" gives one span
    per number (the number alone when printed in digits or without its own 第)."""
    spans: list[RefSpan] = []
    pos = 0
    while True:
        match = _ZH_SINGLE.search(text, pos)
        if match is None:
            break
        pos = match.end()
        if _zh_external(text, match.start()):
            while (more := _ZH_MORE.match(text, pos)) is not None:
                pos = more.end()
            continue
        run = [(match.start(1), match.end(1), match.group(1), match.start(), match.end())]
        while (more := _ZH_MORE.match(text, pos)) is not None:
            run.append((more.start(2), more.end(2), more.group(2),
                        more.start(1) if more.group(1) else None, more.end()))
            pos = more.end()
        for num_start, num_end, number, whole_start, whole_end in run:
            value = _zh_value(number)
            if value is None:
                continue
            digits = number[0].isdigit()
            if whole_start is not None and not digits:
                spans.append(RefSpan(whole_start, whole_end, value, False))
            else:
                spans.append(RefSpan(num_start, num_end, value, True, digits))
    return spans

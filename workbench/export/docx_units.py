"""The provisions of a file that prints no article words, and the lines that open them.

A recommendation, a code, a declaration, an initiative or a resolution has no "Article 1". Its
provisions are typed one of three ways, looked for in this order:

1. **Numbered headings.** An emphasised short line that opens with its own number ("I.", "II.",
   "1.1. Inclusive growth …", "1<TAB>Take appropriate measures …", "一、总体要求", "（一）促进…")
   and is followed by text heads a provision, its words after the number being the title. Such a
   line followed by further headings, or by numbered paragraphs, is a division instead
   ("一、愿景目标" over "（一）…", "I. Introduction" over "1. …"). Two such provision headings at
   least make this the file's way.
2. **Numbered paragraphs.** Top-level "1.", "1<TAB>", "一、", "一是" after the preamble, each the
   next provision (``docx_flow.Builder.starts_unit``).
3. **Items after a chapeau.** Where nothing is numbered, the bullets ("——", "•", "-") that follow
   a line ending with a colon ("为此，我们倡议：", "… abide by the following actions:") are the
   provisions, each item one, printed with its bullet.

``plan`` marks the lines (``Item.extra``): "unit-head" with "unit-label" for a provision heading,
"unit-division" for a heading that is a division, "unit-item" for an item (way 3), "unit-para"
for a paragraph numbered "I.", "II." … that opens a provision between numbered headings (the OECD
Recommendation's "I. AGREES that …" beside its "1.1" principles); it returns the bullet style of
the items, or "".
"""
from __future__ import annotations

import re

from .docx_build import Unit
from .docx_lines import BARE_DIVISION_RE, ZH_BARE_DIVISION_RE, Item, Label, heading_like, title_like

#: A bare number typed alone or before a title on an emphasised line ("I.", "1.1.", "A.").
_BARE_HEAD = re.compile(r"^(?P<label>(?:[IVXLC]+|[A-Z]|\d{1,3}(?:\.\d{1,3})*)\.|(?:[IVXLC]+|\d{1,3})(?:\.\d{1,3})+)"
                        r"(?:\s+(?P<rest>\S.*))?$")
_HEAD_STYLES = ("dot-arabic", "bare-arabic", "zh-enum", "zh-paren", "zh-paren-arabic", "zh-comma-arabic",
                "paren-arabic", "bracket-arabic")
_NUMBERED = ("dot-arabic", "bare-arabic", "paren-arabic", "bracket-arabic", "zh-enum", "zh-shi", "dot-upper-roman")
_COLON = (":", "：")
#: a chapeau of the preamble ("Recalling:", "Noting the following:", "忆及："), not of the items
_RECITING = re.compile(r"^(?:[A-Z][a-z]+ing|(?:Also|Further)\s+[a-z]+ing)\b|^(?:忆及|注意到|认识到|考虑到|重申|强调|回顾)")


def _roman(text: str) -> bool:
    return bool(re.fullmatch(r"[IVXLC]+", text))


def heading_label(item: Item) -> tuple[Label, str] | None:
    """(label, title) of an emphasised line that opens with its own number; None otherwise."""
    if not item.emphasised or len(item.text) > 300 or item.extra.get("closing"):
        return None
    if item.kind == "label":
        styles = [style for style, _value in item.label.readings]
        if item.extra.get("inner") or not any(s in _HEAD_STYLES or s.startswith("dotted") for s in styles):
            return None
        return item.label, item.rest
    if item.kind in ("bare-division", "plain"):
        match = _BARE_HEAD.match(item.text)
        if match is None:
            zh = ZH_BARE_DIVISION_RE.match(item.text) if item.kind == "bare-division" else None
            if zh is None:
                return None
            from ..core.labels import parse_chinese_numeral
            return Label(zh.group("label"), [("zh-enum", parse_chinese_numeral(zh.group("num")) or 0)]), \
                zh.group("rest").strip()
        printed, rest = match.group("label"), (match.group("rest") or "").strip()
        number = printed.rstrip(".")
        if item.kind == "plain" and rest and not (  # "1.5 million …" or a sentence: not a heading here
                len(rest) <= 80 and (re.match(r"[IVXLC]+\.\d", number) or rest.isupper())):
            return None                              # but "III.1 VALUES", "2.3 SCOPE" are
        if _roman(number):
            from ..core.labels import roman_value
            readings = [("dot-upper-roman", roman_value(number) or 0)]
        elif number.isalpha():
            readings = [("dot-upper-letter", ord(number) - 64)]
        else:
            parts = number.split(".")
            readings = [(f"dotted{len(parts) - 1}" if len(parts) > 1 else "dot-arabic", int(parts[-1]))]
        return Label(printed, readings, ".".join(number.split(".")[:-1])), rest
    return None


def _body(item: Item) -> bool:
    """A line of text that belongs to a provision (not a heading of any kind)."""
    if item.kind in ("article", "division", "annex", "preamble", "bare-division"):
        return False
    if item.kind == "plain":
        return not item.emphasised or not title_like(item)
    return not item.emphasised or heading_label(item) is None


def plan(units: list[Unit], start: int) -> str:
    """Mark the lines that open provisions and numbered divisions (see the module); the bullet
    style of items when the file's provisions are items after a chapeau, else ""."""
    heads: list[int] = []
    divisions: list[int] = []
    for i in range(start, len(units)):
        item = units[i].main
        found = heading_label(item)
        if found is None:
            continue
        label, rest = found
        j = i + 1
        if not rest and j < len(units) and units[j].main.kind == "plain" and units[j].main.emphasised \
                and title_like(units[j].main) and heading_label(units[j].main) is None:
            j += 1                                   # "I." and its title on the next line
        nxt = units[j].main if j < len(units) else None
        if nxt is not None and _body(nxt) and not _numbered_paragraph(nxt):
            heads.append(i)
        elif nxt is not None:
            divisions.append(i)
    if len(heads) >= 2:
        for i in _paragraph_starts(units, start, ("dot-upper-roman",), plain=True):
            units[i].main.extra["unit-para"] = True  # "I. AGREES that …" between titled provisions
        for i in heads:
            units[i].main.extra["unit-head"] = True
            units[i].main.extra["unit-label"] = heading_label(units[i].main)[0]
        for i in divisions:
            for item in (units[i].en, units[i].zh):
                if item is not None and heading_label(item) is not None:
                    _as_division(item)
        return ""
    starts = _paragraph_starts(units, start)
    if starts:
        for i in starts:                            # a heading over a numbered paragraph: a division,
            j = i - 1                               # and a heading over that heading ("III.1 VALUES"
            while j >= start and i - j <= 3:        # over "Environment and ecosystem flourishing")
                before = units[j].main
                if not (heading_like(before) or heading_label(before) is not None):
                    break
                for item in (units[j].en, units[j].zh):
                    if item is not None and heading_label(item) is not None:
                        _as_division(item)
                before.extra["unit-division"] = True
                j -= 1
        return ""
    return _items(units, start)


def _paragraph_starts(units: list[Unit], start: int, styles: tuple = (), plain: bool = False) -> list[int]:
    """Where numbered paragraphs open provisions: the top-level "1.", "2." … (or "I.", "II." …) in
    sequence; ``plain``: only lines that are not emphasised (not headings).

    An extract of a longer instrument (one section of a recommendation, a chapter circulated on
    its own) keeps the numbers it had there: where no sequence opens at 1, a run of at least three
    consecutive numbers opening at the first numbered line ("9.", "10.", "11." …) is the sequence.
    """
    out = _sequence(units, start, styles, plain, 1)
    if len(out) >= 2:
        return out
    first = next((v for i in range(start, len(units)) if _candidate(units[i].main, plain)
                  for s, v in units[i].main.label.readings if s in (styles or _NUMBERED) and v > 1), None)
    if first is None:
        return []
    out = _sequence(units, start, styles, plain, first)
    if len(out) < 3:
        return []
    if not styles:
        units[out[0]].main.extra["unit-offset"] = first - 1
    return out


def _candidate(item: Item, plain: bool) -> bool:
    return item.kind == "label" and not (plain and item.emphasised) and not item.extra.get("unit-head")


def _sequence(units: list[Unit], start: int, styles: tuple, plain: bool, expected: int) -> list[int]:
    out, style = [], ""
    for i in range(start, len(units)):
        item = units[i].main
        if not _candidate(item, plain):
            continue
        readings = dict(item.label.readings)
        found = next((s for s in styles or _NUMBERED if readings.get(s) == expected and (not style or s == style)),
                     None)
        if found:
            out.append(i)
            style, expected = found, expected + 1
    return out


def _numbered_paragraph(item: Item) -> bool:
    return item.kind == "label" and not item.emphasised and any(
        style in _NUMBERED and value == 1 for style, value in item.label.readings)


def _as_division(item: Item) -> None:
    label, rest = heading_label(item)
    item.extra["unit-division"] = True
    if item.kind != "bare-division":
        item.kind, item.printed, item.rest = "bare-division", label.printed, rest
        item.number = re.sub(r"[^\w一二三四五六七八九十]", "", label.printed) or label.printed
        item.rest_at = len(item.text) - len(rest)


def _items(units: list[Unit], start: int) -> str:
    """The bullet style of the items that follow a chapeau ending with a colon, where nothing in
    the file is numbered; "" when the file is not typed so."""
    numbered = any(u.main.kind == "label" and any(s in _NUMBERED and v in (1, 2) for s, v in u.main.label.readings)
                   for u in units[start:])
    if numbered:
        return ""
    for i in range(max(start, 1), len(units)):
        item = units[i].main
        if item.kind != "label" or not item.label.readings[0][0].startswith("bullet"):
            continue
        before = units[i - 1].main.text.rstrip()
        if not before.endswith(_COLON) or _RECITING.match(before):
            continue                                # "Recalling:" lists the preamble's, not items
        style = item.label.readings[0][0]
        items = [u.main for u in units[i:] if u.main.kind == "label" and u.main.label.readings[0][0] == style]
        if len(items) < 2:
            return ""
        for it in items:
            it.extra["unit-item"] = True
        return style
    return ""


__all__ = ["plan", "heading_label", "BARE_DIVISION_RE"]

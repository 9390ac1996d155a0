"""What a line of a Word draft is, from its words and its look: a heading, a label, a formula or text.

Headings are recognised by their words as people type them: "Article 12", "ARTICLE 12 – Title",
"Article One", "ARTICLE TWENTY-ONE", "Article First", "ARTICLE ONE HUNDRED AND FIVE" (numbers in words,
1-999), "Art. 3", as translations print them "Article (1)", "Article (One)", "Article No. 1", "ARTICLE - I", "First Article",
"第十二条", "CHAPTER 1", "CHAPTER TWENTY", "SECTION A", "Part II", "第一章", "第二节", "ANNEX 1: Title",
"Appendix A", "Annexure - 'A'", "附件一"; bare "I. DEFINITIONS" or "一、总则" only when they look like headings.
Labels: "1.", "1.1" / "28.1", "(1)", "1)", "(a)", "(i)", "i.", "(A)", "a)", "一、", "（一）", "一是",
Chinese "1." with or without a space ("1.其他国家；"), a bare "1" followed by a tab, bullets ("•",
"-", and "——" as Chinese texts type it). Whether a
lettered label such as "(i)" is a letter or a Roman number is settled by the builder, which
knows the list it continues; here every reading is listed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.labels import NUMBER_WORD_PATTERN, letter_value, parse_chinese_numeral, roman_value
from ..core.closing_forms import EN_CLOSING_RE, ZH_CLOSING_RE
from .docx_source import Line

ZH_NUM = "〇零一二两三四五六七八九十百千"
_TERMINAL = (".", ";", ",", ":", "。", "；", "，", "：")
_REST = r"(?:\s*[-–—:.：]\s*|\s+)?(?P<rest>.*)$"
_NUMWORD = NUMBER_WORD_PATTERN

# "Article (1)", "Article (One)" and "Article No. 1" as translations print them; "Article the First"; "ARTICLE - I"
# as South Asian treaties print it (a dash between the word and its number)
ARTICLE_RE = re.compile(
    r"^(?P<label>(?P<word>ARTICLE|Article|article|ART\.|Art\.|Art)\s*(?:[-–—]\s*(?=(?:\d+|[IVXLC]+)\b))?(?:(?:No|NO)\.?\s*(?=\d))?(?:(?i:the)\s+(?=[A-Za-z]))?"
    r"(?P<open>\(\s*)?(?P<num>\d+(?:\.\d+)*(?:\s?(?:bis|ter|quater))?"
    rf"|[IVXLC]+|(?<=[\s(])(?i:{_NUMWORD}))(?(open)\s*\))(?![\w.]*\d))\.?" + _REST)
# "First Article", "TWENTY-FIRST ARTICLE": the ordinal before the word
ORDINAL_ARTICLE_RE = re.compile(rf"^(?P<label>(?:(?i:the)\s+)?(?P<num>(?i:{_NUMWORD}))\s+(?P<word>ARTICLE|Article))"
                                r"(?![\w])\.?" + _REST)
ZH_ARTICLE_RE = re.compile(rf"^(?P<label>第\s*(?P<num>[{ZH_NUM}\d]+)\s*条)\s*[：:.．、]?\s*(?P<rest>.*)$")
_DIVISION_WORDS = (r"PART|Part|CHAPTER|Chapter|SECTION|Section|SUB-SECTION|Sub-[Ss]ection|SUBSECTION|Subsection"
                   r"|TITLE|Title|BOOK|Book|DIVISION|Division|SUB-PART|Sub-[Pp]art|SUBPART|Subpart|SUB-DIVISION"
                   r"|Sub-[Dd]ivision|SUBDIVISION|Subdivision|MODULE|Module")
# "CHAPTER ONE", and as translations print it: "Chapter (1)", "Part No. 2", "Chapter the First"
DIVISION_RE = re.compile(
    rf"^(?P<label>(?P<word>{_DIVISION_WORDS})\s+(?:(?:No|NO)\.?\s*(?=\d))?(?:(?i:the)\s+(?=[A-Za-z]))?(?P<open>\(\s*)?"
    rf"(?P<num>[IVXLCDM]+|\d+(?:\.\d+)?|[A-Z]|[a-z]|(?i:{_NUMWORD}))(?(open)\s*\)))"
    r"(?![\w])\.?" + _REST)
# "FIRST CHAPTER", "The Second Part": the ordinal before the word
ORDINAL_DIVISION_RE = re.compile(rf"^(?P<label>(?:(?i:the)\s+)?(?P<num>(?i:{_NUMWORD}))\s+(?P<word>{_DIVISION_WORDS}))"
                                 r"(?![\w])\.?" + _REST)
ZH_DIVISION_RE = re.compile(rf"^(?P<label>第\s*(?P<num>[{ZH_NUM}\d]+)\s*(?P<word>部分|分编|编|章|小节|节|目|卷))"
                            r"\s*[：:.．、]?\s*(?P<rest>.*)$")
BARE_DIVISION_RE = re.compile(r"^(?P<label>(?P<num>[IVXLC]+|[A-Z])\.)\s+(?P<rest>\S.*)$")
ZH_BARE_DIVISION_RE = re.compile(rf"^(?P<label>(?P<num>[{ZH_NUM}]+)、)\s*(?P<rest>\S.*)$")
_ANNEX_WORDS = r"ANNEXURE|Annexure|ANNEX|Annex|APPENDIX|Appendix|SCHEDULE|Schedule|ATTACHMENT|Attachment|ADDENDUM|Addendum"
ANNEX_RE = re.compile(
    rf"^(?P<label>(?P<word>{_ANNEX_WORDS})(?:\s*(?:[-–—]\s*)?(?P<q>['‘’\"“”])?(?<=[\s'‘’\"“”])(?P<num>[IVXLC]+|\d+(?:\.\d+)?|[A-Z]|[a-z]|(?i:{_NUMWORD})(?![\w-]))(?(q)['‘’\"“”]))?"
    r"(?:\s+(?:TO|to)\s+(?:THE\s+|the\s+)?(?:ANNEX|Annex|AGREEMENT|Agreement|CONVENTION|Convention|PROTOCOL"
    r"|Protocol|CHAPTER|Chapter|ARTICLE|Article)(?:\s+[IVXLC\d]+(?:\.\d+)?)?)?)(?![\w])\.?" + _REST)
# a protocol of the instrument, numbered, as some treaties print the texts that follow their signatures
# ("PROTOCOL 1", "PROTOCOL 2 – concerning the definition of …"); a protocol without a number stays text
PROTOCOL_ANNEX_RE = re.compile(r"^(?P<label>(?P<word>PROTOCOL|Protocol)\s+(?:No\.?\s*)?(?P<num>\d{1,2}|[IVX]{1,4}))(?![\w.])"
                               + _REST)
ZH_ANNEX_RE = re.compile(rf"^(?P<label>(?P<word>附件|附录|附表)\s*(?P<num>[{ZH_NUM}\d]+)?)\s*[：:.．、]?\s*(?P<rest>.*)$")
PREAMBLE_RE = re.compile(r"^(PREAMBLE|Preamble|序言|序文|前言)$")
_LABEL_RE = re.compile(
    r"^(?:(?P<paren>\((?P<pv>\d{1,3}|[a-zA-Z]{1,5})\))"
    rf"|(?P<zhparen>[（(](?P<zpv>[{ZH_NUM}]+|\d{{1,3}})[）)])"
    rf"|(?P<zhenum>(?P<zev>[{ZH_NUM}]+)、)"
    rf"|(?P<zhshi>(?P<zsv>[{ZH_NUM}]+)是)"
    r"|(?P<rdot>(?P<rdv>[ivxl]{1,6})\.(?=\s))"
    r"|(?P<urdot>(?P<urv>[IVXL]{1,6})\.(?=\s))"
    r"|(?P<dotted>(?P<dv>\d{1,3}(?:\.\d{1,3})+)\.?(?=\s|[^\x00-\x7f]))"
    r"|(?P<num>(?P<nv>\d{1,3})[.．](?!\d))"
    r"|(?P<zhnum>(?P<znv>\d{1,3})、)"
    r"|(?P<bracket>(?P<bv>\d{1,3}|[a-z]{1,4}|[A-Z])\))"
    r"|(?P<bullet>——|—(?=[\u4e00-\u9fff“])|[•·▪○●■◦►➢>*]|[-‒–—−](?=\s)))"
    r"(?P<sep>\s*)")
_BARE_NUMBER = re.compile(r"^(?P<bare>\d{1,3})(?P<sep>\s+)")
_LETTER_DOT = re.compile(r"^(?P<ld>[a-z])\.(?P<sep>\s+)")
_LETTER_DOT_SPACED = re.compile(r"^(?P<ld>[a-z])\.(?P<sep>[ \u00a0]{1,4})(?=[A-Za-z“\"(])")
#: Labels that number the paragraphs of an article (the others mark its sub-paragraphs).
PARAGRAPH_STYLES = {"dot-arabic", "paren-arabic", "bracket-arabic", "bare-arabic", "zh-enum", "zh-comma-arabic",
                    "zh-shi"}


@dataclass
class Label:
    """A label at the start of a line, with every (style, value) it can be read as."""

    printed: str
    readings: list[tuple[str, int]]
    prefix: str = ""              # "28" of "28.1"

    @property
    def paragraph_style(self) -> bool:
        return any(style in PARAGRAPH_STYLES or style.startswith("dotted") for style, _ in self.readings)


@dataclass
class Item:
    """One line (or one cell) classified."""

    kind: str                     # article | division | bare-division | annex | preamble | closing | label | plain
    line: Line
    label: Label | None = None
    printed: str = ""             # the heading's label as printed ("SECTION A", "第一章")
    number: str = ""              # its number as printed ("A", "一", "12")
    word: str = ""                # "SECTION", "章", "Annex"
    rest: str = ""                # title of a heading, text after a label, or the whole text
    rest_at: int = 0              # where ``rest`` starts in the line's text (for footnote marks)
    emphasised: bool = False
    zh: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.line.text

    def notes(self, start: int | None = None) -> list[tuple[int, str]]:
        """Footnote marks as offsets into ``rest`` (a mark in the label goes to its start)."""
        start = self.rest_at if start is None else start
        return [(max(0, at - start), text) for at, text in self.line.notes]


def _readings(paren: str) -> list[tuple[str, int]]:
    out = []
    case = "upper" if paren.isupper() else "lower"
    if roman_value(paren) is not None:
        out.append((f"{case}-roman", roman_value(paren)))
    if letter_value(paren) is not None:
        out.append((f"{case}-letter", letter_value(paren)))
    return out


def parse_label(line: Line) -> tuple[Label, str, int] | None:
    """(label, rest of the text, where the rest starts) for a line that opens with a label."""
    text = line.text
    match = _LABEL_RE.match(text)
    if match is None and line.tab_after_label:
        match = _BARE_NUMBER.match(text) or _LETTER_DOT.match(text)
    if match is None:                # "a. The Parties …": a letter and a full stop typed with a space
        match = _LETTER_DOT_SPACED.match(text)
    if match is None:
        return None
    groups = match.groupdict()
    rest = text[match.end():]
    sep = groups.get("sep") or ""
    if not rest:
        pass
    elif not sep and not re.match(r"[^\x00-\x7f]|[A-Z“\"‘(]", rest) and not groups.get("paren") \
            and not groups.get("zhparen") and not groups.get("zhenum"):
        return None                  # "1.5 million", "a)b" are not labels
    readings: list[tuple[str, int]] = []
    prefix = ""
    if groups.get("paren"):
        value = groups["pv"]
        readings = [("paren-arabic", int(value))] if value.isdigit() else [
            ("paren-" + style, number) for style, number in _readings(value)]
    elif groups.get("zhparen"):
        value = groups["zpv"]
        readings = [("zh-paren-arabic", int(value))] if value.isdigit() else [
            ("zh-paren", parse_chinese_numeral(value) or 0)]
    elif groups.get("zhshi"):
        readings = [("zh-shi", parse_chinese_numeral(groups["zsv"]) or 0)]
    elif groups.get("urdot"):
        value = roman_value(groups["urv"])
        readings = [("dot-upper-roman", value)] if value else []
    elif groups.get("rdot"):
        readings = [("dot-" + style, number) for style, number in _readings(groups["rdv"])]
    elif groups.get("zhenum"):
        readings = [("zh-enum", parse_chinese_numeral(groups["zev"]) or 0)]
    elif groups.get("dotted"):
        parts = groups["dv"].split(".")
        prefix = ".".join(parts[:-1])
        readings = [(f"dotted{len(parts) - 1}", int(parts[-1]))]
    elif groups.get("num"):
        readings = [("dot-arabic", int(groups["nv"]))]
    elif groups.get("zhnum"):
        readings = [("zh-comma-arabic", int(groups["znv"]))]
    elif groups.get("bracket"):
        value = groups["bv"]
        readings = [("bracket-arabic", int(value))] if value.isdigit() else [
            ("bracket-" + style, number) for style, number in _readings(value)]
    elif groups.get("bullet"):
        readings = [("bullet" + groups["bullet"], 0)]
    elif groups.get("bare"):
        readings = [("bare-arabic", int(groups["bare"]))]
    elif groups.get("ld"):
        readings = [("dot-lower-letter", letter_value(groups["ld"]) or 0)]
    if not readings:
        return None
    printed = text[:match.end()].rstrip()
    return Label(printed, readings, prefix), rest, match.end()


def _headingish(rest: str, line: Line, emphasised: bool) -> bool:
    """Whether the words after a heading's label are its title (not a sentence citing it)."""
    if not rest:
        return True
    if emphasised:
        return len(rest) <= 250
    if re.match(r"[a-z]", rest):
        return False
    if line.text.isupper():
        return True
    return len(rest) <= 120 and not rest.endswith(_TERMINAL)


def classify(line: Line, emphasised: bool) -> Item:
    """The item a line is (before its neighbours are known)."""
    text = line.text
    zh = line.zh
    for kind, regex in (("article", ARTICLE_RE), ("article", ORDINAL_ARTICLE_RE), ("article", ZH_ARTICLE_RE),
                        ("division", DIVISION_RE), ("division", ORDINAL_DIVISION_RE),
                        ("division", ZH_DIVISION_RE), ("annex", ANNEX_RE), ("annex", ZH_ANNEX_RE),
                        ("annex", PROTOCOL_ANNEX_RE)):
        match = regex.match(text)
        if match is None:
            continue
        rest = match.group("rest").strip()
        if regex is PROTOCOL_ANNEX_RE and not emphasised:
            continue                           # "Protocol 2 to this Agreement contains …" is a sentence
        if kind == "annex" and not (emphasised or text.isupper() or (
                len(rest) <= 150 and not rest.endswith(_TERMINAL) and not re.match(r"[a-z]", rest)
                and (not zh or len(rest) <= 40))):
            continue
        if not _headingish(rest, line, emphasised):
            continue
        raw_rest = match.group("rest")
        return Item(kind, line, printed=match.group("label"), number=match.group("num") or "",
                    word=match.groupdict().get("word") or "", rest=rest,
                    rest_at=match.start("rest") + len(raw_rest) - len(raw_rest.lstrip()),
                    emphasised=emphasised, zh=zh)
    if PREAMBLE_RE.match(text):
        return Item("preamble", line, emphasised=emphasised, zh=zh)
    if emphasised and len(text) <= 150 and not text.endswith(_TERMINAL[1:]):
        for regex in (BARE_DIVISION_RE, ZH_BARE_DIVISION_RE):
            match = regex.match(text)
            # "L. J. FRANCIS": a signatory's initials, not division L
            if match and (regex is BARE_DIVISION_RE and not re.match(r"[a-z]|[A-Z]\.(?:\s|$)", match.group("rest"))
                          or regex is ZH_BARE_DIVISION_RE and len(match.group("rest")) <= 40):
                return Item("bare-division", line, printed=match.group("label"), number=match.group("num"),
                            rest=match.group("rest").strip(), rest_at=match.start("rest"),
                            emphasised=emphasised, zh=zh)
    closing = (ZH_CLOSING_RE if zh else EN_CLOSING_RE).match(text)
    labelled = parse_label(line)
    if labelled is not None:
        label, rest, at = labelled
        item = Item("label", line, label=label, rest=rest, rest_at=at, emphasised=emphasised, zh=zh)
        inner = parse_label(Line(rest, tab_after_label=line.tab_after_label)) if rest else None
        while inner is not None and not inner[0].paragraph_style:     # "2. (a) Each Party …"
            item.extra.setdefault("inner", []).append(inner[0])
            item.rest, item.rest_at = inner[1], item.rest_at + inner[2]
            inner = parse_label(Line(item.rest)) if item.rest else None
        item.extra["zh-bare-division"] = bool(ZH_BARE_DIVISION_RE.match(text)) and len(text) <= 40 \
            and not text.endswith(_TERMINAL)
        return item
    item = Item("plain", line, rest=text, emphasised=emphasised, zh=zh)
    if closing:
        item.extra["closing"] = True
    return item


def title_like(item: Item) -> bool:
    """A line that can be the title of the heading just before it."""
    if item.kind != "plain" or item.extra.get("closing"):
        return False
    text = item.text
    if len(text) > 250:
        return False
    if item.emphasised:
        return not text.endswith((".", ";", "。", "；")) or len(text) <= 60
    if text.isupper() and len(text) <= 200:
        return True
    return len(text) <= 100 and not text.endswith(_TERMINAL) and not re.match(r"[a-z]", text)


def heading_like(item: Item) -> bool:
    """A plain line that looks like a heading (and is reported if it stays text)."""
    text = item.text
    return (item.kind == "plain" and (item.emphasised or (text.isupper() and len(text) > 3))
            and len(text) <= 120 and not text.endswith(_TERMINAL))


def _split_heading(text: str, zh: bool) -> tuple[str, str]:
    """(label, title) of a heading this program wrote ("1 – Title", "第一条 标题", "Title")."""
    from ..core.labels import parse_label as template_of_label

    head, _, tail = text.partition(" ")
    if head and not any(c.isalnum() for c in head):      # a provision printed with a mark ("——", "•")
        return head, tail
    if zh:
        return (head, tail) if template_of_label(head)[1] is not None or head.endswith("条") else ("", text)
    if " – " in text:
        head, _, tail = text.partition(" – ")
        return head, tail
    template, value = template_of_label(text)
    if value is not None and len(text) <= 24 and "{" in template:
        return text, ""
    if head.endswith((".", ":")) and len(head) <= 12 and template_of_label(head)[1] is not None:
        return head, tail                                # "1.1. Title", as written beside its label
    return "", text


def own_item(item: Item) -> Item:
    """A line of a file this program exported, read by its style where its words are not enough."""
    line = item.line
    style = line.norm_style
    if style == "closing":
        item.extra["closing"] = True
        if item.kind == "label":
            item.kind, item.rest, item.rest_at = "plain", line.text, 0
    elif style in ("treatysubparagraph", "treatysubparagraph2") and item.kind == "plain":
        item.extra["wrap"] = 1 if style == "treatysubparagraph" else 2
    elif style == "heading2" and item.kind != "article":
        label, title = _split_heading(line.text, item.zh)
        from ..core.labels import parse_label as template_of_label
        value = template_of_label(label)[1] if label else None
        return Item("article", line, printed=label, number=str(value) if value is not None else "",
                    rest=title, rest_at=len(line.text) - len(title), emphasised=True, zh=item.zh)
    elif style in ("heading1", "heading3") and item.kind not in ("division", "bare-division", "annex", "preamble",
                                                                  "article"):
        label, title = _split_heading(line.text, item.zh)
        return Item("division", line, printed=label, number="", word="",
                    rest=title, rest_at=len(line.text) - len(title), emphasised=True, zh=item.zh,
                    extra={"own": style})
    return item

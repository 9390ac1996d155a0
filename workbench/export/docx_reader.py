"""A Word draft written by anyone to a draft: title block, preamble, divisions, articles, annexes.

``docx_source`` reads the package (revisions accepted, automatic numbers as printed, footnotes),
``docx_lines`` says what each line is, ``docx_flow`` builds the tree. Here: how emphasis is read
in this file (bold means nothing where every paragraph is bold), the title block (lines before
the title and under it are kept aside, not taken for the preamble), Chinese beside English
(two-column tables, or a file with the Chinese after the English), and the references, which
become links once every article's printed number is known.
"""
from __future__ import annotations

from collections import Counter

from ..core.messages import msg
from ..core.model import Draft, Node, NodeKind
from ..core.references import tokenize
from .docx_align import realign
from .docx_bilingual import language_blocks, merge_language, pair_interleaved
from .docx_build import Unit
from .docx_flow import Builder
from .docx_levels import keep_printed
from .docx_noise import drop_noise
from .docx_lines import Item, heading_like, own_item
from .docx_lines import classify as classify_line
from .docx_runin import split_run_in
from .docx_source import Line, Row, read_source
from .docx_units import plan
from .import_result import ImportResult
from .ooxml import is_cjk

_NOTE = "\ue000"
TITLE_STYLES = {"title", "covertitle"}


class _Look:
    """What counts as emphasis in this file."""

    def __init__(self, lines: list[Line]):
        long = [line for line in lines if len(line.text) > 60]
        self.bold_common = bool(long) and sum(line.bold for line in long) > len(long) / 2
        self.centred_common = bool(long) and sum(line.align == "center" for line in long) > len(long) / 2
        self.underline_common = bool(long) and sum(line.underline for line in long) > len(long) / 2
        sizes = Counter(line.size for line in long)
        self.size_common = sizes.most_common(1)[0][0] if sizes else 0

    def emphasised(self, line: Line) -> bool:
        style = line.norm_style
        if style.startswith("heading") or style in TITLE_STYLES:
            return True
        if line.bold and not self.bold_common:
            return True
        if line.align == "center" and not self.centred_common:
            return True
        if line.underline and not self.underline_common or (self.size_common and line.size > self.size_common
                                                            or not self.size_common and line.size >= 26):
            return True                # underlined, or set larger than the text (at least 13 pt over a default)
        letters = [c for c in line.text if c.isalpha()]
        return len(letters) >= 4 and line.text.isupper()


def _units(blocks: list, look: _Look, own: bool) -> list[Unit]:
    units: list[Unit] = []

    def classify(line: Line) -> Item:
        item = classify_line(line, look.emphasised(line))
        return own_item(item) if own else item

    for block in blocks:
        if isinstance(block, Line):
            item = classify(block)
            units.append(Unit(None, item, block.where) if block.zh else Unit(item, None, block.where))
            continue
        left, right = block.left, block.right
        if left and right and all(line.zh for line in left) and not any(line.zh for line in right):
            left, right = right, left
        for i in range(max(len(left), len(right))):
            en = classify(left[i]) if i < len(left) else None
            zh = classify(right[i]) if i < len(right) else None
            if en is not None and en.zh and zh is None:
                en, zh = None, en
            units.append(Unit(en, zh, block.where, row=True))
    return units


def _title_block(units: list[Unit], result: ImportResult, own: bool) -> int:
    """Read the title (and the lines kept aside around it); the index where the text begins."""
    draft = result.draft
    stop = next((i for i, u in enumerate(units) if u.main.kind in ("article", "division", "preamble", "annex")),
                len(units))
    candidates = units[:stop]
    styled = [i for i, u in enumerate(candidates) if u.main.line.norm_style in TITLE_STYLES]
    centred = [i for i, u in enumerate(candidates)
               if u.main.line.align == "center" and u.main.emphasised and u.main.kind != "label"]
    if not candidates:
        return 0
    title_at = styled[0] if styled else centred[0] if centred else 0
    if not styled and not centred and candidates[0].main.kind == "label":
        return 0
    for unit in units[:title_at]:
        _aside(draft, unit, "front_matter", result, msg("kept aside as the front matter (not treaty text)"))
    title_unit = units[title_at]
    for lang, item in (("en", title_unit.en), ("zh", title_unit.zh)):
        if item is not None:
            setattr(draft, "title_zh" if lang == "zh" else "title", item.text)
    i = title_at + 1
    while i < stop:                  # further lines of the title, then lines set under it
        unit = units[i]
        line = unit.main.line
        same_look = (line.align == title_unit.main.line.align and line.bold == title_unit.main.line.bold
                     and line.norm_style == title_unit.main.line.norm_style)
        if own and line.norm_style in TITLE_STYLES:
            for lang, item in (("en", unit.en), ("zh", unit.zh)):
                if item is not None and not getattr(draft, "title_zh" if lang == "zh" else "title"):
                    setattr(draft, "title_zh" if lang == "zh" else "title", item.text)
        elif (same_look and unit.main.emphasised and line.align == "center" and unit.main.kind == "plain"
              and not own):
            for lang, item in (("en", unit.en), ("zh", unit.zh)):
                if item is not None:
                    name = "title_zh" if lang == "zh" else "title"
                    setattr(draft, name, (getattr(draft, name) + " " + item.text).strip())
        elif line.align in ("center", "right") and unit.main.kind == "plain" or (own and line.norm_style == "subtitle"):
            _aside(draft, unit, "subtitle", result, msg("kept under the title (not treaty text)"))
        else:
            break
        i += 1
    return i


def _aside(draft: Draft, unit: Unit, key: str, result: ImportResult, what: str) -> None:
    for lang, item in (("en", unit.en), ("zh", unit.zh)):
        if item is not None:
            draft.meta.setdefault(key + ("_zh" if lang == "zh" else ""), []).append(item.text)
            result.add("aside", what, unit.where, item.text)


def _build(units: list[Unit], result: ImportResult, own: bool) -> Builder:
    builder = _built(units, result, own)
    keep_printed(result)
    return builder


def _built(units: list[Unit], result: ImportResult, own: bool) -> Builder:
    start = _title_block(units, result, own)
    articles = [i for i, u in enumerate(units) if u.main.kind == "article"]
    # a bare "A." line after the last article heads no articles: a signatory's initial ("A. PROTOPAPADAKIS",
    # EEC–Greece 1961), not a division that would keep the closing formula inside the last article
    heading_at = [i for i, u in enumerate(units) if u.main.kind in ("article", "division") or (
        u.main.kind == "bare-division" and (not articles or i < articles[-1]))]
    first_annex = next((i for i, u in enumerate(units) if u.main.kind == "annex" and i > start), len(units))
    last_heading = max([i for i in heading_at if i < first_annex], default=-1)
    builder = Builder(result, unit_mode=not articles, own=own)
    if not articles and not own:
        builder.item_bullet = plan(units, start)
        builder.heading_units = any(u.main.extra.get("unit-head") for u in units)
    builder.titles_above = _titles_above(units, articles)
    builder.phase = "preamble"
    for i in range(start, len(units)):
        builder.feed(units[i], units[i + 1] if i + 1 < len(units) else None, i > last_heading)
    return builder


def _titles_above(units: list[Unit], articles: list[int]) -> bool:
    """Whether the file prints each article's title on the line above its number (as some do)."""
    above = sum(1 for i in articles if i > 0 and heading_like(units[i - 1].main)
                and not units[i].main.rest and units[i - 2].main.kind not in ("article", "division"))
    return len(articles) >= 3 and above >= len(articles) / 2


def _side_headings(draft: Draft) -> None:
    """Provisions numbered "1.", "2." … each under a heading of its own and of no number ("Application of
    Concessions" / "1. The concessions …"), as some protocols print them: each heading is its provision's
    title, not a division holding one article. Only where every such heading holds one untitled article."""
    heads = [n for n in draft.children if n.kind is NodeKind.CHAPTER and n.attrs.get("label") == ""]
    if len(heads) < 3 or len(heads) != len(draft.articles()) or not all(
            len(h.children) == 1 and h.children[0].kind is NodeKind.ARTICLE and not h.children[0].title
            and not h.children[0].title_zh for h in heads):
        return
    for head in heads:
        article = head.children[0]
        article.title, article.title_zh = head.title, head.title_zh
        draft.children[draft.children.index(head)] = article


def _finish(draft: Draft, numbers: dict[str, str]) -> None:
    """References as links (now that every printed number is known), footnote marks kept."""
    resolve = numbers.get
    for node in draft.walk():
        notes = node.attrs.get("notes") if node.attrs else None
        for field, lang in (("text", "en"), ("text_zh", "zh")):
            value = getattr(node, field)
            if not value:
                continue
            mine = [n for n in notes or () if n["field"] == field]
            if mine:
                marked = value
                for note in sorted(mine, key=lambda n: n["at"], reverse=True):
                    at = min(note["at"], len(marked))
                    marked = marked[:at] + _NOTE + marked[at:]
                value = tokenize(marked, resolve, lang)
                order = sorted(mine, key=lambda n: n["at"])
                stripped, found = [], []
                for char in value:
                    if char == _NOTE:
                        found.append(len(stripped))
                    else:
                        stripped.append(char)
                for note, at in zip(order, found):
                    note["at"] = at
                value = "".join(stripped)
            else:
                value = tokenize(value, resolve, lang)
            setattr(node, field, value)


def read_docx(path) -> ImportResult:
    """Read a .docx (refusing zip bombs and entity tricks) into a new draft."""
    source = read_source(path)
    result = ImportResult(draft=Draft(title=""), source_format=msg("Word (.docx)"))
    dropped = drop_noise(source)
    run_in = split_run_in(source)
    lines = [b for b in source.blocks if isinstance(b, Line)] + [
        line for b in source.blocks if isinstance(b, Row) for line in b.left + b.right]
    look = _Look(lines)
    units, moved = realign(_units(source.blocks, look, source.own))
    if moved:
        result.add("moved", msg("the rows of the bilingual table were out of step (headings beside body text): "
                                "{count} line(s) were paired again by what they are, heading with heading and "
                                "paragraph with paragraph", count=moved))
    segments = language_blocks(units)
    if segments is not None:
        english, chinese = segments
        builder = _build(english, result, source.own)
        twin = ImportResult(draft=Draft(title=""))
        other = _build(chinese, twin, source.own)
        merge_language(result, twin.draft)
        result.entries.extend(twin.entries)
        numbers = {**other.numbers, **builder.numbers}
    else:
        units = pair_interleaved(units)
        builder = _build(units, result, source.own)
        numbers = builder.numbers
    draft = result.draft
    _side_headings(draft)
    _finish(draft, numbers)
    if not draft.title and draft.title_zh:
        draft.title = draft.title_zh
    if draft.title and not is_cjk(draft.title) and draft.title_zh == draft.title:
        draft.title_zh = ""
    if not draft.articles():
        result.add("as-text", msg("no article headings were found (expected “Article 1”, “Art. 1”, “第一条” …); "
                                  "the text was kept as recitals"))
    if run_in:
        result.add("note", msg("{count} article heading(s) typed at the start of their first paragraph "
                               "(“第一条　…”, “Article 1. …”) were read as headings", count=run_in))
    if source.insertions or source.deletions:
        result.add("note", msg("tracked changes read as accepted: {inserted} insertion(s) kept, {deleted} "
                               "deletion(s) left out", inserted=source.insertions, deleted=source.deletions))
    pages = [line for kind, line in dropped if kind == "page"]
    contents = [line for kind, line in dropped if kind == "contents"]
    if pages:
        result.add("left-out", msg("{count} page number(s) or running header(s) typed into the text were left out",
                                   count=len(pages)), pages[0].where, pages[0].text)
    if contents:
        result.add("left-out", msg("a table of contents typed into the text was left out ({count} lines)",
                                   count=len(contents)), contents[0].where, contents[0].text)
    for where in source.tables_read_by_cell:
        result.add("note", msg("a table was read cell by cell, left to right"), where)
    if source.comments:
        result.add("left-out", msg("comments in the document were not imported"))
    _drop_empty(draft)
    return result


def _drop_empty(draft: Draft) -> None:
    """A preamble with no recitals is no preamble."""
    draft.children = [n for n in draft.children
                      if not (n.kind is NodeKind.PREAMBLE and not n.children and not n.title.strip("Preamble"))]


__all__ = ["read_docx", "Item", "Node"]

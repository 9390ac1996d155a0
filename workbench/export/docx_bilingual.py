"""English and Chinese in one Word file without a table: the Chinese after the English, or interleaved.

A file holding the whole English text and then the whole Chinese text is read as two drafts,
and the Chinese one is laid over the English one part by part (recitals, divisions, articles and
their paragraphs, annexes, the closing, in order). A file where each English line is followed by
its Chinese line is read as pairs, the Chinese going into the same node as the English.
"""
from __future__ import annotations

from ..core.labels import value_of
from ..core.messages import msg
from ..core.model import Draft, Node, NodeKind
from .docx_build import Unit
from .docx_lines import Item
from .import_result import ImportResult

_ZH_FIELDS = ("title_zh", "text_zh")


def _substantive(unit: Unit) -> bool:
    return len(unit.main.text) > 8 or unit.main.kind in ("article", "division")


def language_blocks(units: list[Unit]) -> tuple[list[Unit], list[Unit]] | None:
    """(English units, Chinese units) when the file has the Chinese text after the English."""
    if any(u.en is not None and u.zh is not None for u in units):
        return None
    langs = [(i, u.lang) for i, u in enumerate(units) if _substantive(u)]
    english = [i for i, lang in langs if lang == "en"]
    chinese = [i for i, lang in langs if lang == "zh"]
    if len(english) < 3 or len(chinese) < 3:
        return None
    switches = sum(1 for (_, a), (_, b) in zip(langs, langs[1:]) if a != b)
    if switches > 3:
        return None
    first_zh = next((i for i, lang in langs if lang == "zh" and i > english[len(english) // 2]), None)
    if first_zh is None:
        return None
    while first_zh > 0 and units[first_zh - 1].lang == "zh":       # its title and first short lines
        first_zh -= 1
    has_heads = [any(u.main.kind == "article" for u in part) for part in (units[:first_zh], units[first_zh:])]
    if has_heads[0] != has_heads[1]:
        return None
    return units[:first_zh], units[first_zh:]


def heading_number(item: Item) -> int | None:
    if item.kind in ("article", "division", "annex", "bare-division"):
        for style in ("arabic", "zh", "upper-roman", "upper-letter", "lower-letter"):
            value = value_of(item.number, style) if item.number else None
            if value is not None:
                return value
        return 0 if not item.number else None
    if item.kind == "label":
        return item.label.readings[0][1]
    return 0


def _compatible(en: Item, zh: Item) -> bool:
    if en.kind != zh.kind:
        return False
    return heading_number(en) == heading_number(zh)


def pair_interleaved(units: list[Unit]) -> list[Unit]:
    """Join each English line with the Chinese line after it when the file alternates them."""
    pairs = [i for i in range(len(units) - 1)
             if units[i].en is not None and units[i].zh is None and units[i + 1].zh is not None
             and units[i + 1].en is None and _compatible(units[i].en, units[i + 1].zh)]
    english = sum(1 for u in units if u.en is not None and u.zh is None)
    if not pairs or len(pairs) < 0.3 * english:
        return units
    out: list[Unit] = []
    skip = set()
    starts = set(pairs)
    for i, unit in enumerate(units):
        if i in skip:
            continue
        if i in starts and i not in skip:
            out.append(Unit(unit.en, units[i + 1].zh, unit.where))
            skip.add(i + 1)
        else:
            out.append(unit)
    return out


def _parts(draft: Draft) -> dict[str, list[Node]]:
    parts: dict[str, list[Node]] = {"recital": [], "chapter": [], "article": [], "annex": [], "closing": []}
    for node in draft.walk():
        if node.kind in (NodeKind.RECITAL, NodeKind.CHAPTER, NodeKind.ARTICLE, NodeKind.ANNEX):
            parts[node.kind.value].append(node)
        elif node.kind is NodeKind.CLOSING:
            parts["closing"].extend(node.children)
    return parts


def _lay(target: Node, source: Node) -> None:
    """The Chinese fields (and Chinese label, notes) of ``source`` onto ``target``."""
    for name in _ZH_FIELDS:
        chinese = getattr(source, name) or getattr(source, name[:-3])
        if chinese:
            setattr(target, name, chinese)
    label = source.attrs.get("label_zh")
    if label is not None:
        target.attrs["label_zh"] = label
    notes = [dict(n, field=n["field"] if n["field"].endswith("_zh") else n["field"] + "_zh")
             for n in source.attrs.get("notes", [])]
    if notes:
        target.attrs.setdefault("notes", []).extend(notes)


def _inner(node: Node) -> list[Node]:
    return [n for n in node.walk() if n is not node and n.kind in (NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH)]


def merge_language(result: ImportResult, chinese: Draft) -> None:
    """Lay the Chinese draft read from the second half of the file over the English one."""
    draft = result.draft
    draft.title_zh = chinese.title_zh or chinese.title
    for key in ("front_matter", "subtitle"):
        for name in (key, key + "_zh"):
            if chinese.meta.get(name):
                draft.meta.setdefault(key + "_zh", []).extend(chinese.meta[name])
    mine, theirs = _parts(draft), _parts(chinese)
    names = {"recital": msg("recitals"), "chapter": msg("divisions"), "article": msg("articles"),
             "annex": msg("annexes"), "closing": msg("paragraphs of the closing")}
    for kind, nodes in mine.items():
        other = theirs[kind]
        if len(nodes) != len(other):
            result.add("moved", msg("{parts}: the Chinese text has {zh} and the English {en}; they were paired in "
                                    "order", parts=names[kind], zh=len(other), en=len(nodes)))
        for target, source in zip(nodes, other):
            _lay(target, source)
            if kind in ("article", "annex"):
                inner, inner_zh = _inner(target), _inner(source)
                for a, b in zip(inner, inner_zh):
                    _lay(a, b)
                if len(inner) != len(inner_zh):
                    where = (msg("Article {number}", number=nodes.index(target) + 1) if kind == "article"
                             else msg("Annex {number}", number=nodes.index(target) + 1))
                    result.add("moved", msg("the Chinese has {zh} paragraph(s) and the English {en}; they were "
                                            "paired in order", zh=len(inner_zh), en=len(inner)), where)

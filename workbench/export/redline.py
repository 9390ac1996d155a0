"""Redlines: a .docx with real tracked changes (w:ins / w:del), and a two-column comparison table.

The redline is the new text with every difference from the old one as a revision attributed to
one author (the party) and dated, so Word and LibreOffice can accept or reject each change:
accepting all gives the new text, rejecting all the old one. A moved article is deleted where it
was and inserted where it is. Renumbering is not marked: references and headings carry the new
numbers, as ``core.compare`` reports them.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from ..core.compare import Comparison
from ..core.compare_text import ComparedArticle
from ..core.messages import msg
from ..core.textdiff import diff_lines
from ..paths import TEMPLATES_DIR
from . import ooxml as ox

TEMPLATE = TEMPLATES_DIR / "treaty.docx"
TEXT_WIDTH = 9070
_SUB_RE = re.compile(r"^\((?:[a-z]{1,3}|[ivxlc]+)\)\s|^（[一二三四五六七八九十]+）")
_PARA_RE = re.compile(r"^\d+\.\s|^[一二三四五六七八九十]+、")
DELETED_PROPS = {"strike": True, "color": "C00000"}
INSERTED_PROPS = {"underline": True, "color": "1F4E9E"}


def iso_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Revisions(ox.Revisions):
    """``ooxml.Revisions`` plus the markup that marks a paragraph mark inserted or deleted."""

    def mark(self, kind: str) -> str:
        return f"<w:rPr><w:{'ins' if kind == 'insert' else 'del'} {self._attrs()}/></w:rPr>"


def _style(line: str) -> str:
    if _SUB_RE.match(line):
        return "TreatySubparagraph"
    if _PARA_RE.match(line):
        return "TreatyParagraph"
    return "TreatyText"


def split_paragraphs(ops: list[dict]) -> list[tuple[list[tuple[str, str]], str]]:
    """Diff operations cut into paragraphs: ([(op, text) pieces], how its mark changed)."""
    paras: list[tuple[list[tuple[str, str]], str]] = []
    pieces: list[tuple[str, str]] = []
    for op in ops:
        parts = op["text"].split("\n")
        for i, part in enumerate(parts):
            if i:
                paras.append((pieces, op["op"]))
                pieces = []
            if part:
                pieces.append((op["op"], part))
    paras.append((pieces, "equal"))
    return paras


class _Redline:
    def __init__(self, comparison: Comparison, author: str, date: str, lang: str):
        self.c, self.lang = comparison, lang
        self.rev = _Revisions(author, date)
        self.sep = " " if lang == "zh" else " – "

    def tracked(self, ops: list[dict], style_of=_style, whole: str = "") -> list[str]:
        """Paragraphs for ``ops``; ``whole`` = insert/delete marks even the last paragraph mark."""
        if not ops:
            return []
        out = []
        paras = split_paragraphs(ops)
        for i, (pieces, mark) in enumerate(paras):
            if not pieces and mark == "equal" and i == len(paras) - 1 and i:
                continue
            if i == len(paras) - 1 and whole:
                mark = whole
            runs = []
            for op, text in pieces:
                if op == "insert":
                    runs.append(self.rev.insert(ox.run(text)))
                elif op == "delete":
                    runs.append(self.rev.delete(text))
                else:
                    runs.append(ox.run(text))
            shown = "".join(t for op, t in pieces if op != "delete") or "".join(t for _, t in pieces)
            props = self.rev.mark(mark) if mark != "equal" else ""
            out.append(ox.paragraph(runs, style_of(shown), run_props=props))
        return out

    def heading(self, old: ComparedArticle | None, new: ComparedArticle | None, whole: str = "") -> list[str]:
        def text(art, side):
            number = (art.heading_zh if self.lang == "zh" else art.heading)
            if side == "old" and art.id in self.c.pair_of_old:
                partner = self.c.pair_of_old[art.id]
                number = partner.heading_zh if self.lang == "zh" else partner.heading
            title = (art.title_zh or art.title) if self.lang == "zh" else art.title
            return number + (self.sep + title if title else "")
        if old is not None and new is not None and not whole:
            ops = diff_lines([text(old, "old")], [text(new, "new")])
        elif new is not None:
            ops = [{"op": "insert", "text": text(new, "new")}]
        else:
            ops = [{"op": "delete", "text": text(old, "old")}]
        return self.tracked(ops, lambda _: "Heading2", whole)

    def article(self, old, new, kind: str) -> list[str]:
        lang = self.lang
        if kind == "insert":
            body = self.c.display(new, "new", lang)
            return self.heading(None, new, "insert") + self.tracked(
                [{"op": "insert", "text": "\n".join(body)}], whole="insert") if body else self.heading(None, new, "insert")
        if kind == "delete":
            body = self.c.display(old, "old", lang)
            return self.heading(old, None, "delete") + self.tracked(
                [{"op": "delete", "text": "\n".join(body)}], whole="delete") if body else self.heading(old, None, "delete")
        old_lines = self.c.display(old, "old", lang) if old is not None else []
        new_lines = self.c.display(new, "new", lang)
        return self.heading(old, new) + self.tracked(diff_lines(old_lines, new_lines))

    def preamble(self) -> list[str]:
        a, b = self.c.old_side.preamble, self.c.new_side.preamble
        if a is None and b is None:
            return []
        head = ox.paragraph(ox.run("序言" if self.lang == "zh" else "Preamble"), "Heading1")
        old = self.c.display(a, "old", self.lang) if a else []
        new = self.c.display(b, "new", self.lang) if b else []
        return [head] + self.tracked(diff_lines(old, new), lambda _: "Recital")

    def body(self) -> list[str]:
        c = self.c
        moved = {ch.new.id for ch in c.changes if ch.kind == "moved" and ch.element == "article"}
        entries: list[tuple[float, int, str, ComparedArticle | None, ComparedArticle | None]] = []
        for b in c.new_side.articles:
            a = c.pair_of_new.get(b.id)
            kind = "insert" if a is None or b.id in moved else "same"
            entries.append((b.index, 0, kind, a, b))
        anchor = -1
        for a in c.old_side.articles:
            b = c.pair_of_old.get(a.id)
            if b is not None and b.id not in moved:
                anchor = b.index
            elif b is None or b.id in moved:
                entries.append((anchor + 0.5, a.index + 1, "delete", a, None))
        entries.sort(key=lambda e: (e[0], e[1]))
        out = self.preamble()
        paths = self.division_paths()
        shown: list = []
        for _, _, kind, a, b in entries:
            if b is not None:
                path = paths.get(b.id, [])
                depth = next((i for i, (x, y) in enumerate(zip(shown, path)) if x is not y), min(len(shown), len(path)))
                for i, node in enumerate(path[depth:], start=depth):
                    out.append(self.division_heading(node, i))
                shown = path
            out.extend(self.article(a, b, kind))
        out.extend(self.parts())
        return out

    def division_paths(self) -> dict:
        """article id -> the divisions holding it in the new text, outermost first."""
        paths: dict = {}

        def visit(nodes, path):
            for node in nodes:
                if node.kind.value == "chapter":
                    visit(node.children, path + [node])
                elif node.kind.value == "article":
                    paths[node.id] = path

        visit(self.c.new_side.draft.children, [])
        return paths

    def division_heading(self, node, depth: int) -> str:
        number = self.c.new_side.numbering.label(node, self.lang)
        title = (node.title_zh or node.title) if self.lang == "zh" else node.title
        text = number + (self.sep + title if title and number else title)
        return ox.paragraph(ox.run(text), "Heading1" if depth == 0 else "Heading3")

    def parts(self) -> list[str]:
        """The closing formula and the annexes, each difference tracked."""
        out = []
        for a, b in self.c.part_pairs:
            part = b or a
            if part.keys[0].startswith("annex"):
                title = (part.title_zh or part.title) if self.lang == "zh" else part.title
                label = part.heading_zh if self.lang == "zh" else part.heading
                heading = label + (self.sep + title if title and label else title)
                kind = "insert" if a is None else "delete" if b is None else ""
                out += self.tracked([{"op": kind or "equal", "text": heading}], lambda _: "Heading1", kind)
            old = self.c.display(a, "old", self.lang) if a else []
            new = self.c.display(b, "new", self.lang) if b else []
            style = "Closing" if part.keys[0] == "closing" else None
            out += self.tracked(diff_lines(old, new), (lambda _: style) if style else _style)
        return out


def redline_bytes(comparison: Comparison, author: str, *, date: str | None = None, lang: str = "en",
                  title: str | None = None, template: Path | str | None = None) -> bytes:
    """The redline .docx as bytes: the new text, each difference a tracked change by ``author``."""
    if not author.strip():
        raise ValueError(msg("a redline needs an author (the party) for its tracked changes"))
    writer = _Redline(comparison, author.strip(), date or iso_now(), lang)
    old_label = comparison.old_side.label or comparison.old_side.draft.title
    new_label = comparison.new_side.label or comparison.new_side.draft.title
    heading = title or (f"{new_label} 与 {old_label} 的比较" if lang == "zh"
                        else f"{new_label} compared with {old_label}")
    intro = (f"修订标记：{author}，{writer.rev.date[:10]}。{comparison.summary_text()}" if lang == "zh"
             else f"Tracked changes by {author}, {writer.rev.date[:10]}. {comparison.summary_text()}.")
    body = [ox.paragraph(ox.run(heading), "Title"), ox.paragraph(ox.run(intro), "DraftStatus")]
    body += writer.body()
    package = ox.DocxPackage.from_template(template or TEMPLATE)
    package.set_document("".join(body) + ox.section_properties())
    return package.to_bytes()


def write_redline(comparison: Comparison, path: Path | str, author: str, **kwargs) -> int:
    """Write the redline to ``path`` atomically; returns its size in bytes."""
    data = redline_bytes(comparison, author, **kwargs)
    ox.atomic_write(path, data)
    return len(data)


# ----- two-column comparison table ------------------------------------------------------------
def _cell(pieces_by_para, keep: str, props: dict, style_of=_style, jc: str | None = "left") -> str:
    out = []
    for pieces, mark in pieces_by_para:
        shown = [(op, text) for op, text in pieces if op in ("equal", keep)]
        if not shown and mark not in ("equal", keep):
            continue
        runs = [ox.run(text, **(props if op == keep else {})) for op, text in shown]
        out.append(ox.paragraph(runs, style_of("".join(t for _, t in shown)), jc=jc))
    return "".join(out) or ox.paragraph()


def table_bytes(comparison: Comparison, *, lang: str = "en", old_label: str | None = None,
                new_label: str | None = None, template: Path | str | None = None) -> bytes:
    """A .docx with a two-column table "base text | proposal", one row per article."""
    c = comparison
    old_label = old_label or c.old_side.label or c.old_side.draft.title
    new_label = new_label or c.new_side.label or c.new_side.draft.title
    sep = " " if lang == "zh" else " – "
    rows = [[ox.paragraph(ox.run(old_label, bold=True)), ox.paragraph(ox.run(new_label, bold=True))]]

    def head(art, side):
        if art is None:
            return ""
        number = art.heading_zh if lang == "zh" else art.heading
        title = (art.title_zh or art.title) if lang == "zh" else art.title
        return number + (sep + title if title else "")

    for row in c.rows:
        old_lines = c.display(row.old, "old", lang) if row.old else []
        new_lines = c.display(row.new, "new", lang) if row.new else []
        paras = split_paragraphs(diff_lines(old_lines, new_lines))
        note = ""
        if row.change is not None and row.change.kind == "moved":
            note = (f"（由{row.old.heading_zh}移至{row.new.heading_zh}）" if lang == "zh"
                    else f" (moved from {row.old.heading} to {row.new.heading})")
        heads = diff_lines([head(row.old, "old")] if row.old else [], [head(row.new, "new")] if row.new else [])
        head_paras = split_paragraphs(heads)
        left = _cell(head_paras, "delete", DELETED_PROPS, lambda _: "Heading2") if row.old else ""
        right = _cell(head_paras, "insert", INSERTED_PROPS, lambda _: "Heading2") if row.new else ""
        if note:
            right += ox.paragraph(ox.run(note.strip(), italic=True), "VerificationNote")
        left += _cell(paras, "delete", DELETED_PROPS) if row.old else ""
        right += _cell(paras, "insert", INSERTED_PROPS) if row.new else ""
        rows.append([left or ox.paragraph(), right or ox.paragraph()])
    for old, new in c.part_pairs:                      # the closing and the annexes
        part = new or old
        label = (part.heading_zh if lang == "zh" else part.heading)
        title = (part.title_zh or part.title) if lang == "zh" else part.title
        heading = ox.paragraph(ox.run(label + (sep + title if title and label else title)), "Heading2")
        paras = split_paragraphs(diff_lines(c.display(old, "old", lang) if old else [],
                                            c.display(new, "new", lang) if new else []))
        rows.append([(heading + _cell(paras, "delete", DELETED_PROPS)) if old else ox.paragraph(),
                     (heading + _cell(paras, "insert", INSERTED_PROPS)) if new else ox.paragraph()])
    half = TEXT_WIDTH // 2
    title = f"{old_label} | {new_label}"
    body = (ox.paragraph(ox.run(title), "Title")
            + ox.paragraph(ox.run(c.summary_text()), "DraftStatus")
            + ox.table(rows, [half, TEXT_WIDTH - half], style="ParallelText", header_rows=1)
            + ox.paragraph())
    package = ox.DocxPackage.from_template(template or TEMPLATE)
    package.set_document(body + ox.section_properties())
    return package.to_bytes()


def write_table(comparison: Comparison, path: Path | str, **kwargs) -> int:
    data = table_bytes(comparison, **kwargs)
    ox.atomic_write(path, data)
    return len(data)

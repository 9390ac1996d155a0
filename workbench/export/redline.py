"""Redlines: a .docx with real tracked changes (w:ins / w:del), and a two-column comparison table.

The redline is the new text with every difference from the old one as a revision attributed to
one author (the party) and dated, so Word and LibreOffice can accept or reject each change:
accepting all gives the new text, rejecting all the old one. A moved article is marked as Word
marks a move: the old text as moved away (``w:moveFrom``) where it was, the new text as moved in
(``w:moveTo``) where it is, with the words added after the move as insertions and the words
removed after the move named in a comment at the place they were (a deletion inside a move is
one that LibreOffice either shows as unchanged text or leaves behind when the move is rejected). Renumbering is not marked: the new text's references and headings carry its numbers,
deleted text its own, as ``core.compare`` reports them.
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
from .common import ExportOptions, label
from .docx_frame import framed_section, header_footer, title_block

TEMPLATE = TEMPLATES_DIR / "treaty.docx"
TEXT_WIDTH = 9070
_SUB_RE = re.compile(r"^\((?:[a-z]{1,3}|[ivxlc]+)\)\s|^（[一二三四五六七八九十]+）")
_PARA_RE = re.compile(r"^\d+\.\s|^[一二三四五六七八九十]+、")
DELETED_PROPS = {"strike": True, "color": "C00000"}
INSERTED_PROPS = {"underline": True, "color": "1F4E9E"}


def iso_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Revisions(ox.Revisions):
    """``ooxml.Revisions`` plus the markup of paragraph marks and of moves."""

    TAGS = {"insert": "ins", "delete": "del", "move_from": "moveFrom", "move_to": "moveTo"}

    def __init__(self, author: str, date: str):
        super().__init__(author, date)
        self.moves = 0
        self.comments: list[str] = []

    def comment(self, text: str) -> str:
        """A comment by the author anchored here (its markup in the text; its body kept for the part)."""
        ident = len(self.comments)
        self.comments.append(f'<w:comment w:id="{ident}" w:author="{ox.esc(self.author)}" '
                             f'w:date="{ox.esc(self.date)}" w:initials="{ox.esc(self.author[:3])}">'
                             f'{ox.paragraph(ox.run(text))}</w:comment>')
        return (f'<w:commentRangeStart w:id="{ident}"/><w:commentRangeEnd w:id="{ident}"/>'
                f'<w:r><w:commentReference w:id="{ident}"/></w:r>')

    def comments_part(self) -> bytes:
        return (f"{ox.XML_HEAD}<w:comments {ox.NSDECL}>{''.join(self.comments)}</w:comments>").encode("utf-8")

    def mark(self, kind: str) -> str:
        return f"<w:rPr><w:{self.TAGS[kind]} {self._attrs()}/></w:rPr>"

    def move(self, kind: str, runs: str) -> str:
        """Runs moved away (``move_from``) or moved in (``move_to``)."""
        return f"<w:{self.TAGS[kind]} {self._attrs()}>{runs}</w:{self.TAGS[kind]}>" if runs else ""

    def range(self, kind: str, name: str) -> tuple[str, str]:
        """The start and end markers of one move's range (``kind``: move_from / move_to)."""
        tag = self.TAGS[kind]
        attrs = self._attrs()
        ident = attrs.split('"')[1]
        return (f'<w:{tag}RangeStart {attrs} w:name="{name}"/>', f'<w:{tag}RangeEnd w:id="{ident}"/>')


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


_MARKED_END = re.compile(r"<w:pPr>(?:(?!</w:pPr>).)*<w:rPr><w:(?:ins|del|moveTo|moveFrom) ", re.S)
#: An empty paragraph one point high: LibreOffice draws the change bar of a tracked paragraph mark
#: beside the line that follows it; this line takes it, not the next (unchanged) heading or text.
SPACER = ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
          '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>')


def with_spacers(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with a SPACER after each one whose mark is tracked and whose next one's is not."""
    out = []
    for i, para in enumerate(paragraphs):
        out.append(para)
        if (i + 1 < len(paragraphs) and _MARKED_END.search(para)
                and not _MARKED_END.search(paragraphs[i + 1])):
            out.append(SPACER)
    return out


class _Redline:
    def __init__(self, comparison: Comparison, author: str, date: str, lang: str):
        self.c, self.lang = comparison, lang
        self.rev = _Revisions(author, date)
        self.move_names: dict[str, str] = {}
        # a Chinese redline of an English-only text heads its English text in English, as the export
        english_only = lang == "zh" and not ({"zh"} & (comparison.new_side.languages | comparison.old_side.languages))
        self.head_lang = "en" if english_only else lang
        self.sep = " " if self.head_lang == "zh" else " – "

    def tracked(self, ops: list[dict], style_of=_style, whole: str = "", move: str = "") -> list[str]:
        """Paragraphs for ``ops``; ``whole`` = insert/delete marks even the last paragraph mark.

        ``move`` (move_from / move_to) marks the text as moved: unchanged text and paragraph marks
        become moved runs; inside moved-in text, words removed after the move are named in a comment
        where they stood (accepting everything gives the new text, rejecting everything the old)."""
        if not ops:
            return []
        out = []
        paras = split_paragraphs(ops)
        numbered = False            # a numbered paragraph seen: an unlabelled line after it continues it
        for i, (pieces, mark) in enumerate(paras):
            if not pieces and mark == "equal" and i == len(paras) - 1 and i:
                continue
            if i == len(paras) - 1 and whole:
                mark = whole
            runs = []
            for op, text in pieces:
                if op == "insert":
                    runs.append(self.rev.insert(ox.run(text)))
                elif op == "delete" and move == "move_to":
                    note = (f"移动后删除：“{text.strip()}”" if self.lang == "zh"
                            else f"Removed after the move: “{text.strip()}”")
                    runs.append(self.rev.comment(note))
                elif op == "delete":
                    runs.append(self.rev.delete(text))
                else:
                    runs.append(self.rev.move(move, ox.run(text)) if move else ox.run(text))
            shown = "".join(t for op, t in pieces if op != "delete") or "".join(t for _, t in pieces)
            if move and mark == "equal":
                mark = move
            props = self.rev.mark(mark) if mark != "equal" else ""
            style = style_of(shown)
            if style_of is _style and style == "TreatyText" and numbered and shown.strip():
                # the next block of a numbered paragraph (the comparison gives each block its own
                # line) keeps the paragraph's indentation, after a tab, as in the clean export
                style = "TreatyParagraph"
                runs.insert(0, self._tab(pieces[0][0] if pieces else "equal", move))
            numbered = numbered or style == "TreatyParagraph"
            out.append(ox.paragraph(runs, style, run_props=props))
        return out

    def _tab(self, op: str, move: str) -> str:
        """The tab that sets a continuation at the paragraph's indent, tracked as its text is."""
        if op == "insert":
            return self.rev.insert(ox.tab_run())
        if op == "delete" and move != "move_to":
            return self.rev.delete("\t")
        return self.rev.move(move, ox.tab_run()) if move else ox.tab_run()

    def moved(self, paragraphs: list[str], kind: str, key: str) -> list[str]:
        """``paragraphs`` inside the range of the move named for ``key`` (the article moved: the
        ranges where it went out and where it came in share the name)."""
        if not paragraphs:
            return paragraphs
        if key not in self.move_names:
            self.rev.moves += 1
            self.move_names[key] = f"move{self.rev.moves}"
        start, end = self.rev.range(kind, self.move_names[key])
        first, last = paragraphs[0], paragraphs[-1]
        at = first.index("</w:pPr>") + len("</w:pPr>") if "</w:pPr>" in first else first.index(">") + 1
        paragraphs = list(paragraphs)
        paragraphs[0] = first[:at] + start + first[at:]
        last = paragraphs[-1]
        paragraphs[-1] = last[:last.rindex("</w:p>")] + end + "</w:p>"
        return paragraphs

    def _head_text(self, art: ComparedArticle) -> str:
        number = art.heading_zh if self.head_lang == "zh" else art.heading
        title = (art.title_zh or art.title) if self.head_lang == "zh" else art.title
        return number + (self.sep + title if title else "")

    def heading(self, old: ComparedArticle | None, new: ComparedArticle | None, whole: str = "",
                move: str = "") -> list[str]:
        """The article's heading, each side with its own number (a number that changed only
        because of renumbering is not marked)."""
        if old is not None and new is not None and not whole:
            old_text, new_text = self._head_text(old), self._head_text(new)
            if old.title == new.title and old.title_zh == new.title_zh:
                ops = [{"op": "equal", "text": new_text}]
            else:
                ops = diff_lines([old_text], [new_text])
        elif new is not None:
            ops = [{"op": "insert" if not move else "equal", "text": self._head_text(new)}]
        else:
            ops = [{"op": "delete" if not move else "equal", "text": self._head_text(old)}]
        return self.tracked(ops, lambda _: "Heading2", whole, move)

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
        if kind == "move_from":
            body = "\n".join(self.c.display(old, "old", lang))
            paras = self.heading(old, None, move="move_from")
            paras += self.tracked([{"op": "equal", "text": body}], move="move_from") if body else []
            return self.moved(paras, "move_from", old.id)
        if kind == "move_to":
            paras = self.heading(old, new, move="move_to") + self.tracked(self.c.text_diff(old, new, lang),
                                                                          move="move_to")
            return self.moved(paras, "move_to", old.id)
        return self.heading(old, new) + self.tracked(self.c.text_diff(old, new, lang))

    def preamble(self) -> list[str]:
        a, b = self.c.old_side.preamble, self.c.new_side.preamble
        if a is None and b is None:
            return []
        head = ox.paragraph(ox.run("序言" if self.head_lang == "zh" else "Preamble"), "Heading1")
        return [head] + self.tracked(self.c.text_diff(a, b, self.lang), lambda _: "Recital")

    def body(self) -> list[str]:
        c = self.c
        moved = {ch.new.id for ch in c.changes if ch.kind == "moved" and ch.element == "article"}
        entries: list[tuple[float, int, str, ComparedArticle | None, ComparedArticle | None]] = []
        for b in c.new_side.articles:
            a = c.pair_of_new.get(b.id)
            kind = "insert" if a is None else "move_to" if b.id in moved else "same"
            entries.append((b.index, 0, kind, a, b))
        positions = c.old_positions(moved)         # each deleted article under the division it came from
        for a in c.old_side.articles:
            if a.id in positions:
                kind = "move_from" if a.id in c.pair_of_old else "delete"
                entries.append((positions[a.id], a.index + 1, kind, a, None))
        entries.sort(key=lambda e: (e[0], e[1]))
        out = self.preamble()
        paths = self.division_paths()
        shown: list = []
        for _, _, kind, a, b in entries:
            path = paths.get(b.id) if b is not None else paths.get(c.new_division_of(a) or "")
            if path is not None:
                depth = next((i for i, (x, y) in enumerate(zip(shown, path)) if x is not y), min(len(shown), len(path)))
                for i, node in enumerate(path[depth:], start=depth):
                    out.append(self.division_heading(node, i))
                shown = path
            out.extend(self.article(a, b, kind))
        out.extend(self.parts())
        return with_spacers(out)

    def division_paths(self) -> dict:
        """article (or division) id -> the divisions holding it in the new text, outermost first (a
        division's own path ends with itself)."""
        paths: dict = {}

        def visit(nodes, path):
            for node in nodes:
                if node.kind.value == "chapter":
                    paths[node.id] = path + [node]
                    visit(node.children, path + [node])
                elif node.kind.value == "article":
                    paths[node.id] = path

        visit(self.c.new_side.draft.children, [])
        return paths

    def division_heading(self, node, depth: int) -> str:
        number = self.c.new_side.numbering.label(node, self.head_lang)
        title = (node.title_zh or node.title) if self.head_lang == "zh" else node.title
        text = number + (self.sep + title if title and number else title)
        return ox.paragraph(ox.run(text), "Heading1" if depth == 0 else "Heading3")

    def parts(self) -> list[str]:
        """The closing formula and the annexes, each difference tracked."""
        out = []
        for a, b in self.c.part_pairs:
            part = b or a
            if part.keys[0].startswith("annex"):
                title = (part.title_zh or part.title) if self.head_lang == "zh" else part.title
                label = part.heading_zh if self.head_lang == "zh" else part.heading
                heading = label + (self.sep + title if title and label else title)
                kind = "insert" if a is None else "delete" if b is None else ""
                out += self.tracked([{"op": kind or "equal", "text": heading}], lambda _: "Heading1", kind)
            style = "Closing" if part.keys[0] == "closing" else None
            out += self.tracked(self.c.text_diff(a, b, self.lang), (lambda _: style) if style else _style)
        return out


def redline_bytes(comparison: Comparison, author: str, *, date: str | None = None, lang: str = "en",
                  title: str | None = None, template: Path | str | None = None, status: str | None = None,
                  confidentiality: str = "") -> bytes:
    """The redline .docx as bytes: the new text, each difference a tracked change by ``author``.

    Framed as the clean export is (``docx_frame``): a cover with the confidentiality line, title,
    status, date and what changed; the running header and "Page X of Y" on every other page."""
    if not author.strip():
        raise ValueError(msg("a redline needs an author (the party) for its tracked changes"))
    writer = _Redline(comparison, author.strip(), date or iso_now(), lang)
    old_label = comparison.old_side.label or comparison.old_side.draft.title
    new_label = comparison.new_side.label or comparison.new_side.draft.title
    heading = title or (f"{new_label} 与 {old_label} 的比较" if lang == "zh"
                        else f"{new_label} compared with {old_label}")
    intro = (f"修订标记：{author}，{writer.rev.date[:10]}。{comparison.summary_text(lang)}。" if lang == "zh"
             else f"Tracked changes by {author}, {writer.rev.date[:10]}. {comparison.summary_text()}.")
    status = status or comparison.new_side.label or ("草案" if lang == "zh" else "Draft")
    day = ExportOptions(language=lang, date=writer.rev.date[:10]).date_text(lang)
    body = [title_block([heading], status, day, confidentiality, extra=[intro]),
            ox.paragraph(ox.run(heading), "Title", page_break_before=True),
            ox.paragraph(ox.run(intro), "DraftStatus")]
    if writer.head_lang != lang:          # no authentic Chinese text: said once, as the export says it
        body.append(ox.paragraph(ox.run(label("english_only", lang)), "VerificationNote"))
    body += writer.body()
    package = ox.DocxPackage.from_template(template or TEMPLATE)
    header, footer = header_footer(heading, status, confidentiality, lang)
    sect = framed_section(package, header, footer)
    package.set_document("".join(body) + sect)
    if writer.rev.comments:
        package.add_part("comments", writer.rev.comments_part())
    return package.to_bytes()


def write_redline(comparison: Comparison, path: Path | str, author: str, **kwargs) -> int:
    """Write the redline to ``path`` atomically; returns its size in bytes."""
    data = redline_bytes(comparison, author, **kwargs)
    ox.atomic_write(path, data)
    return len(data)


# ----- two-column comparison table ------------------------------------------------------------
def _side(ops: list[dict], side: str) -> list[dict]:
    """``ops`` as ``side`` reads them: the old side's unchanged text with its own numbers."""
    if side != "old":
        return ops
    return [{"op": op["op"], "text": op.get("old", op["text"])} for op in ops]


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
        ops = c.text_diff(row.old, row.new, lang)        # each side with its own numbers
        note = ""
        if row.change is not None and row.change.kind == "moved":
            before, _division = c.place_of(row.new, lang)
            where = (before.heading_zh if lang == "zh" else before.heading) if before else ""
            note = ((f"（已移动，现位于{where}之后）" if where else "（已移动，现为第一条）") if lang == "zh"
                    else (f"(moved: now after {where})" if where else "(moved: now first)"))
        if row.old is not None and row.new is not None and (row.old.title, row.old.title_zh) == \
                (row.new.title, row.new.title_zh):
            heads = [{"op": "equal", "text": head(row.new, "new"), "old": head(row.old, "old")}]
        else:
            heads = diff_lines([head(row.old, "old")] if row.old else [], [head(row.new, "new")] if row.new else [])
        left = _cell(split_paragraphs(_side(heads, "old")), "delete", DELETED_PROPS, lambda _: "Heading2") \
            if row.old else ""
        right = _cell(split_paragraphs(heads), "insert", INSERTED_PROPS, lambda _: "Heading2") if row.new else ""
        if note:
            right += ox.paragraph(ox.run(note, italic=True), "VerificationNote")
        left += _cell(split_paragraphs(_side(ops, "old")), "delete", DELETED_PROPS) if row.old else ""
        right += _cell(split_paragraphs(ops), "insert", INSERTED_PROPS) if row.new else ""
        rows.append([left or ox.paragraph(), right or ox.paragraph()])
    for old, new in c.part_pairs:                      # the closing and the annexes
        part = new or old
        label = (part.heading_zh if lang == "zh" else part.heading)
        title = (part.title_zh or part.title) if lang == "zh" else part.title
        heading = ox.paragraph(ox.run(label + (sep + title if title and label else title)), "Heading2")
        ops = c.text_diff(old, new, lang)
        rows.append([(heading + _cell(split_paragraphs(_side(ops, "old")), "delete", DELETED_PROPS))
                     if old else ox.paragraph(),
                     (heading + _cell(split_paragraphs(ops), "insert", INSERTED_PROPS)) if new else ox.paragraph()])
    half = TEXT_WIDTH // 2
    title = f"{old_label} | {new_label}"
    body = (ox.paragraph(ox.run(title), "Title")
            + ox.paragraph(ox.run(c.summary_text(lang)), "DraftStatus")
            + ox.table(rows, [half, TEXT_WIDTH - half], style="ParallelText", header_rows=1)
            + ox.paragraph())
    package = ox.DocxPackage.from_template(template or TEMPLATE)
    package.set_document(body + ox.section_properties())
    return package.to_bytes()


def write_table(comparison: Comparison, path: Path | str, **kwargs) -> int:
    data = table_bytes(comparison, **kwargs)
    ox.atomic_write(path, data)
    return len(data)

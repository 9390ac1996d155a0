"""A draft as a Word document: title page, contents, preamble, chapters, articles, parallel columns.

The body is built as one XML string from ``ooxml`` helpers and put into ``templates/treaty.docx``
(which defines every style named here); python-docx is only used by ``bare_docx_baseline``, the
benchmark's reference. Numbers are literal text ("Article 12", "第十二条"), never Word
auto-numbering, so the document reads the same in every word processor.
"""
from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

from ..core.brackets import brackets, clean_draft, open_brackets
from ..core.compilation import Compiler
from ..core.model import Draft, Node, NodeKind
from ..core.negotiation import deleted_label
from ..core.references import TOKEN_RE
from ..core.render import Renderer
from ..core.structure import closing_blocks, notes_of
from ..paths import TEMPLATES_DIR
from . import ooxml as ox
from .common import ExportOptions, fallback_note, label
from .docx_frame import framed_section, header_footer, title_block

TEMPLATE = TEMPLATES_DIR / "treaty.docx"
TEXT_WIDTH = 9070                       # A4 less 2.5 cm margins, in twips
COLUMNS = [TEXT_WIDTH // 2, TEXT_WIDTH - TEXT_WIDTH // 2]
_BLOCKS = re.compile(r"\n\s*\n")


class _Writer:
    """Builds the document body of one draft for one set of options."""

    def __init__(self, draft: Draft, options: ExportOptions):
        # A clean text shows the agreed wordings and no brackets (a provision still open in brackets,
        # footnoted as not agreed); a compilation shows them all.
        draft = draft if options.compilation else clean_draft(draft, mark_open=True)
        self.draft, self.o = draft, options
        self.compilers = {lang: Compiler(draft, lang, options.clause_labels) for lang in options.languages}
        self.renderer = Renderer(draft, options.clause_labels)
        self.numbering = self.renderer.numbering
        self.resolver = self.renderer.resolver
        self.langs = options.languages
        self.both = options.language == "both"
        self.notes = ox.Footnotes()
        self.toc: list[ox.TocEntry] = []
        self._bookmark_ids = 0
        self._has: dict[str, bool] = {}
        # no authentic Chinese text anywhere: a Chinese document says so once, at the top
        self.english_only = "zh" in self.langs and not any(
            n.text_zh for top in draft.children if top.kind is not NodeKind.CLOSING for n in top.walk())

    # ----- text -------------------------------------------------------------------------------
    def bookmark_name(self, node: Node) -> str:
        return f"_art_{node.id}"[:40]

    def runs(self, raw: str, lang: str, notes: list[tuple[int, str]] = (), **props) -> str:
        """Runs for stored text: cross-reference tokens become linked current numbers, footnotes
        (``notes``: offset in ``raw``, text) stand where their marks stood."""
        if notes:
            out, pos = [], 0
            for at, text in sorted(notes):
                at = max(pos, min(at, len(raw)))
                out.append(self.runs(raw[pos:at], lang, **props))
                out.append(self.notes.reference(self.notes.add(text)))
                pos = at
            out.append(self.runs(raw[pos:], lang, **props))
            return "".join(out)
        zh = None   # detected per run: Chinese gets the East Asian font and the zh-CN mark
        if "{{" not in raw:
            return ox.run(raw, zh=zh, **props) if raw else ""
        out, pos = [], 0
        for match in TOKEN_RE.finditer(raw):
            out.append(ox.run(raw[pos:match.start()], zh=zh, **props))
            target, number_only = match.group(1), bool(match.group(2))
            shown = self.resolver.render_target(target, lang, number_only, bool(match.group(3)))
            article_id = self.resolver.article_id(target)
            piece = ox.run(shown, zh=zh, **props)
            if article_id is not None:
                piece = ox.internal_link(f"_art_{article_id}"[:40], piece)
            out.append(piece)
            pos = match.end()
        out.append(ox.run(raw[pos:], zh=zh, **props))
        return "".join(out)

    def node_raw(self, node: Node, lang: str) -> tuple[str, str | None]:
        """(stored text in ``lang``, or in the other language when ``lang`` has none; that language)."""
        own = node.text_zh if lang == "zh" else node.text
        if own or self.both:
            return own, None
        other = node.text if lang == "zh" else node.text_zh
        return (other, "en" if lang == "zh" else "zh") if other else ("", None)

    def option_runs(self, node: Node, lang: str) -> list[str]:
        """Runs of each text block of ``node``; in a compilation, its brackets as core compiles them
        (a clean text was made from ``clean_draft``, so it has none left)."""
        if self.o.compilation and node.attrs.get("alternatives"):
            return [self.compiled_runs(self.compilers[lang].inline(node), lang)]
        raw, shown = self.node_raw(node, lang)
        if not raw:
            return []
        field = "text_zh" if (shown or lang) == "zh" else "text"
        notes = [(n.get("at", 0), n.get("text", "")) for n in notes_of(node, field)]
        out, start = [], 0
        for match in _BLOCKS.finditer(raw + "\n\n"):
            block = raw[start:match.start()]
            mine = [(at - start, text) for at, text in notes if start <= at <= match.start()]
            notes = [(at, text) for at, text in notes if not start <= at <= match.start()]
            out.append(self.runs(block, shown or lang, mine))   # English text keeps English references
            start = match.end()
        return out

    def compiled_runs(self, runs: list[tuple[str, str]], lang: str) -> str:
        """core.compilation runs as Word runs: brackets bold, attributions as footnotes."""
        out = []
        for kind, text in runs:
            if kind == "note":
                out.append(self.notes.reference(self.notes.add(text)))
            elif kind == "mark":
                out.append(ox.run(text, style="Bracket"))
            elif kind == "deleted":
                out.append(ox.run(text, italic=True))
            else:
                out.append(ox.run(text.replace("\n\n", " ")))
        return "".join(out)

    def compiled_article(self, article: Node) -> list[dict]:
        """An article with an open article-level bracket: each option in full, as core compiles it."""
        per_lang = {lang: self.compilers[lang].article(article) for lang in self.langs}
        count = max(len(blocks) for blocks in per_lang.values())
        rows = []
        for i in range(count):
            row = {}
            for lang in self.langs:
                blocks = per_lang[lang]
                if i >= len(blocks):
                    row[lang] = []
                    continue
                block = blocks[i]
                if block.style == "article":
                    name = self.bookmark_name(article) if lang == self.langs[0] else None
                    content = self.compiled_runs(block.runs, lang)
                    if name:
                        self._bookmark_ids += 1
                        content = ox.bookmark(name, self._bookmark_ids, content)
                    row[lang] = [ox.paragraph(content, "Heading2")]
                    continue
                style = "TreatyText" if block.style == "option" or block.level == 0 and not re.match(
                    r"^(\d+\.|[一二三四五六七八九十]+、) ?$", block.runs[0][1] if block.runs else "") else (
                    "TreatyParagraph" if block.level == 0 else
                    "TreatySubparagraph" if block.level == 1 else "TreatySubparagraph2")
                runs = list(block.runs)
                if style != "TreatyText" and runs and runs[0][0] == "text":
                    label_text = runs.pop(0)[1].strip()
                    content = ox.run(label_text) + ox.tab_run() + self.compiled_runs(runs, lang)
                else:
                    content = self.compiled_runs(runs, lang)
                row[lang] = [ox.paragraph(content, style, jc=self.jc(lang))]
            rows.append(row)
        entry = " / ".join(self.numbering.label(article, lang) for lang in self.langs)
        self.toc.append(ox.TocEntry(2, entry, self.bookmark_name(article),
                                    self.toc_page(self.bookmark_name(article))))
        return rows

    def toc_page(self, bookmark: str) -> int | None:
        """The contents' page number of a heading: laid out (``docx_pages``), else the placeholder
        the layout pass uses so that both passes set the contents alike, else none."""
        return self.o.toc_pages.get(bookmark, self.o.toc_placeholder or None)

    # ----- blocks: each returns rows, a row being {lang: [paragraph xml, …]} -------------------------
    def missing(self, lang: str) -> str:
        return ox.paragraph(ox.run(label("no_text", lang)), "MissingText")

    def jc(self, lang: str) -> str | None:
        """English in a narrow parallel column is set ragged-right (no rivers); Chinese justified."""
        return "left" if self.both and lang == "en" else None

    def node_rows(self, node: Node, style: str, depth: int = 0) -> list[dict[str, list[str]]]:
        row: dict[str, list[str]] = {}
        for lang in self.langs:
            blocks = self.option_runs(node, lang)
            # "3." before English text shown in a Chinese export, "三、" before Chinese text
            tag = self.numbering.label(node, self.node_raw(node, lang)[1] or lang)
            paras = []
            if not blocks:
                has_any = self._has.get(lang, True)
                if tag and node.children and has_any:      # "1." heading its sub-paragraphs
                    paras.append(ox.paragraph(ox.run(tag), style, jc=self.jc(lang)))
                elif self.both and (node.text or node.text_zh) and has_any:
                    paras.append(self.missing(lang))
            for i, block in enumerate(blocks):
                lead = (ox.run(tag) + ox.tab_run()) if (tag and i == 0) else (
                    ox.tab_run() if tag or (i and style != "TreatyText" and style != "Recital") else "")
                paras.append(ox.paragraph(lead + block, style, jc=self.jc(lang)))
            row[lang] = paras
        rows = [row]
        for child in node.children:
            sub_style = "TreatySubparagraph" if depth == 0 else "TreatySubparagraph2"
            rows.extend(self.node_rows(child, sub_style, depth + 1))
        return rows

    def heading_text(self, node: Node, lang: str) -> str:
        """"Article 12 – Title" / "第十二条 标题"; beside English, a missing Chinese title stays out.
        A Chinese export of an English-only instrument heads its English text in English."""
        if lang == "zh" and self.english_only and not self.both:
            lang = "en"
        head = self.numbering.label(node, lang)
        if node.attrs.get("deleted") and head:       # an agreed deletion keeps its number until the final text
            return deleted_label(node, head, lang)
        title = (node.title_zh or ("" if self.both else node.title)) if lang == "zh" else node.title
        if not title or not head:
            return head or title
        if head.endswith(("、", "：")):
            return head + title
        return f"{head} {title}" if lang == "zh" or head.endswith((".", ":")) else f"{head} – {title}"

    def title_notes(self, node: Node, lang: str) -> str:
        return "".join(self.notes.reference(self.notes.add(n.get("text", "")))
                       for n in notes_of(node, "title_zh" if lang == "zh" else "title"))

    def heading_row(self, node: Node, style: str, text_of, level: int, note_text: str = "") -> dict:
        """A heading in each language; the first carries the bookmark, TOC entry and source note."""
        row = {}
        name = self.bookmark_name(node)
        for i, lang in enumerate(self.langs):
            content = ox.run(text_of(lang)) + self.title_notes(node, lang)
            if i == 0:
                self._bookmark_ids += 1
                content = ox.bookmark(name, self._bookmark_ids, content)
                if note_text:
                    content += self.notes.reference(self.notes.add(note_text))
            row[lang] = [ox.paragraph(content, style)]
        entry = " / ".join(text_of(lang) for lang in self.langs)
        self.toc.append(ox.TocEntry(level, entry, name, self.toc_page(name)))
        return row

    def source_note_text(self, clause_ids: list[str], node: Node) -> str:
        if not self.o.footnotes:
            return ""
        langs = ["zh"] if self.o.language == "zh" else (["en", "zh"] if self.both else ["en"])
        if self.both and not any(n.text_zh for n in node.walk()):
            langs = ["en"]          # no Chinese text: no Chinese source status to give
        if not clause_ids:
            return " ".join({"en": "No source instrument: text drafted for this treaty.",
                             "zh": "无来源文书：为本条约起草的文本。"}[lang] for lang in langs)
        out = []
        for lang in langs:
            out.extend(self.note_for(cid).sentence(lang) for cid in clause_ids)
        return " ".join(out)

    def note_for(self, clause_id: str):
        return self.o.sources.get(clause_id) or fallback_note(clause_id, self.o.clause_labels)

    def warnings_row(self, node: Node, clause_ids: list[str]) -> dict | None:
        """Marks unverified text, and text shown in the other language, in each column."""
        row, any_note = {}, False
        self._has = {lang: any((n.text_zh if lang == "zh" else n.text) for n in node.walk()
                               if n is not node) for lang in self.langs}
        for lang in self.langs:
            paras = []
            if any(self.note_for(cid).unverified(lang) for cid in clause_ids):
                paras.append(ox.paragraph(ox.run(label("unverified", lang)), "VerificationNote"))
            # the library flags a clause, not a language: the copies that break off are English ones
            if lang == "en" and self._has.get(lang) and any(self.note_for(cid).incomplete for cid in clause_ids):
                paras.append(ox.paragraph(ox.run(label("incomplete", lang)), "VerificationNote"))
            if not self.both and not self.english_only and any(
                    self.node_raw(n, lang)[1] for n in node.walk() if n is not node):
                paras.append(ox.paragraph(ox.run(label("fallback", lang)), "VerificationNote"))
            if self.both and not self._has[lang] and node.children and not self.english_only:
                paras.append(self.missing(lang))
            any_note = any_note or bool(paras)
            row[lang] = paras
        return row if any_note else None

    def article(self, article: Node) -> list[dict]:
        if self.o.compilation and any(not b.is_span and b.is_open for b in brackets(article)):
            return self.compiled_article(article)
        ids = [article.derived_from] if article.derived_from else []
        rows = [self.heading_row(article, "Heading2", lambda lang: self.heading_text(article, lang), 2,
                                 self.source_note_text(ids, article))]
        warn = self.warnings_row(article, ids)
        if warn:
            rows.append(warn)
        for para in article.children:
            rows.extend(self.node_rows(para, "TreatyParagraph" if para.numbered else "TreatyText"))
        return rows

    def preamble(self, preamble: Node) -> list[dict]:
        ids = list(dict.fromkeys(r.derived_from for r in preamble.children if r.derived_from))
        shown = lambda lang: "en" if self.english_only and not self.both else lang  # noqa: E731
        title = lambda lang: (preamble.title_zh if lang == "zh" and preamble.title_zh  # noqa: E731
                              else label("preamble", lang) if lang == "zh" or not preamble.title
                              else preamble.title)
        rows = [self.heading_row(preamble, "Heading1", lambda lang: title(shown(lang)), 1,
                                 self.source_note_text(ids, preamble))]
        warn = self.warnings_row(preamble, ids)
        if warn:
            rows.append(warn)
        for recital in preamble.children:
            rows.extend(self.node_rows(recital, "Recital"))
        return rows

    def chapter(self, chapter: Node, depth: int = 0) -> list[dict]:
        """A division's (or annex's) heading: top-level ones as Heading 1, those inside as Heading 3."""
        return [self.heading_row(chapter, "Heading1" if depth == 0 else "Heading3",
                                 lambda lang: self.heading_text(chapter, lang), 1)]

    def closing(self) -> list[dict]:
        """The closing formula and signature block, a paragraph each (in both columns)."""
        node = self.draft.closing()
        paras = node.children if node is not None else [
            Node(kind=NodeKind.PARAGRAPH, text=en, text_zh=zh) for en, zh in closing_blocks(self.draft)]
        rows = []
        for para in paras:
            row = {}
            for lang in self.langs:
                field = "text_zh" if lang == "zh" else "text"
                if not getattr(para, field) and not self.both:
                    field = "text" if lang == "zh" else "text_zh"
                text = getattr(para, field)
                notes = [(n.get("at", 0), n.get("text", "")) for n in notes_of(para, field)]
                row[lang] = [ox.paragraph(self.runs(text, lang, notes), "Closing")] if text else []
            rows.append(row)
        return rows

    def contents_of(self, node: Node, depth: int) -> list[str]:
        """The parts inside a division or an annex, in order: divisions, articles, paragraphs."""
        out = []
        for child in node.children:
            if child.kind is NodeKind.CHAPTER and not has_content(child):
                continue                # a skeleton's empty division: no bare heading
            if child.kind is NodeKind.CHAPTER:
                out.append(self.emit(self.chapter(child, depth + 1)))
                out.extend(self.contents_of(child, depth + 1))
            elif child.kind is NodeKind.ARTICLE:
                out.append(self.emit(self.article(child)))
            elif child.kind is NodeKind.PARAGRAPH:
                self._has = {lang: True for lang in self.langs}
                out.append(self.emit(self.node_rows(child, "TreatyParagraph" if child.numbered else "TreatyText")))
        return out

    # ----- assembly ------------------------------------------------------------------------------------
    def emit(self, rows: list[dict]) -> str:
        if not self.both:
            return "".join(p for row in rows for p in row[self.langs[0]])
        cells = [[("".join(row["en"]) or ox.paragraph()), ("".join(row["zh"]) or ox.paragraph())]
                 for row in rows if row["en"] or row["zh"]]
        return ox.table(cells, COLUMNS, style="ParallelText") if cells else ""

    def titles(self) -> list[str]:
        """The draft's title in each exported language (the English one when there is no other)."""
        out = []
        for lang in self.langs:
            title = (self.draft.title_zh or self.draft.title) if lang == "zh" else self.draft.title
            if title and title not in out:
                out.append(title)
        return out or ["Untitled draft"]

    def title_page(self) -> str:
        dates = " / ".join(self.o.date_text(lang) for lang in self.langs)
        return title_block(self.titles(), self.o.status, dates, self.o.confidentiality)

    def body(self) -> str:
        rows_xml = []
        front = self.aside("front_matter", "FrontMatter")
        if front:
            rows_xml.append(ox.paragraph(ox.page_break_run()))
            rows_xml.extend(front)
        for i, title in enumerate(self.titles()):
            rows_xml.append(ox.paragraph(ox.run(title), "Title", page_break_before=i == 0 and not front))
        rows_xml.extend(self.aside("subtitle", "Subtitle"))
        if self.english_only:
            rows_xml.append(self.emit([{lang: [ox.paragraph(ox.run(label("english_only", lang)), "VerificationNote")]
                                        if lang == "zh" else [] for lang in self.langs}]))
        closed = False
        for top in self.draft.children:
            if top.kind in (NodeKind.PREAMBLE, NodeKind.CHAPTER, NodeKind.ANNEX) and not has_content(top):
                continue                # an empty preamble or skeleton division is not exported
            if top.kind is NodeKind.PREAMBLE:
                rows_xml.append(self.emit(self.preamble(top)))
            elif top.kind in (NodeKind.CHAPTER, NodeKind.ANNEX):
                if top.kind is NodeKind.ANNEX and not closed:
                    rows_xml.append(self.emit(self.closing()))
                    closed = True
                rows_xml.append(self.emit(self.chapter(top)))
                rows_xml.extend(self.contents_of(top, 0))
            elif top.kind is NodeKind.ARTICLE:
                rows_xml.append(self.emit(self.article(top)))
            elif top.kind is NodeKind.CLOSING and not closed:
                rows_xml.append(self.emit(self.closing()))
                closed = True
        if not closed:
            rows_xml.append(self.emit(self.closing()))
        return "".join(rows_xml)

    def aside(self, key: str, style: str) -> list[str]:
        """Lines kept beside the text (``meta[key]``, ``meta[key + "_zh"]``) in their own style."""
        rows = []
        english, chinese = self.draft.meta.get(key) or [], self.draft.meta.get(key + "_zh") or []
        for i in range(max(len(english), len(chinese))):
            row = {}
            for lang in self.langs:
                lines = chinese if lang == "zh" else english
                text = lines[i] if i < len(lines) else ""
                row[lang] = [ox.paragraph(ox.run(text), style)] if text else []
            if not self.both and not row[self.langs[0]]:
                other = english if self.langs[0] == "zh" else chinese
                row[self.langs[0]] = [ox.paragraph(ox.run(other[i]), style)] if i < len(other) else []
            rows.append(row)
        return [self.emit(rows)] if rows else []

    def contents(self) -> str:
        heading = " / ".join(label("contents", lang) for lang in self.langs)
        return (ox.paragraph(ox.run(heading), "TOCHeading", page_break_before=True)
                + "".join(ox.toc_field(self.toc)))

    def header_footer(self) -> tuple[str, str]:
        return header_footer(self.titles()[0], self.o.status, self.o.confidentiality, self.o.language)


def has_content(node: Node) -> bool:
    """Whether a preamble or division holds anything to print: an article, or some text."""
    return any(n.kind is NodeKind.ARTICLE or n.text or n.text_zh for n in node.walk() if n is not node)


def docx_bytes(draft: Draft, options: ExportOptions | None = None,
               template: Path | str | None = None) -> bytes:
    """The .docx of ``draft`` as bytes (see :func:`export_docx`)."""
    options = options or ExportOptions()
    if options.compilation:              # one compilation document, whichever way it is asked for
        from .compilation_docx import compilation_bytes
        from .compilation_front import CompilationInfo
        return compilation_bytes(draft, lang=options.language, clause_labels=options.clause_labels,
                                 info=CompilationInfo.from_meta(draft.meta, date=options.iso_date()),
                                 template=template)
    count = open_brackets(draft)
    if count:                            # the status line says the text is not all agreed
        options = dataclasses.replace(options, status=open_status(options.status, count, options.languages[0]))
    writer = _Writer(draft, options)
    body = writer.body()                       # first: it collects TOC entries and footnotes
    package = ox.DocxPackage.from_template(template or TEMPLATE)
    header, footer = writer.header_footer()
    sect = framed_section(package, header, footer, footnotes=True,
                          line_numbers=ox.line_numbering() if options.line_numbers else "")
    package.add_part("footnotes", writer.notes.xml(), name="word/footnotes.xml")
    package.set_document(writer.title_page() + writer.contents() + body + sect)
    return package.to_bytes()


def open_status(status: str, count: int, lang: str) -> str:
    """"Draft — 4 open brackets (not agreed text marked)": a clean text never hides what is open."""
    if lang == "zh":
        return f"{status}（{count}处未决方括号，未商定的案文已标明）"
    return f"{status} — {count} open bracket{'s' if count != 1 else ''} (text not agreed is marked)"


def export_docx(draft: Draft, path: Path | str, options: ExportOptions | None = None,
                template: Path | str | None = None) -> int:
    """Write ``draft`` to ``path`` as .docx (atomically); returns the size in bytes."""
    data = docx_bytes(draft, options, template)
    ox.atomic_write(path, data)
    return len(data)


def bare_docx_baseline(paragraphs: list[tuple[str, str]], template: Path | str | None = None,
                       path: Path | str | None = None) -> bytes:
    """The benchmark's reference: the same (style name, text) paragraphs written with plain
    python-docx from the same template. Returns the bytes (and writes ``path`` if given)."""
    import docx

    document = docx.Document(str(template or TEMPLATE))
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data

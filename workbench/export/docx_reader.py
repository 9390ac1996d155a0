"""A Word draft written by anyone to a draft: headings, articles, paragraphs, tracked changes.

The XML is read directly (never ``paragraph.text``, which drops tracked insertions): text
inside ``w:ins`` / ``w:moveTo`` is kept, ``w:del`` / ``w:moveFrom`` dropped, so the result is the
current text with every revision accepted. Headings are recognised by their words ("Article
12", "ARTICLE 12", "Art. 12", "第十二条", "Chapter II", "第二章") in heading styles or in plain bold
text; paragraphs by their labels ("1.", "(a)", "(i)", "一、", "（一）") or Word's own numbering.
Two-column tables with Chinese in the right column are read as parallel texts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.messages import msg
from ..core.model import Draft, Node, NodeKind
from ..core.references import tokenize
from .importing import ImportFailure, ImportResult
from .ooxml import W_NS, is_cjk
from .safety import open_zip, parse_xml, read_member

_W = "{%s}" % W_NS
ZH_NUM = "零〇一二三四五六七八九十百千两"
CHAPTER_RE = re.compile(r"^(?:chapter|part|section)\s+([ivxlcdm]+|\d+)\b\.?\s*(?:[-–—:.]\s*)?(.*)$", re.I)
ZH_CHAPTER_RE = re.compile(rf"^第([{ZH_NUM}\d]+)[章编部分节]+\s*(.*)$")
ARTICLE_RE = re.compile(r"^(?:article|art\.)\s*(\d+(?:\.\d+)?)\b\.?\s*(?:[-–—:.]\s*)?(.*)$", re.I)
ZH_ARTICLE_RE = re.compile(rf"^第([{ZH_NUM}\d]+)条\s*(.*)$")
PREAMBLE_RE = re.compile(r"^(preamble|序言|序文)$", re.I)
PARA_RE = re.compile(r"^(\d+)[.)](?:\s+|\t|$)(.*)$", re.S)
ZH_PARA_RE = re.compile(rf"^([{ZH_NUM}]+)、\s*(.*)$", re.S)
SUB_RE = re.compile(r"^\(([a-z]{1,2}|[ivxl]+)\)\s*(.*)$", re.S)
SUB2_RE = re.compile(r"^([a-z])\)\s+(.*)$", re.S)
ZH_SUB_RE = re.compile(rf"^[（(]([{ZH_NUM}]+)[）)]\s*(.*)$", re.S)
SKIP_STYLES = {"toc", "tocheading", "header", "footer", "verificationnote", "missingtext",
               "confidentiality", "draftstatus", "draftdate", "footnotetext"}
TITLE_STYLES = {"title", "covertitle"}


@dataclass
class Para:
    """One paragraph as read: its text with revisions accepted, style and emphasis."""

    text: str
    style: str = ""
    bold: bool = False
    level: int | None = None      # Word numbering level, when the paragraph is auto-numbered
    lead_tab: bool = False


@dataclass
class _Item:
    kind: str                     # chapter | article | preamble | para | sub | text | title
    text: str = ""
    title: str = ""
    number: str = ""
    depth: int = 0
    continuation: bool = False
    emphasis: bool = False        # bold or in a heading style


def _norm_style(name: str) -> str:
    return re.sub(r"[\s_-]+", "", name).lower()


class _Runs:
    """Collects the visible text of paragraphs, following fields and tracked changes."""

    def __init__(self):
        self.field_depth = 0          # inside a field's instruction part
        self.field_stack: list[str] = []
        self.in_toc = False
        self.insertions = 0
        self.deletions = 0
        self.footnotes = 0

    def text(self, p) -> str:
        out: list[str] = []
        self._collect(p, out)
        return "".join(out)

    def _collect(self, element, out: list[str]) -> None:
        for child in element:
            tag = child.tag
            if tag in (_W + "del", _W + "moveFrom"):
                self.deletions += 1
                continue
            if tag in (_W + "ins", _W + "moveTo"):
                self.insertions += 1
                self._collect(child, out)
            elif tag == _W + "r":
                self._run(child, out)
            elif tag in (_W + "pPr", _W + "rPr", _W + "bookmarkStart", _W + "bookmarkEnd",
                         _W + "commentRangeStart", _W + "commentRangeEnd", _W + "proofErr"):
                continue
            elif tag == _W + "fldSimple":
                if "TOC" not in (child.get(_W + "instr") or ""):
                    self._collect(child, out)
            else:                     # hyperlink, smartTag, sdt, sdtContent, customXml …
                self._collect(child, out)

    def _run(self, run, out: list[str]) -> None:
        for child in run:
            tag = child.tag
            if tag == _W + "fldChar":
                kind = child.get(_W + "fldCharType")
                if kind == "begin":
                    self.field_stack.append("")
                    self.field_depth += 1
                elif kind == "separate" and self.field_stack:
                    self.field_depth -= 1
                    if self.field_stack[-1].strip().upper().startswith("TOC"):
                        self.in_toc = True
                elif kind == "end" and self.field_stack:
                    instr = self.field_stack.pop()
                    if self.field_depth and not instr.strip().upper().startswith("TOC"):
                        self.field_depth -= 1   # a field with no result part
                    if instr.strip().upper().startswith("TOC"):
                        self.in_toc = False
            elif tag == _W + "instrText":
                if self.field_stack:
                    self.field_stack[-1] += child.text or ""
            elif self.field_depth or self.in_toc:
                continue
            elif tag == _W + "t":
                out.append(child.text or "")
            elif tag == _W + "tab":
                out.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("\u2011")
            elif tag == _W + "footnoteReference":
                self.footnotes += 1


def _bold(p, styles_bold: set[str], style: str) -> bool:
    runs = [r for r in p.iter(_W + "r") if any(t.text and t.text.strip() for t in r.iter(_W + "t"))]
    if not runs:
        return False
    if style in styles_bold:
        return True
    for run in runs:
        b = run.find(f"{_W}rPr/{_W}b")
        if b is None or b.get(_W + "val") in ("0", "false"):
            return False
    return True


class _Builder:
    """Turns classified items into the draft tree."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.draft = result.draft
        self.chapter: Node | None = None
        self.article: Node | None = None
        self.preamble: Node | None = None
        self.last: Node | None = None
        self.numbers: dict[str, str] = {}      # printed article number -> node id
        self.started = False                   # past the title

    def add(self, item: _Item, zh: bool = False) -> Node | None:
        field_text = "text_zh" if zh else "text"
        field_title = "title_zh" if zh else "title"
        if item.kind == "chapter":
            node = Node(kind=NodeKind.CHAPTER, **{field_title: item.title})
            self.draft.children.append(node)
            self.chapter, self.article, self.last = node, None, node
            return node
        if item.kind == "article":
            node = Node(kind=NodeKind.ARTICLE, **{field_title: item.title})
            (self.chapter.children if self.chapter else self.draft.children).append(node)
            if item.number and not zh:
                self.numbers.setdefault(item.number, node.id)
            self.article, self.last = node, node
            return node
        if item.kind == "preamble":
            self.ensure_preamble()
            return self.preamble
        heading = self.last if self.last is not None and self.last.kind in (
            NodeKind.ARTICLE, NodeKind.CHAPTER) else None
        if (item.kind == "text" and item.emphasis and heading is not None and not heading.children
                and not getattr(heading, field_title) and len(item.text) <= 120
                and not item.text.endswith((".", ";", "。", "；"))):
            setattr(heading, field_title, item.text)     # "Article 12" then a bold title line
            return heading
        if item.kind == "closing":
            key = "closing_zh" if zh or is_cjk(item.text) else "closing"
            self.draft.meta[key] = (self.draft.meta.get(key, "") + "\n\n" + item.text).strip()
            return None
        if self.article is None:
            if item.kind == "title" or not self.started:
                return None
            self.ensure_preamble()
            node = Node(kind=NodeKind.RECITAL, **{field_text: item.text})
            self.preamble.children.append(node)
            self.last = node
            return node
        if item.continuation and self.last is not None and self.last.kind in (
                NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH):
            setattr(self.last, field_text, (getattr(self.last, field_text) + "\n\n" + item.text).strip())
            return self.last
        if item.kind == "sub":
            parent = self._sub_parent(item.depth)
            node = Node(kind=NodeKind.SUBPARAGRAPH, **{field_text: item.text})
            parent.children.append(node)
        else:
            node = Node(kind=NodeKind.PARAGRAPH, numbered=item.kind == "para", **{field_text: item.text})
            self.article.children.append(node)
        self.last = node
        return node

    def _sub_parent(self, depth: int) -> Node:
        if not self.article.children:
            self.article.children.append(Node(kind=NodeKind.PARAGRAPH, numbered=False))
        parent = self.article.children[-1]
        for _ in range(depth - 1):
            if not parent.children:
                break
            parent = parent.children[-1]
        return parent

    def ensure_preamble(self) -> None:
        if self.preamble is None:
            self.preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
            self.draft.children.insert(0, self.preamble)


def classify(p: Para, previous_sub: str = "") -> _Item:
    """What a paragraph is, from its words, style and emphasis."""
    text = p.text.strip()
    style = _norm_style(p.style)
    headingish = style.startswith("heading") or p.bold or style in TITLE_STYLES
    if style in TITLE_STYLES:
        return _Item("title", text=text)
    if style == "closing":
        return _Item("closing", text=text)
    for regex, kind in ((ARTICLE_RE, "article"), (ZH_ARTICLE_RE, "article"),
                        (CHAPTER_RE, "chapter"), (ZH_CHAPTER_RE, "chapter")):
        match = regex.match(text)
        if match:
            rest = match.group(2).strip()
            if headingish or text.isupper() or (len(rest) <= 90 and not rest.endswith((".", ";", ",", "。", "；"))):
                return _Item(kind, title=rest, number=match.group(1))
    if PREAMBLE_RE.match(text):
        return _Item("preamble")
    if p.level is not None:
        return _Item("para" if p.level == 0 else "sub", text=text, depth=max(p.level, 1))
    for regex in (PARA_RE, ZH_PARA_RE):
        match = regex.match(text)
        if match:
            return _Item("para", text=match.group(2).strip(), number=match.group(1))
    match = SUB_RE.match(text) or SUB2_RE.match(text)
    if match:
        mark = match.group(1)
        follows_letter = len(mark) == 1 and len(previous_sub) == 1 and ord(mark) == ord(previous_sub) + 1
        roman = bool(re.fullmatch(r"[ivxl]+", mark)) and not follows_letter
        # (i), (ii) under a lettered sub-paragraph are one level deeper; a list that starts with (i) is not
        return _Item("sub", text=match.group(2).strip(), number=mark,
                     depth=2 if roman and previous_sub and not re.fullmatch(r"[ivxl]+", previous_sub) else 1)
    match = ZH_SUB_RE.match(text)
    if match:
        return _Item("sub", text=match.group(2).strip(), number=match.group(1), depth=1)
    return _Item("text", text=text, continuation=p.lead_tab, emphasis=headingish)


def _move_chinese(node: Node) -> None:
    """Text read from a Chinese-only document belongs in the Chinese fields."""
    if node.text and is_cjk(node.text) and not node.text_zh:
        node.text_zh, node.text = node.text, ""
    if node.title and is_cjk(node.title) and not node.title_zh:
        node.title_zh, node.title = node.title, ""


def read_docx(path) -> ImportResult:
    """Read a .docx (refusing zip bombs and entity tricks) into a new draft."""
    archive = open_zip(path, msg("Word document"))
    with archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise ImportFailure(msg("{name}: no word/document.xml inside",
                                    name=path.name if hasattr(path, "name") else path))
        document = parse_xml(read_member(archive, "word/document.xml"), msg("Word document body"))
        styles = parse_xml(read_member(archive, "word/styles.xml"), msg("Word styles")) \
            if "word/styles.xml" in names else None
        comments = "word/comments.xml" in names
    result = ImportResult(draft=Draft(title=""), source_format="Word (.docx)")
    style_names, styles_bold = {}, set()
    if styles is not None:
        for style in styles.iter(_W + "style"):
            sid = style.get(_W + "styleId", "")
            name = style.find(_W + "name")
            style_names[sid] = name.get(_W + "val", sid) if name is not None else sid
            b = style.find(f"{_W}rPr/{_W}b")
            if b is not None and b.get(_W + "val") not in ("0", "false"):
                styles_bold.add(style_names[sid])
    runs = _Runs()
    builder = _Builder(result)
    body = document.find(_W + "body")
    if body is None:
        raise ImportFailure(msg("{name}: the Word document has no body",
                                name=path.name if hasattr(path, "name") else path))

    def para_of(p) -> Para | None:
        ppr = p.find(_W + "pPr")
        sid = ppr.find(_W + "pStyle").get(_W + "val", "") if ppr is not None and ppr.find(_W + "pStyle") is not None else ""
        style = style_names.get(sid, sid)
        in_toc_before = runs.in_toc
        text = runs.text(p)
        if in_toc_before or runs.in_toc or _norm_style(style).rstrip("0123456789") in SKIP_STYLES:
            return None
        level = None
        num = ppr.find(f"{_W}numPr/{_W}ilvl") if ppr is not None else None
        if ppr is not None and ppr.find(f"{_W}numPr/{_W}numId") is not None:
            value = num.get(_W + "val", "0") if num is not None else "0"
            level = int(value) if value.isdigit() else 0
        if not text.strip():
            return None
        return Para(text=" ".join(text.split()), style=style, bold=_bold(p, styles_bold, style),
                    level=level, lead_tab=text.startswith("\t"))

    state = {"sub": ""}

    def handle(para: Para, zh: bool = False) -> Node | None:
        item = classify(para, state["sub"])
        if item.kind == "sub" and item.depth == 1:
            state["sub"] = item.number
        elif item.kind in ("para", "article"):
            state["sub"] = ""
        if item.kind == "title":
            if not result.draft.title and not is_cjk(item.text):
                result.draft.title = item.text
            elif is_cjk(item.text) and not result.draft.title_zh:
                result.draft.title_zh = item.text
            builder.started = True
            return None
        if not builder.started and item.kind not in ("chapter", "article", "preamble"):
            if not result.draft.title:
                result.draft.title = item.text
            builder.started = True
            return None
        builder.started = True
        if item.kind == "text" and (item.text == result.draft.title or item.text in ("Contents", "目录")):
            return None
        return builder.add(item, zh)

    def row_cells(tr) -> list[list[Para]]:
        cells = []
        for tc in tr.findall(_W + "tc"):
            cells.append([p for p in (para_of(x) for x in tc.iter(_W + "p")) if p is not None])
        return cells

    def parallel_row(cells: list[list[Para]]) -> None:
        left, right = cells
        if not left:                 # no English in this row: the Chinese stands alone
            for para in right:
                handle(para, zh=True)
            return
        made = [handle(p) for p in left]
        made = [m for m in made if m is not None]
        zh_items = [(p, classify(p)) for p in right]
        targets = iter(made)
        target = None
        for para, item in zh_items:
            if item.kind == "text" and item.continuation and target is not None:
                target.text_zh = (target.text_zh + "\n\n" + item.text).strip()
                continue
            target = next(targets, None)
            if target is None:
                result.unmapped.append(f"Chinese text with no English counterpart: “{para.text[:40]}”")
                continue
            if target.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER):
                if is_cjk(item.title):       # an English title repeated in the Chinese column is not one
                    target.title_zh = item.title
            elif target.kind is NodeKind.PREAMBLE:
                continue
            else:
                target.text_zh = item.text

    def walk(container) -> None:
        for child in container:
            if child.tag == _W + "p":
                para = para_of(child)
                if para is not None:
                    handle(para)
            elif child.tag == _W + "tbl":
                rows = [row_cells(tr) for tr in child.findall(_W + "tr")]
                texts = [[" ".join(p.text for p in cell) for cell in row] for row in rows]
                tbl_style = child.find(f"{_W}tblPr/{_W}tblStyle")
                styled = tbl_style is not None and tbl_style.get(_W + "val") == "ParallelText"
                parallel = rows and all(len(r) == 2 for r in rows) and (styled or any(
                    is_cjk(t[1]) and not is_cjk(t[0]) for t in texts))
                for row in rows:
                    if parallel:
                        parallel_row(row)
                    else:
                        for cell in row:
                            for para in cell:
                                handle(para)
                if rows and not parallel:
                    result.notes.append("a table was read cell by cell, left to right")
            elif child.tag in (_W + "sdt",):
                content = child.find(_W + "sdtContent")
                gallery = child.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
                if content is not None and not (gallery is not None and "Contents" in (gallery.get(_W + "val") or "")):
                    walk(content)
            elif child.tag != _W + "sectPr":
                walk(child)

    walk(body)
    draft = result.draft
    for node in draft.walk():
        _move_chinese(node)
        if node.text:
            node.text = tokenize(node.text, lambda n: builder.numbers.get(n))
    if not draft.title and draft.title_zh:
        draft.title = draft.title_zh
    if not draft.articles():
        result.unmapped.append("no article headings were found (expected “Article 1”, “Art. 1”, "
                               "“第一条” …); the text was kept as recitals")
    if runs.insertions or runs.deletions:
        result.notes.append(f"tracked changes read as accepted: {runs.insertions} insertion(s) kept, "
                            f"{runs.deletions} deletion(s) left out")
    if runs.footnotes:
        result.unmapped.append(f"{runs.footnotes} footnote(s) were not imported")
    if comments:
        result.unmapped.append("comments in the document were not imported")
    return result

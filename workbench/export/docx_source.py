"""A Word file as the importer sees it: lines of text with their look, and rows of parallel tables.

The XML is read directly (never ``paragraph.text``, which drops tracked insertions): text
inside ``w:ins`` / ``w:moveTo`` is kept, ``w:del`` / ``w:moveFrom`` dropped, so the result is the
current text with every revision accepted. Word's automatic numbering is turned into the label
it shows ("1.", "(a)", "第一条"), as if typed, and footnotes are read with the place of their mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..core.labels import chinese_numeral, letter, roman
from ..core.messages import msg
from .import_result import ImportFailure, position
from .ooxml import W_NS, is_cjk
from .safety import open_zip, parse_xml, read_member

_W = "{%s}" % W_NS
SKIP_STYLES = {"toc", "tocheading", "header", "footer", "verificationnote", "missingtext",
               "confidentiality", "draftstatus", "draftdate", "footnotetext", "covertitle"}
_NOTE = "\ue000"        # where a footnote mark stood, while the text is collected
#: Bullets typed in a symbol font (Symbol, Wingdings) are private-use characters: the glyphs they show.
SYMBOLS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0a8": "◦", "\uf0d8": "➢", "\uf0d7": "•", "\uf06e": "■",
                         "\uf06c": "●", "\uf076": "❖", "\uf0fc": "✓", "\uf0e0": "→", "\uf02d": "-", "\uf0be": "—"})
_PRIVATE = re.compile("^[\ue000-\uf8ff]$")
_LEAD_SYMBOL = re.compile("^(\\s*)[\ue001-\uf8ff](?=\\s)")     # an unknown one opening a line: a bullet
_INVISIBLE = "\u00ad\u200b\ufeff"     # soft hyphens, zero-width spaces and stray byte-order marks
_LABEL_START = re.compile(r"^\s*(?:\(\w{1,4}\)|\w{1,3}[.)](?:\s|$)|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、"
                          r"|[•·▪●■◦►–—-]\s|第\s*[\d一二三四五六七八九十百]+\s*[条章节])")
_CELL_LABEL = re.compile(r"^(?:[\dA-Za-z]{1,4}[.)]|\([\dA-Za-z]{1,4}\)|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、"
                         r"|[•·▪●■◦►–—-])$")
_ENDED = re.compile(r"[.;:。；：]\s*$")
_ITEM_ENDED = re.compile(r"(?:[,，]|\s(?:or|and))\s*$")        # "(b) … Party," before the words closing the list
_LIST_ENDED = re.compile(r"[;；]\s*(?:and|or)\s*$", re.IGNORECASE)  # "WTO means …; and": an item of a list, labelled or not
# a line of text (words, not only leaders; "A) Industrial Products" opens with its label) ending in leaders or a
# tab and a page number
_LEADER_NUMBER = re.compile(r"(?=[^\t]*?[^\W\d_]{2}).*?(?:\.{4,}|…{2,}|\t|(?:\s*\.\s){4,})\s*[\d０-９]{1,4}\s*$", re.S)


@dataclass
class Line:
    """One paragraph as read: its text (revisions accepted), style and look."""

    text: str
    style: str = ""
    bold: bool = False
    align: str = ""
    lead_tab: bool = False
    tab_after_label: bool = False     # "1<TAB>Text": a bare number with a tab is a label
    notes: list[tuple[int, str]] = field(default_factory=list)   # (offset in text, note text)
    where: str = ""
    objects: int = 0                  # images or embedded objects left out
    cell: bool = False                # in a table
    underline: bool = False           # every run underlined (emphasis, as typewriters gave it)
    size: int = 0                     # the smallest font size of its runs, in half-points (0: the default)
    breaks: list[str] = field(default_factory=list)   # the text after each manual line break, until split
    leader_number: bool = False       # ends with dot leaders or a tab and a number ("Article 3 ..... 7")

    @property
    def zh(self) -> bool:
        return is_cjk(self.text)

    @property
    def norm_style(self) -> str:
        return norm_style(self.style)


@dataclass
class Row:
    """A row of a two-column parallel table: English lines left, Chinese lines right."""

    left: list[Line]
    right: list[Line]
    where: str = ""


@dataclass
class Source:
    """Everything read from the package."""

    blocks: list = field(default_factory=list)      # Line or Row, in document order
    insertions: int = 0
    deletions: int = 0
    comments: bool = False
    own: bool = False                 # written by this program (its template's styles)
    tables_read_by_cell: list[str] = field(default_factory=list)


def norm_style(name: str) -> str:
    return re.sub(r"[\s_-]+", "", name).lower()


def _normalise(raw: str) -> tuple[str, list[int]]:
    """Whitespace collapsed, ends stripped, soft hyphens and zero-width spaces dropped; the offsets of the
    note marks in the result."""
    out: list[str] = []
    marks: list[int] = []
    space = False
    for char in raw:
        if char in _INVISIBLE:
            continue
        if char == _NOTE:
            marks.append(len(out))
            continue
        if char.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            space = False
        out.append(char)
    return "".join(out), [min(m, len(out)) for m in marks]


class _Numbering:
    """Word's automatic numbering: the label each numbered paragraph shows."""

    FORMATS = {"decimal": str, "lowerLetter": letter, "upperLetter": lambda n: letter(n).upper(),
               "lowerRoman": lambda n: roman(n).lower(), "upperRoman": roman,
               "chineseCounting": chinese_numeral, "chineseCountingThousand": chinese_numeral,
               "ideographTraditional": chinese_numeral, "taiwaneseCounting": chinese_numeral,
               "decimalFullWidth": str, "decimalZero": lambda n: f"{n:02d}"}

    def __init__(self, root):
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for abstract in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(_W + "lvl"):
                ilvl = int(lvl.get(_W + "ilvl", "0") or 0)
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                levels[ilvl] = (fmt.get(_W + "val", "decimal") if fmt is not None else "decimal",
                                text.get(_W + "val", "") if text is not None else "",
                                int(start.get(_W + "val", "1") or 1) if start is not None else 1)
            self.abstract[abstract.get(_W + "abstractNumId", "")] = levels
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            starts = {}
            for override in num.iter(_W + "lvlOverride"):
                start = override.find(_W + "startOverride")
                if start is not None:
                    starts[int(override.get(_W + "ilvl", "0") or 0)] = int(start.get(_W + "val", "1") or 1)
            self.nums[num.get(_W + "numId", "")] = (ref.get(_W + "val", "") if ref is not None else "", starts)

    def label(self, num_id: str, ilvl: int) -> str:
        if num_id not in self.nums:
            return ""
        abstract_id, starts = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        fmt, _text, start = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else starts.get(ilvl, start)
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            symbol = levels[ilvl][1].translate(SYMBOLS)
            return "◦" if symbol == "o" else "•" if not symbol or _PRIVATE.match(symbol) else symbol

        def value(match: re.Match) -> str:
            level = int(match.group(1)) - 1
            lfmt, _t, lstart = levels.get(level, ("decimal", "", 1))
            number = counters.get(level, lstart)
            return self.FORMATS.get(lfmt, str)(number)

        return re.sub(r"%(\d)", value, levels[ilvl][1])


class _Reader:
    """Collects the visible text of paragraphs, following fields and tracked changes."""

    def __init__(self, notes: dict[str, str]):
        self.field_stack: list[str] = []
        self.field_depth = 0
        self.in_toc = False
        self.insertions = 0
        self.deletions = 0
        self.objects = 0
        self.notes = notes
        self.note_texts: list[str] = []

    def text(self, p) -> str:
        out: list[str] = []
        self.note_texts = []
        self.objects = 0
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
            elif tag == _W + "sym":           # a symbol inserted from a font (Symbol, Wingdings): "F0B7"
                code = child.get(_W + "char", "")
                if re.fullmatch(r"[0-9A-Fa-f]{4}", code):
                    value = int(code, 16)
                    out.append(chr(value + 0xF000 if value < 0x100 else value))
            elif tag in (_W + "footnoteReference", _W + "endnoteReference"):
                prefix = "e" if tag == _W + "endnoteReference" else ""
                text = self.notes.get(prefix + child.get(_W + "id", ""), "")
                if text:
                    out.append(_NOTE)
                    self.note_texts.append(text)
            elif tag in (_W + "drawing", _W + "object", _W + "pict"):
                self.objects += 1


def _bold(p, styles_bold: set[str], style: str) -> bool:
    runs = [r for r in p.iter(_W + "r") if any(t.text and t.text.strip() for t in r.iter(_W + "t"))]
    if not runs:
        return False
    style_bold = style in styles_bold
    for run in runs:
        b = run.find(f"{_W}rPr/{_W}b")
        if b is None and not style_bold:
            return False
        if b is not None and b.get(_W + "val") in ("0", "false"):
            return False
    return True


def _text_runs(p) -> list:
    return [r for r in p.iter(_W + "r") if any(t.text and t.text.strip() for t in r.iter(_W + "t"))]


def _underline(p) -> bool:
    runs = _text_runs(p)
    for run in runs:
        u = run.find(f"{_W}rPr/{_W}u")
        if u is None or u.get(_W + "val", "single") == "none":
            return False
    return bool(runs)


def _size(p) -> int:
    """The smallest font size of the paragraph's runs in half-points (0 where a run keeps the default)."""
    sizes = []
    for run in _text_runs(p):
        sz = run.find(f"{_W}rPr/{_W}sz")
        value = sz.get(_W + "val") or "" if sz is not None else ""
        sizes.append(int(value) if value.isdigit() else 0)
    return min(sizes, default=0)


def _footnotes(archive, names: set[str]) -> dict[str, str]:
    """Footnote texts by id, and endnote texts by "e" + id (both are kept where their marks stood)."""
    notes = {}
    for part, tag, prefix, what in (("word/footnotes.xml", "footnote", "", msg("Word footnotes")),
                                    ("word/endnotes.xml", "endnote", "e", msg("Word endnotes"))):
        if part not in names:
            continue
        root = parse_xml(read_member(archive, part), what)
        reader = _Reader({})
        for note in root.iter(_W + tag):
            if note.get(_W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            texts = [" ".join(reader.text(p).split()) for p in note.iter(_W + "p")]
            text = "\n\n".join(t for t in texts if t)
            if text:
                notes[prefix + note.get(_W + "id", "")] = text
    return notes


_ZH_NUMERAL = "〇零一二两三四五六七八九十百千0-9"
_SPACED_ZH = re.compile(rf"^第(?:\s*[{_ZH_NUMERAL}]){{1,6}}\s*(?:条|章|节|编|部分)"
                        r"|^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,4}$")


def _closed_up(text: str, marks: list[int]) -> tuple[str, list[int]]:
    """A Chinese heading label spaced out character by character as typesetters space it ("第 十 二 条",
    "序 言") closed up."""
    match = _SPACED_ZH.match(text)
    if match is None or match.group()[0] == "第" and not re.search(rf"[{_ZH_NUMERAL}]\s+[{_ZH_NUMERAL}]",
                                                                    match.group()):
        return text, marks                # "第 1 条" is read as it stands
    head = match.group().replace(" ", "")
    removed = len(match.group()) - len(head)
    return head + text[match.end():], [m - removed if m >= match.end() else min(m, len(head)) for m in marks]


def _label_column(row: list[list[Line]]) -> bool:
    """A row of a label ("1.", "(a)", "iv.") alone in its cell, then the text it numbers."""
    return len(row) == 2 and len(row[0]) == 1 and bool(row[1]) and bool(_CELL_LABEL.match(row[0][0].text))


#: a line ending on a word that cannot end one ("the", "of", "between"): the sentence goes on after the break
_OPEN_END = re.compile(r"\b(?:the|a|an|of|and|or|to|in|for|by|with|between|on|at|from|its|their|under|as)\s*$",
                       re.IGNORECASE)


def read_source(path) -> Source:
    """Read a .docx (refusing zip bombs and entity tricks) into lines and parallel rows."""
    name = path.name if hasattr(path, "name") else path
    archive = open_zip(path, msg("Word document"))
    with archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise ImportFailure(msg("{name}: no word/document.xml inside", name=name))
        document = parse_xml(read_member(archive, "word/document.xml"), msg("Word document body"))
        styles = parse_xml(read_member(archive, "word/styles.xml"), msg("Word styles")) \
            if "word/styles.xml" in names else None
        numbering = parse_xml(read_member(archive, "word/numbering.xml"), msg("Word numbering")) \
            if "word/numbering.xml" in names else None
        notes = _footnotes(archive, names)
        source = Source(comments="word/comments.xml" in names)
    body = document.find(_W + "body")
    if body is None:
        raise ImportFailure(msg("{name}: the Word document has no body", name=name))
    style_names, styles_bold, style_num = {}, set(), {}
    if styles is not None:
        for style in styles.iter(_W + "style"):
            sid = style.get(_W + "styleId", "")
            sname = style.find(_W + "name")
            style_names[sid] = sname.get(_W + "val", sid) if sname is not None else sid
            b = style.find(f"{_W}rPr/{_W}b")
            if b is not None and b.get(_W + "val") not in ("0", "false"):
                styles_bold.add(style_names[sid])
            num = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
            if num is not None:
                lvl = style.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
                style_num[sid] = (num.get(_W + "val", ""), int(lvl.get(_W + "val", "0") or 0) if lvl is not None else 0)
    source.own = "TreatyParagraph" in style_names or "TreatyParagraph" in style_names.values()
    auto = _Numbering(numbering)
    reader = _Reader(notes)
    counter = {"p": 0, "table": 0}

    def lines_of(p, where: str | None = None) -> list[Line]:
        """The lines a paragraph shows: one, or (a file written elsewhere) one per manual line break
        where what follows the break opens with a label, the text before it ends a sentence, or a list item
        ends ("(b) … Party," before the words closing the list); a break inside a sentence is a space."""
        line = line_of(p, where)
        if line is None or not line.breaks or source.own:
            return [line] if line is not None else []
        out = [line]
        previous = line.text
        in_list = False
        for piece in line.breaks:
            # a short line before a capital is a list typed line by line ("Movement and residence" /
            # "Work in private and government jobs"), not a sentence wrapped at the margin; once such a
            # list has begun, its items may run longer
            listed = (not line.cell and len(previous.strip()) < (100 if in_list else 60)
                      and piece.strip()[:1].isupper() and not _OPEN_END.search(previous))
            in_list = listed or (in_list and not _ENDED.search(previous))
            previous = piece
            if _LABEL_START.match(piece) or _ENDED.search(out[-1].text) or listed or _LIST_ENDED.search(
                    out[-1].text) or (_LABEL_START.match(out[-1].text) and _ITEM_ENDED.search(out[-1].text)):
                out.append(Line(text="", style=line.style, bold=line.bold, align=line.align, where=line.where,
                                cell=line.cell, tab_after_label=bool(re.match(r"^\s*\S{1,8}\t", piece))))
                counter["p"] += 1
            else:
                out[-1].text += " "
            start = len(out[-1].text)
            text, _marks = _normalise(piece)
            out[-1].text = (out[-1].text + text).strip() if start else text
        kept = [line for line in out if line.text]
        for i, line in enumerate(kept):
            line.notes = [] if i else line.notes
            line.breaks = []
        return kept

    def line_of(p, where: str | None = None) -> Line | None:
        ppr = p.find(_W + "pPr")
        pstyle = ppr.find(_W + "pStyle") if ppr is not None else None
        sid = pstyle.get(_W + "val", "") if pstyle is not None else ""
        style = style_names.get(sid, sid)
        in_toc_before = reader.in_toc
        raw = reader.text(p)
        if in_toc_before or reader.in_toc or norm_style(style).rstrip("0123456789") in SKIP_STYLES:
            return None
        num_id, ilvl = style_num.get(sid, ("", 0))
        num = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num is not None and num.find(_W + "numId") is not None:
            num_id = num.find(_W + "numId").get(_W + "val", "")
            lvl = num.find(_W + "ilvl")
            ilvl = int(lvl.get(_W + "val", "0") or 0) if lvl is not None else 0
        raw = _LEAD_SYMBOL.sub("\\1•", raw.translate(SYMBOLS))
        label = auto.label(num_id, ilvl) if num_id and num_id != "0" else ""
        if not raw.strip() and not re.search(r"[^\W\d_]", label):
            label = ""                 # an empty numbered paragraph shows a word label ("Article 3"), no bare number
        if label:
            raw = label + "\t" + raw.lstrip()
        first, *breaks = raw.split("\n") if not source.own else [raw]
        if breaks and _NOTE not in raw:
            raw = first
        else:
            breaks = []
        text, marks = _closed_up(*_normalise(raw))
        if not text and not breaks:
            return None
        jc = ppr.find(_W + "jc") if ppr is not None else None
        stripped = raw.lstrip(" ")
        counter["p"] += 1
        return Line(text=text, style=style, bold=_bold(p, styles_bold, style), underline=_underline(p), size=_size(p),
                    align=jc.get(_W + "val", "") if jc is not None else "",
                    lead_tab=stripped.startswith("\t") and not label,
                    tab_after_label=bool(re.match(r"^\s*\S{1,8}\t", raw)),
                    notes=list(zip(marks, reader.note_texts)), where=where or position(counter["p"]),
                    objects=reader.objects, cell=where is not None, leader_number=bool(_LEADER_NUMBER.match(raw)),
                    breaks=breaks)

    def walk(container) -> None:
        for child in container:
            if child.tag == _W + "p":
                source.blocks.extend(lines_of(child))
            elif child.tag == _W + "tbl":
                counter["table"] += 1
                table(child, counter["table"])
            elif child.tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                gallery = child.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
                if content is not None and not (gallery is not None and "Contents" in (gallery.get(_W + "val") or "")):
                    walk(content)
            elif child.tag != _W + "sectPr":
                walk(child)

    def table(tbl, number: int) -> None:
        rows = []
        for r, tr in enumerate(tbl.findall(_W + "tr"), start=1):
            cells = []
            for tc in tr.findall(_W + "tc"):
                where = position(table=number, row=r)
                cells.append([line for p in tc.iter(_W + "p") for line in lines_of(p, where)])
            rows.append(cells)
        texts = [[" ".join(line.text for line in cell) for cell in row] for row in rows]
        tbl_style = tbl.find(f"{_W}tblPr/{_W}tblStyle")
        styled = tbl_style is not None and tbl_style.get(_W + "val") == "ParallelText"
        pairs = [r for r in rows if len(r) == 2]
        parallel = bool(rows) and len(pairs) >= 0.8 * len(rows) and (styled or any(
            is_cjk(t[1]) and not is_cjk(t[0]) for t in texts if len(t) == 2))
        for r, row in enumerate(rows, start=1):
            if parallel and len(row) == 2:
                source.blocks.append(Row(row[0], row[1], position(table=number, row=r)))
            elif parallel:                 # a merged row (a heading across both columns)
                source.blocks.extend(line for cell in row for line in cell)
            elif _label_column(row):           # "1." | "Text": a label in a cell of its own, read as typed
                label, (first, *more) = row[0][0], row[1]
                source.blocks.append(replace(first, text=f"{label.text} {first.text}", tab_after_label=True,
                                             notes=[(at + len(label.text) + 1, note) for at, note in first.notes]))
                source.blocks.extend(more)
            else:
                for cell in row:
                    source.blocks.extend(cell)
        if rows and not parallel:
            source.tables_read_by_cell.append(position(table=number, row=1))

    walk(body)
    source.insertions, source.deletions = reader.insertions, reader.deletions
    return source

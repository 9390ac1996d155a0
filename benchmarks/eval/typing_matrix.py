"""The typing matrix: every evaluation text typed in every way a ministry's clerk types a treaty.

    python -m benchmarks.eval.typing_matrix                    # all texts × all styles
    python -m benchmarks.eval.typing_matrix --styles auto-items,toc-tabs --texts efta-croatia-2001
    python -m benchmarks.eval.typing_matrix --all              # every failing cell, not the first 60

Texts: ``text.md`` and ``text_zh.md`` of benchmarks/eval/dev/*/ and ../shared/eval/*/ (never the
held-out set). Each text is rendered by ``typing_styles`` in each style that applies to it, written
to a .docx, and imported through the real importer (``workbench.export.importing.import_file``).
The style "plain" (the shape of ../shared/eval) is checked against the text.md's own headings (counts
of articles, divisions and annexes, the closing formula); every other style's import is compared with
the plain one's:
article count, article numbers and titles, division titles, annexes, closing formula, the title,
the words of the text (a multiset, NFKC and lower case; the lines a style adds that are no
treaty text, page numbers or contents, may be dropped but not kept), and the paragraphs of each
article with their labels. A cell is ok when all agree.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.eval.build_docx import _FOOTNOTE, blocks_of  # noqa: E402
from benchmarks.eval.typing_styles import STYLES, Style, render  # noqa: E402

DEV = ROOT / "benchmarks" / "eval" / "dev"
SHARED = ROOT.parent / "shared" / "eval"
_REF = re.compile(r"\{\{ref:([^}|]+)(\|n)?(?:\|d)?\}\}")


def texts(only: list[str] | None = None) -> list[tuple[str, Path]]:
    """(name, path) of every text of the development and shared sets (never benchmarks/eval/test)."""
    out = []
    for root in (DEV, SHARED):
        for folder in sorted(p for p in root.glob("*") if p.is_dir()):
            for md, suffix in (("text.md", ""), ("text_zh.md", "/zh")):
                if (folder / md).exists():
                    name = folder.name + suffix
                    if not only or name in only or folder.name in only:
                        out.append((name, folder / md))
    return out


def applies(style: Style, blocks, zh: bool) -> bool:
    if ("zh" if zh else "en") not in style.langs:
        return False
    return not style.needs or any(b.kind == style.needs or b.section == style.needs for b in blocks)


def cited(match: re.Match, numbering, by_id: dict) -> str:
    """A reference as the reader sees it ("Article 5", or "5" where only the number is the link):
    whether the importer linked it is not a matter of the words."""
    node = by_id.get(match.group(1))
    if node is None:
        return " ref "
    label = numbering.label(node)
    number = _key(label) if label else ""
    if match.group(2) or not label:
        return number
    return label if any("\u3400" <= c <= "\u9fff" for c in label) else f"article {number}"


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    out = []
    for token in re.findall(r"\w+|[\ue000-\uf8ff]", text):     # a private-use character is a symbol font's glyph
        if any("\u3400" <= c <= "\u9fff" for c in token):
            out += list(token)
        else:
            out.append(token)
    return out


def _squash(text: str) -> str:
    return "".join(_words(text))


def _key(label: str) -> str:
    """An article's number, whatever its word ("Article 3", "ARTICLE 3", "Art. 3", "Article (3)", "Article No. 3",
    "ARTICLE - III", "Third Article", "第三条", "第3条")."""
    from workbench.core.labels import number_word_value, parse_chinese_numeral, roman_value

    text = unicodedata.normalize("NFKC", label)
    text = re.sub(r"^(?i:article|art\.?|第)\s*(?:[-–—]\s*)?(?i:no\.?\s*)?(?i:the\s+)?|\s*(?:条|(?i:article))$", "", text).strip()
    text = text.removeprefix("(").removesuffix(")").strip().rstrip(".")
    if not text or text.isdigit():
        return text
    words = number_word_value(text.lower())
    value = roman_value(text.upper()) or (words[0] if words else None) or parse_chinese_numeral(text)
    return str(value) if value else text.lower()


def _para_key(label: str) -> str:
    """A paragraph's number, however printed ("1." / "(1)" / "1)"; any bullet is "•")."""
    text = re.sub(r"[\s().、（）]", "", unicodedata.normalize("NFKC", label))
    return "•" if text and all(c in "-–—•·▪◦➢■●" for c in text) else text


@dataclass
class Shape:
    """What one import recovered."""

    error: str = ""
    title: str = ""
    articles: list[tuple[str, str]] = field(default_factory=list)
    divisions: list[str] = field(default_factory=list)
    annexes: list[str] = field(default_factory=list)
    closing: bool = False
    words: Counter = field(default_factory=Counter)
    paragraphs: list[tuple[str, str]] = field(default_factory=list)    # (article, label) of each paragraph


def shape_of(draft) -> Shape:
    from workbench.core.model import NodeKind
    from workbench.core.numbering import Numbering

    numbering = Numbering.of(draft)
    by_id = {node.id: node for node in draft.walk()}
    shape = Shape(title=_squash(draft.title or draft.title_zh))
    for node in draft.walk():
        kind = node.kind
        head = _squash(node.title or "") or _squash(node.title_zh or "")
        if kind is NodeKind.ARTICLE:
            label = numbering.label(node, "zh" if not node.title and node.title_zh else "en")
            shape.articles.append((_key(label), head))
        elif kind in (NodeKind.PARAGRAPH, NodeKind.SUBPARAGRAPH) and shape.articles:
            label = numbering.label(node, "zh" if not node.text and node.text_zh else "en")
            shape.paragraphs.append((shape.articles[-1][0], _para_key(label)))
        elif kind is NodeKind.CHAPTER:
            shape.divisions.append(head)
        elif kind is NodeKind.ANNEX:
            shape.annexes.append(head)
        elif kind is NodeKind.CLOSING:
            shape.closing = True
        for value in (node.text, node.text_zh):
            if value:
                shape.words.update(_words(_REF.sub(lambda m: cited(m, numbering, by_id), value)))
    return shape


def import_shape(path: Path) -> Shape:
    from workbench.export.importing import ImportFailure, import_file

    try:
        return shape_of(import_file(path).draft)
    except ImportFailure as exc:
        return Shape(error=str(exc)[:120])


def _cell(job: tuple[str, str, str]) -> tuple[str, str, Shape]:
    name, md, style_name = job
    style = next(s for s in STYLES if s.name == style_name)
    path = Path(md)
    blocks, _notes, _options = blocks_of(path)
    for block in blocks:
        block.text = _FOOTNOTE.sub("", block.text)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "draft.docx"
        render(blocks, path.name.endswith("_zh.md"), style, out)
        return name, style_name, import_shape(out)


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def difference(ref: Shape, got: Shape) -> str:
    """The first way ``got`` departs from ``ref`` ("" when none)."""
    if got.error:
        return f"import failed: {got.error}"
    if len(got.articles) != len(ref.articles):
        return f"articles {len(got.articles)} (want {len(ref.articles)})"
    for i, ((k1, t1), (k2, t2)) in enumerate(zip(ref.articles, got.articles)):
        if k1 != k2:
            return f"article #{i + 1} numbered {k2!r} (want {k1!r})"
        if t1 != t2:
            return f"article {k1} title {_clip(t2)!r} (want {_clip(t1)!r})"
    if got.divisions != ref.divisions:
        if len(got.divisions) != len(ref.divisions):
            return f"divisions {len(got.divisions)} (want {len(ref.divisions)})"
        i = next(i for i, (a, b) in enumerate(zip(ref.divisions, got.divisions)) if a != b)
        return f"division #{i + 1} {_clip(got.divisions[i])!r} (want {_clip(ref.divisions[i])!r})"
    if got.annexes != ref.annexes:
        return f"annexes {[_clip(a, 20) for a in got.annexes]} (want {[_clip(a, 20) for a in ref.annexes]})"
    if got.closing != ref.closing:
        return f"closing formula {'found' if got.closing else 'lost'}"
    if got.title != ref.title:
        return f"title {_clip(got.title)!r} (want {_clip(ref.title)!r})"
    lost, extra = ref.words - got.words, got.words - ref.words
    if lost:
        return f"{sum(lost.values())} word(s) lost: {' '.join(list(lost.elements())[:8])}"
    if extra:
        return f"{sum(extra.values())} word(s) added: {' '.join(list(extra.elements())[:8])}"
    if got.paragraphs != ref.paragraphs:
        i = next((i for i, (a, b) in enumerate(zip(ref.paragraphs, got.paragraphs)) if a != b),
                 min(len(ref.paragraphs), len(got.paragraphs)))
        want = ref.paragraphs[i] if i < len(ref.paragraphs) else ("", "none")
        found = got.paragraphs[i] if i < len(got.paragraphs) else ("", "none")
        return (f"paragraphs {len(got.paragraphs)} (want {len(ref.paragraphs)}): article {want[0]} paragraph "
                f"{found[1] or '(unnumbered)'!r} (want {want[1] or '(unnumbered)'!r})")
    return ""


def printed_shape(md: Path) -> tuple[int, int, int, bool]:
    """(articles, divisions, annexes, closing formula) as the text.md's own headings give them."""
    heads = [line.strip() for line in md.read_text(encoding="utf-8").splitlines() if line.startswith("##")]
    divisions = [h[3:].strip().lower() for h in heads if h.startswith("## ")]
    annexes = [d for d in divisions if d.startswith(("annex", "附件"))]
    closing = any(d.startswith(("closing", "结尾")) for d in divisions)
    plain = [d for d in divisions if d not in ("preamble", "序言") and not d.startswith(("closing", "结尾"))
             and d not in annexes]
    return sum(1 for h in heads if h.startswith("### ")), len(plain), len(annexes), closing


def plain_difference(md: Path, shape: Shape) -> str:
    """How the plain typing's import departs from the text.md's own headings ("" when it does not)."""
    if shape.error:
        return f"import failed: {shape.error}"
    articles, divisions, annexes, closing = printed_shape(md)
    for what, want, got in (("articles", articles, len(shape.articles)), ("divisions", divisions, len(shape.divisions)),
                            ("annexes", annexes, len(shape.annexes)), ("closing formula", closing, shape.closing)):
        if want != got:
            return f"{what} {got} (text.md: {want})"
    return ""


@dataclass
class Matrix:
    cells: dict[tuple[str, str], str] = field(default_factory=dict)     # (text, style) -> difference
    reference: dict[str, Shape] = field(default_factory=dict)

    def ok(self, key=None) -> int:
        return sum(1 for k, v in self.cells.items() if not v and (key is None or key(k)))

    def count(self, key=None) -> int:
        return sum(1 for k in self.cells if key is None or key(k))


def run(only_texts: list[str] | None = None, only_styles: list[str] | None = None, jobs: int = 2) -> Matrix:
    styles = [s for s in STYLES if not only_styles or s.name in only_styles or s.name == "plain"]
    jobs_list, paths = [], {}
    for name, md in texts(only_texts):
        paths[name] = md
        blocks, _notes, _options = blocks_of(md)
        zh = md.name.endswith("_zh.md")
        jobs_list += [(name, str(md), s.name) for s in styles if applies(s, blocks, zh)]
    if jobs > 1:
        with Pool(min(jobs, 2)) as pool:
            results = pool.map(_cell, jobs_list, chunksize=4)
    else:
        results = [_cell(job) for job in jobs_list]
    matrix = Matrix()
    shapes = {(name, style): shape for name, style, shape in results}
    for (name, style), shape in shapes.items():
        if style == "plain":
            matrix.reference[name] = shape
            matrix.cells[(name, "plain")] = plain_difference(paths[name], shape)
    for (name, style), shape in shapes.items():
        if style != "plain":
            matrix.cells[(name, style)] = difference(matrix.reference[name], shape)
    return matrix


def report(matrix: Matrix, every: bool = False) -> str:
    lines = []
    styles = list(dict.fromkeys(s for _t, s in matrix.cells))
    names = list(dict.fromkeys(t for t, _s in matrix.cells))
    lines.append("== per style ==")
    for style in styles:
        ok, n = matrix.ok(lambda k: k[1] == style), matrix.count(lambda k: k[1] == style)
        lines.append(f"{style:28} {ok:3}/{n:<3}" + ("" if ok == n else "  ✗"))
    lines.append("")
    lines.append("== per text ==")
    for name in names:
        ok, n = matrix.ok(lambda k: k[0] == name), matrix.count(lambda k: k[0] == name)
        plain = matrix.reference[name]
        lines.append(f"{name:40} {ok:3}/{n:<3}  (plain: {len(plain.articles)} articles, "
                     f"{len(plain.divisions)} divisions, {len(plain.annexes)} annexes"
                     f"{', closing' if plain.closing else ''}{', ' + plain.error if plain.error else ''})")
    failing = [(k, v) for k, v in matrix.cells.items() if v]
    lines.append("")
    lines.append(f"== failing cells ({len(failing)}) ==")
    for (name, style), diff in failing[:None if every else 60]:
        lines.append(f"{style:24} {name:38} {diff}")
    if not every and len(failing) > 60:
        lines.append(f"… and {len(failing) - 60} more (--all)")
    lines.append("")
    lines.append(f"total: {matrix.ok()}/{matrix.count()} cells ok "
                 f"({len(styles)} styles besides plain, {len(names)} texts)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", help="comma-separated folder names (a Chinese text is NAME/zh)")
    parser.add_argument("--styles", help="comma-separated style names")
    parser.add_argument("--jobs", type=int, default=2, help="processes (at most 2)")
    parser.add_argument("--all", action="store_true", help="list every failing cell")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    matrix = run(args.texts.split(",") if args.texts else None, args.styles.split(",") if args.styles else None,
                 args.jobs)
    print(report(matrix, args.all))
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Commands ``compare A B`` (versions, drafts or files; JSON, redline, table); ``brackets`` is in ``brackets``."""
from __future__ import annotations

from pathlib import Path

from ..core.compare import Comparison, compare
from ..core.model import Draft
from . import CliError, open_workspace, output
from .drafts import source_labels


def register(sub, common) -> None:
    p = sub.add_parser("compare", parents=[common],
                       help="compare two versions, drafts or files (.docx, Akoma Ntoso .xml)")
    p.add_argument("old", metavar="A", help="the earlier text: version id, draft id or title, or a file")
    p.add_argument("new", metavar="B", help="the later text: version id, draft id or title, or a file")
    p.add_argument("--redline", type=Path, metavar="FILE",
                   help="write B as a .docx whose differences from A are tracked changes")
    p.add_argument("--table", type=Path, metavar="FILE",
                   help="write a two-column .docx table: A | B")
    p.add_argument("--party", default="", help="author of the tracked changes (default: B's party or author)")
    p.add_argument("--language", choices=["en", "zh"], default="en", help="language of the redline and table")
    p.add_argument("--status", help="status line of the redline (default: B's version label)")
    p.add_argument("--confidentiality", default="", help='e.g. "Restricted" (default: none)')
    p.set_defaults(handler=cmd_compare)



# ----- loading the two sides ---------------------------------------------------------------------
class Side:
    """A text to compare: its draft, a label, whether it came from a file, and its party."""

    def __init__(self, draft: Draft, label: str, imported: bool = False, party: str = ""):
        self.draft, self.label, self.imported, self.party = draft, label, imported, party


def load_side(ws, ref: str) -> Side:
    """A version id, a draft id or title, or a .docx / Akoma Ntoso file."""
    path = Path(ref)
    if path.suffix.lower() in (".docx", ".xml", ".akn") or path.is_file():
        if not path.is_file():
            raise CliError(f"{ref}: no such file")
        draft = import_draft(path)
        return Side(draft, path.name, imported=True)
    from ..storage import WorkspaceError
    try:
        version = ws.version(ref)
    except WorkspaceError:
        version = None
    if version is not None:
        return Side(version.draft(), version.label, party=version.party or version.author)
    try:
        draft = ws.load_draft(ws.find_draft(ref))
    except WorkspaceError as exc:
        raise CliError(f"“{ref}” is not a version, a draft or a file ({exc})") from exc
    return Side(draft, draft.title, party=draft.meta.get("party", ""))


def import_draft(path: Path) -> Draft:
    """Read a .docx or Akoma Ntoso file with the exchange module's importer."""
    try:
        from ..export.importing import ImportFailure, import_file
    except ImportError as exc:       # pragma: no cover - the exchange module is part of the program
        raise CliError(f"{path.name}: files cannot be read by this installation ({exc})") from exc
    try:
        return import_file(path).draft
    except ImportFailure as exc:
        raise CliError(str(exc)) from exc
    except ImportError as exc:
        raise CliError(f"{path.name}: this kind of file cannot be read yet ({exc})") from exc


def run_comparison(ws, old_ref: str, new_ref: str) -> tuple[Comparison, Side, Side]:
    old, new = load_side(ws, old_ref), load_side(ws, new_ref)
    result = compare(old.draft, new.draft, old_label=old.label, new_label=new.label,
                     old_imported=old.imported, new_imported=new.imported,
                     clause_labels=source_labels(ws))
    return result, old, new


WORDS = {
    "en": {"added": "added   ", "deleted": "deleted ", "moved": "moved   ", "modified": "modified",
           "preamble": "preamble", "closing": "closing", "annex": "annex", "title": "title",
           "split from": "split from", "merged into": "merged into", "and modified": "and modified",
           "after": "now after {0}", "first": "now first", "in": "in {0}", "quote": "“{0}”"},
    "zh": {"added": "新增", "deleted": "删除", "moved": "移动", "modified": "修改", "preamble": "序言",
           "closing": "结尾部分", "annex": "附件", "title": "标题", "split from": "拆分自",
           "merged into": "并入", "and modified": "并修改", "after": "现位于{0}之后", "first": "现为第一条",
           "in": "在{0}", "quote": "“{0}”"},
}


def change_text(change, comparison: Comparison | None = None, lang: str = "en") -> str:
    """One change as a line in ``lang``, each side's own numbers, with a compact inline diff
    ([-deleted-] {+inserted+}) of that language's text."""
    words = WORDS[lang]

    def ref(art):
        if art is None:
            return ""
        heading = art.heading_zh if lang == "zh" else art.heading
        title = (art.title_zh or art.title) if lang == "zh" else art.title
        return heading + (" " + words["quote"].format(title) if title else "")

    if change.element != "article":
        part = change.new or change.old
        name = words.get(change.element, change.element)
        head = f"{name} {words[change.kind]}".strip() if change.element != "annex" else \
            f"{words[change.kind].strip()} {part.heading_zh if lang == 'zh' else part.heading}"
    elif change.kind in ("added", "deleted"):
        head = f"{words[change.kind]} {ref(change.new or change.old)}"
    elif change.kind == "moved":
        head = f"{words['moved']} {ref(change.old)}{'：' if lang == 'zh' else ': '}{_new_place(change, comparison, lang)}"
        if change.modified:
            head += f" ({words['and modified']})"
    else:
        new_heading = change.new.heading_zh if lang == "zh" else change.new.heading
        old_heading = change.old.heading_zh if lang == "zh" else change.old.heading
        head = f"{words['modified']} {ref(change.old)}" + (f" → {new_heading}" if new_heading != old_heading else "")
    if change.title_changed and change.old and change.new:
        old_title = (change.old.title_zh or change.old.title) if lang == "zh" else change.old.title
        new_title = (change.new.title_zh or change.new.title) if lang == "zh" else change.new.title
        head += f"  ({words['title']}: “{old_title}” → “{new_title}”)"
    for extra, word in (("split_from", "split from"), ("merged_into", "merged into")):
        related = getattr(change, extra)
        if related:
            head += f"  ({words[word]} {', '.join(a.heading_zh if lang == 'zh' else a.heading for a in related)})"
    lines = [head]
    ops = (change.diff_zh or change.diff) if lang == "zh" else change.diff
    if change.kind in ("modified", "moved") and ops and change.modified:
        shown = []
        for op in ops:
            text = op["text"]
            if op["op"] == "equal":
                text = text if len(text) <= 60 else text[:25] + " … " + text[-25:]
                shown.append(text)
            else:
                shown.append(("[-" if op["op"] == "delete" else "{+") + text + ("-]" if op["op"] == "delete" else "+}"))
        lines.append("    " + "".join(shown).replace("\n", "\n    "))
    return "\n".join(lines)


def _new_place(change, comparison: Comparison | None, lang: str) -> str:
    """Where a moved article now is: after which article, and in which division if that changed."""
    words = WORDS[lang]
    if comparison is None:
        return change.new.heading_zh if lang == "zh" else change.new.heading
    before, division = comparison.place_of(change.new)
    where = words["after"].format(before.heading_zh if lang == "zh" else before.heading) if before else words["first"]
    if division and comparison.division_changed(change):
        where += "，" + words["in"].format(division) if lang == "zh" else ", " + words["in"].format(division)
    return where


def cmd_compare(args) -> int:
    with open_workspace(args) as ws:
        result, old, new = run_comparison(ws, args.old, args.new)
        written = []
        if args.redline:
            from ..export.redline import write_redline
            author = args.party or new.party or "Treaty Workbench"
            write_redline(result, args.redline, author, lang=args.language, status=args.status,
                          confidentiality=args.confidentiality)
            written.append(str(args.redline))
        if args.table:
            from ..export.redline import write_table
            write_table(result, args.table, lang=args.language)
            written.append(str(args.table))
        data = result.to_dict()
        data["language"] = args.language
        if written:
            data["written"] = written
        lines = [f"{old.label} → {new.label}: {result.summary_text(args.language)}"]
        lines += [change_text(c, result, args.language) for c in result.changes]
        lines += [("已写入：" if args.language == "zh" else "written: ") + w for w in written]
        output(args, data, "\n".join(lines))
    return 0

"""Commands ``export`` (Word or Akoma Ntoso) and ``import`` (a .docx or Akoma Ntoso file)."""
from __future__ import annotations

import argparse
from pathlib import Path

from ..core.plural import counted
from . import CliError, open_workspace, output


def register(sub, common) -> None:
    p = sub.add_parser("export", parents=[common], help="export a draft to Word (.docx) or Akoma Ntoso")
    p.add_argument("draft", help="draft id (or its title)")
    p.add_argument("--format", choices=["docx", "akn"], default=None,
                   help="docx or akn (default: from the file name, .xml = akn)")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--version", dest="version_id", metavar="V",
                   help="export a saved version (id or id prefix) instead of the current text")
    p.add_argument("--language", choices=["en", "zh", "both"], default=None,
                   help="en, zh, or both in parallel columns (default: en for docx, both for akn)")
    p.add_argument("--status", help='status line, e.g. "Draft — Rev.2" (default: the version label or "Draft")')
    p.add_argument("--date", help="date on the title page, YYYY-MM-DD (default: today)")
    p.add_argument("--confidentiality", default="", help='e.g. "Restricted" (default: none)')
    p.add_argument("--footnotes", action="store_true", help="each article's source in a footnote")
    p.add_argument("--line-numbers", action="store_true", help="number the lines (every fifth shown)")
    p.add_argument("--compilation", action="store_true",
                   help="show alternatives as [Option 1 | Option 2] (default: the clean text)")
    p.add_argument("--quick", action="store_true",
                   help="skip the LibreOffice layout that puts the page numbers in the contents (faster)")
    p.add_argument("--toc-pages", action="store_true", help=argparse.SUPPRESS)   # now the default
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("import", parents=[common], help="import a .docx or Akoma Ntoso file as a new draft")
    p.add_argument("file", type=Path)
    p.add_argument("--title", help="title of the new draft (default: the document's)")
    p.add_argument("--party", help="a party's proposal: link it to its party and to the version it answers")
    p.add_argument("--base", default="", metavar="VERSION",
                   help="with --party: the version it was drafted on (default: the most similar saved version)")
    p.set_defaults(handler=cmd_import)


def export_options(ws, draft, *, language: str, status: str | None, version_label: str = "",
                   date: str | None = None, confidentiality: str = "", footnotes: bool = False,
                   line_numbers: bool = False, compilation: bool = False):
    """ExportOptions for ``draft`` with its source notes from the workspace library."""
    from ..export.common import ExportError, ExportOptions, source_notes

    labels = {sid: s.short or s.title for sid, s in ws.sources().items()}
    try:
        default_status = "草案" if language == "zh" else "Draft"
        return ExportOptions(language=language, status=status or version_label or default_status, date=date,
                             confidentiality=confidentiality, footnotes=footnotes,
                             line_numbers=line_numbers, compilation=compilation,
                             sources=source_notes(draft, ws.clause, ws.sources()), clause_labels=labels)
    except ExportError as exc:
        raise CliError(str(exc)) from exc


def cmd_export(args) -> int:
    from ..export.common import ExportError

    fmt = args.format or ("akn" if args.output.suffix.lower() in (".xml", ".akn") else "docx")
    language = args.language or ("both" if fmt == "akn" else "en")
    if args.date:
        import datetime as dt
        try:
            dt.date.fromisoformat(args.date)
        except ValueError as exc:
            raise CliError(f"--date {args.date!r} is not a date (YYYY-MM-DD)") from exc
    if not args.output.parent.exists():
        raise CliError(f"{args.output.parent}: no such folder")
    with open_workspace(args) as ws:
        draft_id = ws.find_draft(args.draft)
        label = ""
        if args.version_id:
            version = ws.version(args.version_id)
            if version.draft_id != draft_id:
                raise CliError(f"version {version.id} belongs to another draft")
            draft, label = version.draft(), version.label
        else:
            draft = ws.load_draft(draft_id)
        options = export_options(ws, draft, language=language, status=args.status, version_label=label,
                                 date=args.date, confidentiality=args.confidentiality,
                                 footnotes=args.footnotes, line_numbers=args.line_numbers,
                                 compilation=args.compilation)
    try:
        report: dict = {}
        size = write_export(draft, args.output, fmt, options, quick=args.quick, report=report)
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    from ..core.brackets import open_summary
    summary = open_summary(draft)
    count = summary["open_brackets"]
    state = ""
    if count and not args.compilation:
        state = (f"; {counted(count, 'open bracket', 'open brackets')} ({', '.join(summary['articles'])}): the text marks " + ("them" if count > 1 else "it") + " as not agreed"
                 if fmt == "docx" else f"; {counted(count, 'open bracket', 'open brackets')} ({', '.join(summary['articles'])}), "
                 "written as alternatives")
    paged = report.get("paged")
    if paged is not None and paged.note:
        state += f"; {paged.note}"
    output(args, {"file": str(args.output), "format": fmt, "language": language, "bytes": size,
                  "articles": len(draft.articles()), "open_brackets": count, "open_in": summary["articles"],
                  "contents_pages": paged.pages if paged is not None else None},
           f"wrote {args.output} ({fmt}, {language}, {counted(len(draft.articles()), 'article', 'articles')}, {size} bytes){state}")
    return 0


def write_export(draft, path: Path, fmt: str, options, *, quick: bool = False, report: dict | None = None,
                 progress=None, stop=None) -> int:
    """Export to ``path``; Akoma Ntoso is checked against the strict schema before it is written.

    A .docx gets its contents' page numbers from a LibreOffice layout unless ``quick``;
    ``report["paged"]`` tells how it went (``docx_pages.PagedExport``), ``progress(stage)`` follows it."""
    from ..export.common import ExportError

    if fmt == "akn":
        from ..export.akn_schema import validation_errors
        from ..export.akn_writer import akn_bytes
        from ..export.ooxml import atomic_write

        data = akn_bytes(draft, options)
        errors = validation_errors(data)
        if errors:
            raise ExportError("the Akoma Ntoso export does not validate (nothing was written): "
                              + "; ".join(errors[:3]))
        atomic_write(path, data)
        return len(data)
    from ..export.docx_pages import export_docx_paged
    paged = export_docx_paged(draft, path, options, quick=quick, progress=progress, stop=stop)
    if report is not None:
        report["paged"] = paged
    return paged.size


def cmd_import(args) -> int:
    from ..export.importing import ImportFailure, import_file

    if not args.file.exists():
        raise CliError(f"{args.file}: no such file")
    if args.party:                         # a proposal: the same as ``proposal import``
        from .versions import cmd_proposal_import
        return cmd_proposal_import(args)
    try:
        result = import_file(args.file, title=args.title)
    except (ImportFailure, ValueError) as exc:
        raise CliError(str(exc)) from exc
    with open_workspace(args) as ws:
        ws.create_draft(result.draft)
    data = {"id": result.draft.id, **result.summary()}
    output(args, data, result.report() + f"\nnew draft: {result.draft.id}")
    return 0

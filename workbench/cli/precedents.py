"""Commands ``precedents import|info|search|show|similar``: trade agreements beside the library.

The collection lives beside the workspace (``W.precedents``); importing never opens the workspace.
Everything printed from it carries ToTA's attribution and licence (CC BY-NC 4.0).
"""
from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from ..core.plural import counted
from . import CliError, open_workspace, output


def register(sub, common) -> None:
    top = sub.add_parser("precedents", help="trade agreements (ToTA) beside the library: import, search, lineage")
    psub = top.add_subparsers(dest="precedents_command", metavar="ACTION", required=True)
    p = psub.add_parser("import", parents=[common], help="import a ToTA folder (pta_N.xml files); again to update")
    p.add_argument("folder", type=Path, help="the folder holding the ToTA files (or the corpus folder with xml/)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: the cores, at most 4)")
    p.add_argument("--progress", choices=["bar", "lines", "none"], default="bar",
                   help="how progress is shown on stderr (lines: one JSON object per line)")
    p.set_defaults(handler=cmd_import)
    p = psub.add_parser("info", parents=[common], help="what the collection holds, and its licence")
    p.set_defaults(handler=cmd_info)
    p = psub.add_parser("search", parents=[common], help="full-text search of the precedents")
    p.add_argument("query", help='words (prefixes and stems) or a "quoted phrase"')
    p.add_argument("--party", help="only agreements of this party (ISO 3166 alpha-3, e.g. CHN)")
    p.add_argument("--from", dest="year_from", type=int, metavar="YEAR", help="signed in or after YEAR")
    p.add_argument("--to", dest="year_to", type=int, metavar="YEAR", help="signed in or before YEAR")
    p.add_argument("--region", help='only agreements of this WTO region (e.g. "East Asia")')
    p.add_argument("--chapter", help='only chapters whose heading has these words (e.g. "electronic commerce")')
    p.add_argument("--language", choices=["en", "es", "fr"])
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=cmd_search)
    p = psub.add_parser("show", parents=[common], help="one precedent article with its agreement")
    p.add_argument("article", help="article identifier (e.g. 40209) or AGREEMENT/NUMBER (pta_449/14.2)")
    p.set_defaults(handler=cmd_show)
    p = psub.add_parser("similar", parents=[common],
                        help="lineage: the precedents nearly the same as a clause, an article or a text")
    p.add_argument("ref", nargs="?", help="a library clause id, a precedent article, or with --draft an article number")
    p.add_argument("--text", help="the text to trace instead")
    p.add_argument("--draft", help="the draft whose article REF is (id or title)")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--no-diff", action="store_true", help="leave the word diffs out of the JSON")
    p.set_defaults(handler=cmd_similar)


def store_path(args) -> Path:
    from ..files import precedents_path
    from ..paths import default_workspace
    return precedents_path(getattr(args, "workspace", None) or default_workspace())


def open_store(args):
    from ..core.precedents import PrecedentError
    from ..storage.precedents import PrecedentStore
    try:
        return PrecedentStore.open(store_path(args), read_only=True)
    except PrecedentError as exc:
        raise CliError(str(exc)) from exc


def _footer() -> str:
    from ..core.precedents import attribution_line
    return attribution_line()


class _Bar:
    """A progress bar on stderr (or one JSON object per line for a window running the import)."""

    def __init__(self, style: str):
        self.style = style if style != "bar" or sys.stderr.isatty() else "none"
        self.last = -1

    def __call__(self, fraction: float, text: str) -> None:
        if self.style == "lines":
            sys.stderr.write(json.dumps({"progress": round(fraction, 4), "template": getattr(text, "template", text),
                                         "params": {k: str(v) for k, v in getattr(text, "params", {}).items()}},
                                        ensure_ascii=False) + "\n")
            sys.stderr.flush()
        elif self.style == "bar":
            filled = int(fraction * 40)
            if filled != self.last or fraction >= 1:
                self.last = filled
                sys.stderr.write(f"\r[{'#' * filled}{'.' * (40 - filled)}] {fraction:4.0%} {str(text)[:40]:<40}")
                if fraction >= 1:
                    sys.stderr.write("\n")
                sys.stderr.flush()


def cmd_import(args) -> int:
    from ..core.precedents import PrecedentError
    from ..precedents.importer import import_folder
    try:
        summary = import_folder(args.folder, store_path(args), _Bar(args.progress), args.workers)
    except PrecedentError as exc:
        raise CliError(str(exc)) from exc
    lines = [f"Imported {args.folder} into {store_path(args).name} in {summary.seconds:.1f} s:",
             f"  {counted(summary.agreements, 'agreement', 'agreements')}, {counted(summary.articles, 'article', 'articles')} "
             f"({summary.added} added, {summary.updated} updated, {summary.unchanged} unchanged)",
             f"  {counted(len(summary.damaged), 'agreement', 'agreements')} and "
             f"{counted(summary.damaged_articles, 'article', 'articles')} flagged for OCR damage "
             "(words run together); kept"]
    if summary.skipped:
        lines.append(f"  {counted(len(summary.skipped), 'file', 'files')} skipped:")
        lines += [f"    {reason}" for _name, reason in summary.skipped[:50]]
    lines.append(_footer())
    output(args, summary.to_dict(), "\n".join(lines))
    return 0


def cmd_info(args) -> int:
    from ..core.precedents import ATTRIBUTION, LICENCE, LICENCE_URL
    with open_store(args) as store:
        counts = store.counts()
        data = {**counts, "path": str(store.path), "imported_from": store.meta("imported_from"),
                "imported_at": store.meta("imported_at"), "attribution": ATTRIBUTION, "licence": LICENCE,
                "licence_url": LICENCE_URL,
                "flagged": store.flagged()}
    text = (f"{data['path']}: {counted(counts['agreements'], 'agreement', 'agreements')}, "
            f"{counted(counts['articles'], 'article', 'articles')}, "
            f"{counts['damaged']} flagged for OCR damage\nimported from {data['imported_from']} at "
            f"{data['imported_at']}\n{_footer()}")
    output(args, data, text)
    return 0


def _options(args):
    from ..storage.precedent_search import SearchOptions
    return SearchOptions(party=args.party, year_from=args.year_from, year_to=args.year_to, region=args.region,
                         chapter=args.chapter, language=args.language, limit=args.limit)


def cmd_search(args) -> int:
    options = _options(args)
    if any("\u3400" <= ch <= "\u9fff" for ch in args.query):       # Chinese: through the library's glossary
        with open_workspace(args) as ws:
            options.glossary = ws.vocabulary.glossary
    with open_store(args) as store:
        hits = [h.public() for h in store.search(args.query, options)]
    for hit in hits:
        hit["licence"] = "ToTA, CC BY-NC 4.0"
    lines = [f"{h['agreement']} ({h['year'] or '?'}) {h['heading']}  [{h['article_id']}]"
             + ("  [OCR DAMAGE]" if h["damaged"] else "") + "\n    " + h["snippet"] for h in hits]
    output(args, hits, "\n".join(lines + [_footer()]) if hits else f"nothing found for “{args.query}”")
    return 0


def cmd_show(args) -> int:
    with open_store(args) as store:
        article = store.article(args.article)
        if article is None:
            raise CliError(f"there is no precedent article {args.article!r} (see: precedents search)")
        agreement = store.agreement(article["agreement_id"])
    article.pop("rowid", None)
    data = {**article, "agreement": agreement, "licence": "ToTA, CC BY-NC 4.0"}
    text = [f"{agreement['name']} ({agreement['date_signed'] or agreement['date_into_force'] or '?'}; "
            f"{', '.join(agreement['parties'])}; {agreement['status']})",
            f"{article['chapter']} — {article['heading']}  [{article['id']}]"]
    if article["damaged"]:
        text.append("Flagged: the text was damaged by character recognition (words run together).")
    text += [""] + [textwrap.fill(p, 100) for p in article["text"].split("\n")] + ["", _footer()]
    output(args, data, "\n".join(text))
    return 0


def _query_text(args, store) -> tuple[str, str | None, str]:
    """(text, precedent article id to leave out, what it is) for ``similar``."""
    if args.text is not None:
        if not args.text.strip():
            raise CliError("--text is empty")
        return args.text, None, "the text given"
    if not args.ref:
        raise CliError("name a library clause, a precedent article or (with --draft) an article, or give --text")
    if args.draft:
        from ..core.model import DraftError
        from ..core.operations import find_article
        from ..core.render import Renderer
        with open_workspace(args) as ws:
            draft = ws.load_draft(ws.find_draft(args.draft))
            try:
                article = find_article(draft, args.ref)
            except DraftError as exc:
                raise CliError(str(exc)) from exc
            rendered = Renderer(draft).article(article)
            return rendered.text, None, f"{draft.title}, {rendered.heading}"
    if "/" in args.ref and not args.ref.startswith("pta_"):
        from ..storage import WorkspaceError
        with open_workspace(args) as ws:
            try:
                clause = ws.clause(args.ref)
            except WorkspaceError as exc:
                raise CliError(str(exc)) from exc
            return clause.text(with_labels=False), None, f"library clause {clause.id}"
    article = store.article(args.ref)
    if article is None:
        raise CliError(f"{args.ref!r} is neither a library clause nor a precedent article")
    return article["text"], article["id"], f"{article['agreement']}, {article['heading']}"


def cmd_similar(args) -> int:
    from ..core.lineage import summary_line
    from ..precedents.lineage import LineageFinder
    with open_store(args) as store:
        text, exclude, what = _query_text(args, store)
        finder = LineageFinder(store)
        if exclude:          # a precedent article: its stored (repaired) words and keys, itself left out
            _article, result = finder.of_article(exclude, args.limit, diffs=not args.no_diff)
        else:
            result = finder.similar(text, args.limit, diffs=not args.no_diff)
    first = result.first.to_dict() if result.first else None
    summary = {"agreements": result.agreements, "since": result.since, "first": first}
    data = []
    for match in result.matches:
        item = match.to_dict()
        item.update(lineage=summary, licence="ToTA, CC BY-NC 4.0")
        data.append(item)
    lines = [f"Lineage of {what}: {summary_line(result)}"]
    lines += [f"{m.similarity:6.1%}  {m.agreement} ({m.year or '?'}) {m.article}  [{m.article_id}]"
              for m in result.matches]
    output(args, data, "\n".join(lines + [_footer()]))
    return 0

"""Commands ``draft new|list|show|add|remove|move``."""
from __future__ import annotations

from ..core.plural import counted
from ..core import operations
from ..core.assemble import draft_from_source
from ..core.model import Draft
from ..core.numbering import Numbering
from ..core.render import Renderer
from . import CliError, editing, open_workspace, output


def register(sub, common) -> None:
    draft = sub.add_parser("draft", help="create and edit drafts")
    dsub = draft.add_subparsers(dest="draft_command", metavar="ACTION", required=True)
    p = dsub.add_parser("new", parents=[common], help="create a draft; prints its id")
    p.add_argument("title")
    p.add_argument("--from-source", metavar="S", help="start from a whole source instrument")
    p.add_argument("--clauses", nargs="+", metavar="ID", default=[], help="library clauses to include")
    p.set_defaults(handler=cmd_new)
    p = dsub.add_parser("list", parents=[common], help="list drafts")
    p.set_defaults(handler=cmd_list)
    p = dsub.add_parser("show", parents=[common], help="show a draft with current numbers")
    p.add_argument("draft", help="draft id (or its title)")
    p.add_argument("--language", choices=["en", "zh"], default="en")
    p.set_defaults(handler=cmd_show)
    p = dsub.add_parser("add", parents=[common], help="add library clauses to a draft")
    p.add_argument("draft")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--position", type=int, help="article number the first one becomes (default: end)")
    p.set_defaults(handler=cmd_add)
    p = dsub.add_parser("remove", parents=[common], help="remove an article")
    p.add_argument("draft")
    p.add_argument("article", help="current number (12), node id, or source clause id")
    p.set_defaults(handler=cmd_remove)
    p = dsub.add_parser("move", parents=[common], help="move an article to a position")
    p.add_argument("draft")
    p.add_argument("article", help="current number (12), node id, or source clause id")
    p.add_argument("position", type=int, help="the article number it should get")
    p.set_defaults(handler=cmd_move)
    p = dsub.add_parser("rename", parents=[common], help="give a draft a new title (undoable in the window)")
    p.add_argument("draft")
    p.add_argument("title", help="the new title")
    p.add_argument("--title-zh", help="the new Chinese title")
    p.set_defaults(handler=cmd_rename)
    p = dsub.add_parser("renumber", parents=[common],
                        help="number the final text: drop agreed deletions, number bis articles in sequence")
    p.add_argument("draft")
    p.set_defaults(handler=cmd_renumber)


def source_labels(ws) -> dict[str, str]:
    from ..core.library import source_labels as labels
    return labels(ws.sources())


def draft_json(ws, draft: Draft, lang: str = "en") -> dict:
    renderer = Renderer(draft, source_labels(ws))
    levels = provenance_of(ws, draft, lang)
    preamble = draft.preamble()
    return {"id": draft.id, "title": draft.title, "title_zh": draft.title_zh or None,
            "preamble": [renderer.node_text(r, lang) for r in preamble.children] if preamble else [],
            "chapters": [{"id": c.id, "number": renderer.numbering.chapters[c.id],
                          "heading": renderer.numbering.label(c, lang), "title": c.title}
                         for c in draft.chapters()],
            "articles": [_with_level(a.to_dict(), levels.get(a.id, "")) for a in renderer.articles(lang)]}


def _with_level(article: dict, level: str) -> dict:
    """The article's JSON with the provenance level of its library text ("" for the drafter's own)."""
    return {**article, "verification": level or None, "unverified": level in UNVERIFIED_FLAGS}


def cmd_new(args) -> int:
    with open_workspace(args) as ws, editing(ws):
        if args.from_source:
            if args.from_source not in ws.sources():
                raise CliError(f"unknown source {args.from_source!r}; known: {', '.join(ws.sources())}")
            draft = draft_from_source(args.title, ws.clauses(source=args.from_source))
        else:
            draft = Draft(title=args.title)
        ws.create_draft(draft)
        if args.clauses:
            clauses = [ws.clause(cid) for cid in args.clauses]
            ws.apply(draft, operations.add_clauses(draft, clauses))
        output(args, {"id": draft.id, "title": draft.title, "articles": len(draft.articles())}, draft.id)
    return 0


def cmd_list(args) -> int:
    with open_workspace(args) as ws:
        drafts = ws.drafts()
        lines = [f"{d.id}  {d.articles:>4} {'article ' if d.articles == 1 else 'articles'}  {d.modified}  {d.title}" for d in drafts]
        output(args, [d.to_dict() for d in drafts], "\n".join(lines) or "no drafts yet (create one: draft new TITLE)")
    return 0


#: what an article's text is when it is not verified treaty text (said under its heading by `draft show`)
UNVERIFIED_FLAGS = {
    "transcription": ("[UNVERIFIED transcription of {source}: not checked against an official text]",
                      "［{source}的未经核实的转录文本：尚未与正式文本核对］"),
    "model": ("[model clause drafted by the workbench, not treaty text]", "［工作台起草的示范条款，并非条约文本］"),
}


def provenance_of(ws, draft: Draft, lang: str) -> dict[str, str]:
    """Article id -> the provenance level of the library text it was taken from, in the language
    shown (an English text shown for want of a Chinese one keeps the English text's level)."""
    from ..storage import WorkspaceError
    levels, clauses, sources = {}, {}, None
    for article in draft.articles():
        clause_id = article.derived_from
        if not clause_id:
            continue
        if clause_id not in clauses:
            try:
                clauses[clause_id] = ws.clause(clause_id)
            except WorkspaceError:
                clauses[clause_id] = None
        clause = clauses[clause_id]
        if clause is None:
            continue
        shown_zh = lang == "zh" and bool(article.title_zh or any(p.text_zh for p in article.walk()))
        level = clause.level("zh" if shown_zh else "en")
        if sources is None:
            sources = ws.sources()
        levels[article.id] = "model" if sources.get(clause.source) is not None and \
            sources[clause.source].nature == "workbench-model" else level
    return levels


def cmd_show(args) -> int:
    with open_workspace(args) as ws:
        draft = ws.load_draft(ws.find_draft(args.draft))
        data = draft_json(ws, draft, args.language)
        levels = provenance_of(ws, draft, args.language)
        zh = args.language == "zh"
        labels = source_labels(ws)
        flags = {}
        for article in draft.articles():
            level = levels.get(article.id)
            if level in UNVERIFIED_FLAGS:
                source = labels.get((article.derived_from or "").split("/")[0], "")
                flags[article.id] = UNVERIFIED_FLAGS[level][zh].format(source=source)
        text = Renderer(draft, labels).plain_text(args.language, flags)
        output(args, data, text)
    return 0


def _edit(args, make) -> int:
    with open_workspace(args) as ws:
        with editing(ws):
            draft = ws.load_draft(ws.find_draft(args.draft))
            edit, message = make(ws, draft)
            ws.apply(draft, edit)
        output(args, lambda: draft_json(ws, draft), message)   # built only for --json
    return 0


def cmd_add(args) -> int:
    def make(ws, draft):
        clauses = [ws.clause(cid) for cid in args.ids]
        edit = operations.add_clauses(draft, clauses, position=args.position)
        return edit, f"added {counted(len(clauses), 'clause', 'clauses')} to “{draft.title}”"
    return _edit(args, make)


def cmd_remove(args) -> int:
    def make(ws, draft):
        article = operations.find_article(draft, args.article)
        was = Numbering.of(draft).label(article) or article.id
        edit = operations.remove_node(draft, article)
        return edit, f"removed {was} “{article.title}”" if article.title else f"removed {was}"
    return _edit(args, make)


def cmd_move(args) -> int:
    def make(ws, draft):
        article = operations.find_article(draft, args.article)
        was = Numbering.of(draft).label(article) or "the article"
        edit = operations.move_article(draft, article, args.position)
        named = f"{was} “{article.title}”" if article.title else was
        return edit, f"moved {named} to Article {args.position}"
    return _edit(args, make)


def cmd_rename(args) -> int:
    from ..core.edits import SetDraftFields
    with open_workspace(args) as ws:
        with editing(ws):
            draft = ws.load_draft(ws.find_draft(args.draft))
            old = draft.title
            values = {"title": args.title}
            if args.title_zh is not None:
                values["title_zh"] = args.title_zh
            ws.apply(draft, SetDraftFields(values, label="Rename draft"))
        output(args, {"id": draft.id, "title": draft.title, "title_zh": draft.title_zh, "old_title": old},
               f"“{old}” is now “{draft.title}”")
    return 0


def cmd_renumber(args) -> int:
    from ..core.negotiation import renumber_final, shells
    with open_workspace(args) as ws:
        with editing(ws):
            draft = ws.load_draft(ws.find_draft(args.draft))
            dropped = len([n for n in shells(draft) if n.kind.value == "article"])
            ws.apply(draft, renumber_final(draft))
        output(args, {"id": draft.id, "articles": len(draft.articles()), "dropped": dropped},
               f"“{draft.title}” is numbered as a final text: {counted(len(draft.articles()), 'article', 'articles')}"
               + (f", {counted(dropped, 'deleted article', 'deleted articles')} dropped" if dropped else ""))
    return 0

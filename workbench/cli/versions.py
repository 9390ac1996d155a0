"""Commands ``version save|list|show|restore|lineage`` and ``proposal new|merge``."""
from __future__ import annotations

from pathlib import Path

from ..core.plural import counted
from . import CliError, editing, open_workspace, output


def register(sub, common) -> None:
    version = sub.add_parser("version", help="save and list versions of a draft")
    vsub = version.add_subparsers(dest="version_command", metavar="ACTION", required=True)
    p = vsub.add_parser("save", parents=[common], help="save the draft's current state as a version")
    p.add_argument("draft")
    p.add_argument("--label", required=True, help="e.g. \"Chair's text Rev.1\"")
    p.add_argument("--author", default="", help="author or delegation")
    p.add_argument("--party", default="", help="the party whose proposal this is")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_save)
    p = vsub.add_parser("list", parents=[common], help="list a draft's versions")
    p.add_argument("draft")
    p.set_defaults(handler=cmd_list)
    register_more(vsub, sub, common)


def cmd_save(args) -> int:
    with open_workspace(args) as ws, editing(ws):
        draft = ws.load_draft(ws.find_draft(args.draft))
        version = ws.save_version(draft, args.label, author=args.author, party=args.party, note=args.note)
        output(args, version.summary(), version.id)
    return 0


def cmd_list(args) -> int:
    with open_workspace(args) as ws:
        versions = ws.versions(ws.find_draft(args.draft))
        lines = [f"{v.id}  {v.created}  {v.label}" + (f"  ({v.author or v.party})" if v.author or v.party else "")
                 for v in versions]
        output(args, [v.summary() for v in versions], "\n".join(lines) or "no versions saved yet")
    return 0


# ----- show, restore, lineage, proposals (versions and negotiation texts) ------------------------
def register_more(vsub, sub, common) -> None:
    p = vsub.add_parser("show", parents=[common], help="show the text of a saved version")
    p.add_argument("version", help="version id (or a unique prefix)")
    p.add_argument("--language", choices=["en", "zh"], default="en")
    p.set_defaults(handler=cmd_show)
    p = vsub.add_parser("restore", parents=[common],
                        help="give a draft the content of a version (an undoable edit), or a new draft")
    p.add_argument("version")
    p.add_argument("--draft", help="the draft to restore into (default: the version's own draft)")
    p.add_argument("--as-new", metavar="TITLE", help="create a new draft from the version instead")
    p.set_defaults(handler=cmd_restore)
    p = vsub.add_parser("lineage", parents=[common],
                        help="the tree of versions: base → proposals → Chair's text → Rev.n")
    p.add_argument("ref", nargs="?", help="a draft or version: only its family tree (default: all)")
    p.set_defaults(handler=cmd_lineage)

    prop = sub.add_parser("proposal", help="parties' proposals on a base version")
    psub = prop.add_subparsers(dest="proposal_command", metavar="ACTION", required=True)
    p = psub.add_parser("new", parents=[common], help="start a party's proposal from a base version")
    p.add_argument("base", metavar="BASE_VERSION")
    p.add_argument("--party", required=True, help="the delegation making the proposal")
    p.add_argument("--title", help="title of the new draft")
    p.set_defaults(handler=cmd_proposal_new)
    p = psub.add_parser("merge", parents=[common],
                        help="add proposals' own changes to a compilation as options (each against its base)")
    p.add_argument("draft", help="the compilation draft that receives the options")
    p.add_argument("proposals", nargs="+", metavar="PROPOSAL", help="proposal drafts or versions")
    p.set_defaults(handler=cmd_proposal_merge)
    p = psub.add_parser("import", parents=[common],
                        help="a proposal received as .docx or Akoma Ntoso: read, linked to its base and party")
    p.add_argument("file", type=Path)
    p.add_argument("--party", required=True, help="the delegation making the proposal")
    p.add_argument("--base", default="", metavar="VERSION",
                   help="the version it was drafted on (default: the saved version it most resembles)")
    p.add_argument("--title", help="title of the new draft")
    p.set_defaults(handler=cmd_proposal_import)


def cmd_show(args) -> int:
    from ..core.render import Renderer
    from .drafts import draft_json, source_labels
    with open_workspace(args) as ws:
        version = ws.version(args.version)
        draft = version.draft()
        data = {"version": version.summary(), "draft": draft_json(ws, draft, args.language)}
        head = f"{version.label}  [{version.id}]  {version.created}" + (
            f"  ({version.party or version.author})" if version.party or version.author else "")
        text = head + "\n\n" + Renderer(draft, source_labels(ws)).plain_text(args.language)
        output(args, data, text)
    return 0


def cmd_restore(args) -> int:
    from ..core.proposals import derive_draft, restore_edit
    with open_workspace(args) as ws, editing(ws):
        version = ws.version(args.version)
        if args.as_new:
            draft = derive_draft(version.draft(), args.as_new, {"based_on_version": version.id})
            ws.create_draft(draft)
            output(args, {"id": draft.id, "title": draft.title, "based_on_version": version.id},
                   f"{draft.id}  (new draft “{draft.title}” from “{version.label}”)")
            return 0
        draft = ws.load_draft(ws.find_draft(args.draft) if args.draft else version.draft_id)
        ws.apply(draft, restore_edit(draft, version))
        output(args, {"id": draft.id, "restored": version.id, "articles": len(draft.articles())},
               f"“{draft.title}” now has the content of “{version.label}” "
               "(the previous content is in the undo history and in earlier versions)")
    return 0


def cmd_lineage(args) -> int:
    from ..core.proposals import lineage_forest, lineage_lines
    with open_workspace(args) as ws:
        versions = ws.versions(snapshots=False)
        forest = lineage_forest(versions)
        if args.ref:
            wanted = _family(ws, args.ref)
            forest = [root for root in forest if _tree_ids(root) & wanted]
        lines = lineage_lines(forest)
        output(args, [root.to_dict() for root in forest], "\n".join(lines) or "no versions saved yet")
    return 0


def _tree_ids(root) -> set[str]:
    ids = {root.version.id, root.version.draft_id}
    for child in root.children:
        ids |= _tree_ids(child)
    return ids


def _family(ws, ref: str) -> set[str]:
    from ..storage import WorkspaceError
    try:
        return {ws.version(ref).id}
    except WorkspaceError:
        draft_id = ws.find_draft(ref)
        base = ws.load_draft(draft_id).meta.get("based_on_version")
        return {draft_id, base} - {None}


def cmd_proposal_new(args) -> int:
    from ..core.proposals import proposal_from_version
    with open_workspace(args) as ws:
        version = ws.version(args.base)
        draft = proposal_from_version(version, args.party, args.title)
        ws.create_draft(draft)
        output(args, {"id": draft.id, "title": draft.title, "party": args.party.strip(),
                      "based_on_version": version.id}, draft.id)
    return 0


def cmd_proposal_merge(args) -> int:
    from ..core.brackets import open_brackets
    from ..core.proposals import merge_proposals
    from ..storage import WorkspaceError
    from ..storage.proposals import proposal_of
    with open_workspace(args) as ws, editing(ws):
        target = ws.load_draft(ws.find_draft(args.draft))
        proposals = []
        for ref in args.proposals:
            try:
                ws.version(ref)
                kind, ident = "version", ref
            except WorkspaceError:
                kind, ident = "draft", ws.find_draft(ref)
            if ident == target.id:
                raise CliError(f"“{target.title}” cannot be merged into itself")
            proposals.append(proposal_of(ws, kind, ident))
        result = merge_proposals(target, proposals, target_base=target.meta.get("based_on_version", ""),
                                 sources=[p.source for p in proposals])
        if result.edit is not None:
            ws.apply(target, result.edit)
        count = open_brackets(target)
        text = "\n".join(result.report + [f"{counted(result.alternatives, 'option', 'options')} added, "
                                          f"{counted(result.supports, 'support', 'supports')} recorded; "
                                          f"{counted(count, 'open bracket', 'open brackets')} in “{target.title}”"])
        output(args, {"alternatives": result.alternatives, "supports": result.supports, "open_brackets": count,
                      "parties": result.parties, "report": [str(r) for r in result.report]}, text)
    return 0


def cmd_proposal_import(args) -> int:
    from ..export.common import ExportError
    from ..export.importing import ImportFailure
    from ..export.proposal_import import read_proposal
    if not args.file.exists():
        raise CliError(f"{args.file}: no such file")
    with open_workspace(args) as ws, editing(ws):
        base = ws.version(args.base) if args.base else None
        try:
            draft, version, report, _result = read_proposal(args.file, args.party, ws.versions(), base, args.title)
        except (ImportFailure, ExportError, ValueError) as exc:
            raise CliError(str(exc)) from exc
        ws.create_draft(draft)
        how = "named" if args.base else "most similar"
        output(args, {"id": draft.id, "title": draft.title, "party": args.party.strip(),
                      "based_on_version": version.id, "base_label": version.label, "linked": report.to_dict()},
               f"{draft.id}  (“{draft.title}”, proposal of {args.party.strip()} on “{version.label}” [{how}]: "
               f"{counted(report.articles, 'article', 'articles')} paired, {report.added} added, {report.missing} not in the file)")
    return 0

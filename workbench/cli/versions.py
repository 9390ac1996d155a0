"""Commands ``version save|list``."""
from __future__ import annotations

from . import open_workspace, output


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


def cmd_save(args) -> int:
    with open_workspace(args) as ws:
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

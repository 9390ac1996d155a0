"""Commands ``workspace info|backups|restore``: the workspace file itself, its backups and their recovery."""
from __future__ import annotations

from pathlib import Path

from ..core.plural import counted
from . import CliError, open_workspace, output


def register(sub, common) -> None:
    ws = sub.add_parser("workspace", help="the workspace file: its state, backups and recovery")
    wsub = ws.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    p = wsub.add_parser("info", parents=[common], help="where the workspace is, whether it can be written, what it holds")
    p.set_defaults(handler=cmd_info)
    p = wsub.add_parser("backups", parents=[common], help="list the usable backups, newest first")
    p.set_defaults(handler=cmd_backups)
    p = wsub.add_parser("restore", parents=[common],
                        help="put a backup in place of the workspace (the file that was there is kept beside it)")
    p.add_argument("--generation", type=int, default=None, metavar="N",
                   help="which backup (0 = newest, as `workspace backups` numbers them; default: the newest usable)")
    p.set_defaults(handler=cmd_restore)


def _path(args) -> Path:
    from ..paths import default_workspace
    return Path(getattr(args, "workspace", None) or default_workspace())


def cmd_info(args) -> int:
    from ..storage.backups import list_backups

    with open_workspace(args, create=False) as ws:
        drafts = ws.drafts(count_articles=False)
        data = {"path": str(ws.path), "read_only": ws.read_only, "drafts": len(drafts),
                "versions": len(ws.versions(snapshots=False)), "clauses": ws.db.execute(
                    "SELECT count(*) FROM clauses").fetchone()[0],
                "backups": [_backup_dict(b) for b in list_backups(ws.path)]}
    text = [f"{data['path']}{' (read-only)' if data['read_only'] else ''}",
            f"{data['drafts']} drafts, {data['versions']} versions, {data['clauses']} library clauses",
            counted(len(data['backups']), 'usable backup', 'usable backups')]
    output(args, data, "\n".join(text))
    return 0


def _backup_dict(backup) -> dict:
    return {"generation": backup.generation, "file": str(backup.path), "modified": backup.modified.isoformat(
        timespec="seconds"), "drafts": backup.drafts, "versions": backup.versions}


def cmd_backups(args) -> int:
    from ..storage.backups import list_backups

    backups = list_backups(_path(args))
    lines = [f"{b.generation}  {b.label()}  {b.drafts} drafts, {b.versions} versions  {b.path.name}" for b in backups]
    output(args, [_backup_dict(b) for b in backups], "\n".join(lines) or "no usable backup")
    return 0


def cmd_restore(args) -> int:
    from ..storage.backups import list_backups, restore_backup

    path = _path(args)
    backups = list_backups(path)
    if args.generation is not None:
        backups = [b for b in backups if b.generation == args.generation]
        if not backups:
            raise CliError(f"{path}: there is no usable backup of generation {args.generation} (see: workspace backups)")
    if not backups:
        raise CliError(f"{path}: there is no usable backup")
    kept = restore_backup(path, backups[0])
    data = {"restored": str(backups[0].path), "kept": str(kept) if kept else None}
    output(args, data, f"restored the backup of {backups[0].label()} ({backups[0].drafts} drafts)"
           + (f"; the file that was there is kept as {kept.name}" if kept else ""))
    return 0

"""Commands ``sources`` and ``library list|search|show``."""
from __future__ import annotations

import textwrap

from ..core.library import LEGACY_LEVELS, LEVELS, readable
from . import CliError, open_workspace, output

#: What each provenance level means, as ``library show`` and ``list`` print it.
LEVEL_TEXT = {
    "official": "official text (checked against the official publication)",
    "reproduction": "reproduction of the official text from {copy}",
    "transcription": "UNVERIFIED transcription (not checked against an official text)",
    "model": "model clause drafted by the workbench (not treaty text)",
}
_FLAGS = {"reproduction": "  [reproduction]", "transcription": "  [UNVERIFIED transcription]",
          "model": "  [model clause]"}


def register(sub, common) -> None:
    p = sub.add_parser("sources", parents=[common], help="list the source instruments")
    p.set_defaults(handler=cmd_sources)

    lib = sub.add_parser("library", help="browse and search the clause library")
    lsub = lib.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    p = lsub.add_parser("list", parents=[common], help="list clauses")
    _filters(p)
    p.set_defaults(handler=cmd_list)
    p = lsub.add_parser("search", parents=[common], help="full-text search (English or Chinese)")
    p.add_argument("query", help='words, a "quoted phrase", or Chinese (争端, 数据 …)')
    _filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_search)
    p = lsub.add_parser("show", parents=[common], help="show one clause with its provenance")
    p.add_argument("id", help="clause id, e.g. coe-ai-convention/art-16")
    p.set_defaults(handler=cmd_show)


def _filters(parser) -> None:
    parser.add_argument("--source", help="only this source id (see: sources)")
    parser.add_argument("--topic", help="only this topic id")
    parser.add_argument("--verification", choices=list(LEVELS) + list(LEGACY_LEVELS), metavar="LEVEL",
                        help="official (checked against the official publication), reproduction, "
                             "transcription (unverified) or model; verified = official, unverified = transcription")


def clause_json(clause, sources) -> dict:
    """The JSON shape of a clause (stable: scripts rely on it)."""
    source = sources.get(clause.source)
    return {"id": clause.id, "source": clause.source, "kind": clause.kind, "number": clause.number,
            "title": clause.title, "title_zh": clause.title_zh or None, "chapter": clause.chapter,
            "text": clause.text(), "text_zh": clause.text_zh() or None,
            "verification": clause.overall_verification, "verification_en": clause.verification,
            "verification_zh": (clause.level("zh") if clause.text_zh() else clause.verification_zh) or None,
            "provenance": level_text(clause, "en" if clause.text() else "zh"),
            "copy": clause.copy or None, "precedent": clause.precedent or None,
            "divergence": clause.divergence or None, "incomplete": clause.incomplete,
            "url": clause.url or (source.url if source else ""), "note": clause.note,
            "topics": clause.topics, "provides": clause.provides, "requires": clause.requires,
            "defines": clause.defines, "uses": clause.uses, "refers_to": clause.refers_to,
            "strengths": clause.strengths(),
            "model_clause": bool(source and source.is_model)}


def level_text(clause, lang: str = "en") -> str:
    """What the provenance level of the clause's text in ``lang`` means, in words."""
    level = clause.level(lang)
    text = LEVEL_TEXT.get(level, level).format(copy=clause.copy_of(lang) or "?")
    if level == "model" and clause.precedent:
        text += f", after {clause.precedent}"
    return text


def cmd_sources(args) -> int:
    with open_workspace(args) as ws:
        sources = ws.sources()
        counts = dict(ws.db.execute("SELECT source, count(*) FROM clauses GROUP BY source").fetchall())
        data = [{"id": s.id, "title": s.title, "short": s.short, "title_zh": s.title_zh, "date": s.date,
                 "nature": s.nature, "url": s.url, "completeness": s.completeness,
                 "clauses": counts.get(s.id, 0)} for s in sources.values()]
        lines = [f"{d['id']:<28} {d['clauses']:>4}  {d['short'] or d['title']}" for d in data]
        output(args, data, "\n".join(lines))
    return 0


def cmd_list(args) -> int:
    with open_workspace(args) as ws:
        _check_filters(ws, args)
        clauses = ws.clauses(args.source, args.topic, args.verification)
        sources = ws.sources()
        data = [clause_json(c, sources) for c in clauses]
        lines = [_line(c.id, c.title, c.overall_verification) for c in clauses]
        if lines and not args.verification:
            lines.append("")
            lines.append("Levels: official = checked against the official publication; [reproduction] = copy of "
                         "the official text from a named secondary source; [UNVERIFIED transcription]; "
                         "[model clause] = drafted by the workbench")
        output(args, data, "\n".join(lines) or "no clauses match")
    return 0


def _check_filters(ws, args) -> None:
    if args.source and args.source not in ws.sources():
        raise CliError(f"unknown source {args.source!r}; known: {', '.join(ws.sources())}")
    if args.topic and args.topic not in ws.vocabulary.topics:
        raise CliError(f"unknown topic {args.topic!r} (see resources/vocabulary.toml)")


def _line(clause_id: str, title: str, verification: str) -> str:
    return f"{clause_id:<40} {title}{_FLAGS.get(verification, '')}"


def cmd_search(args) -> int:
    with open_workspace(args) as ws:
        _check_filters(ws, args)
        hits = ws.search(args.query, args.source, args.topic, args.verification, limit=args.limit)
        # "id" as in `library list --json`; "clause_id" kept for scripts written before
        data = [{"id": h.clause_id, **h.to_dict()} for h in hits]
        lines = [_line(h.clause_id, h.title, h.verification) + "\n    " + " ".join(h.snippet.split())
                 for h in hits]
        output(args, data, "\n".join(lines) or f"nothing found for “{args.query}”")
    return 0


def cmd_show(args) -> int:
    with open_workspace(args) as ws:
        clause = ws.clause(args.id)
        sources = ws.sources()
        data = clause_json(clause, sources)
        data["history"] = ws.clause_history(clause.id)
        source = sources.get(clause.source)
        out = [clause.display_heading(sources)]
        if source:
            out.append(f"Source: {source.title} ({source.date})")
        out.append(f"URL: {data['url']}")
        if clause.text():
            out.append(("Status: " if not clause.text_zh() else "Status (English): ") + level_text(clause, "en"))
        if clause.text_zh() and (not clause.text() or clause.level("zh") != clause.verification
                                 or clause.copy_of("zh") != clause.copy):
            out.append("Status (Chinese): " + level_text(clause, "zh"))
        if clause.verified_by:
            out.append(f"Marked {clause.overall_verification} by {clause.verified_by} on {clause.verified_at}")
        if clause.note:
            out.append("Note: " + clause.note)
        if clause.divergence:
            out.append("Official texts differ: " + clause.divergence)
        if source and source.is_model:
            out.append("Drafted by the workbench as a model clause; never verified treaty text"
                       + ("." if clause.precedent else "; not taken from any treaty."))
        numbers = {cid: ws.clause(cid).number for cid in clause.refers_to}
        out.append("")
        out.extend(textwrap.fill(p, 100) for p in readable(clause.text(), numbers.get).split("\n\n"))
        if clause.text_zh():
            out += ["", "中文："] + readable(clause.text_zh(), numbers.get, "zh").split("\n\n")
        out += ["", "Topics: " + ", ".join(clause.topics)]
        if clause.provides or clause.requires:
            out.append(f"Provides: {', '.join(clause.provides) or '–'}; requires: {', '.join(clause.requires) or '–'}")
        output(args, data, "\n".join(out))
    return 0

"""Commands ``brackets list|choose|withdraw|reopen|position|consult|export|parties``: a compilation's brackets.

Positions are given one party per option (``--support "Korea, Republic of"``: a name may hold
commas), checked (no party supports or opposes its own option, none both supports and opposes
one) and a Chair is warned when an agreed option is still opposed. Statuses a Chair uses: agreed,
agreed ad referendum (``choose --ad-referendum``), pending consultations (``consult``).
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..core.plural import counted
from ..core import brackets as br
from ..core.bracket_listing import bracket_rows, listing_lines
from ..core.model import Draft
from . import CliError, editing, open_workspace, output


def register(sub, common) -> None:
    b = sub.add_parser("brackets", help="a compilation's brackets: list, agree, reopen, positions, export")
    bsub = b.add_subparsers(dest="brackets_command", metavar="ACTION", required=True)
    p = bsub.add_parser("list", parents=[common], help="list the brackets and how each option differs")
    p.add_argument("draft")
    p.add_argument("--language", choices=["en", "zh"], default="en")
    p.set_defaults(handler=cmd_list)
    p = bsub.add_parser("choose", parents=[common], help="agree an option: it goes into the text, the others close")
    p.add_argument("draft")
    p.add_argument("alternative", help="option id (see: brackets list)")
    p.add_argument("--ad-referendum", action="store_true", help="agreed subject to confirmation by capitals")
    p.set_defaults(handler=cmd_status, action="choose")
    p = bsub.add_parser("withdraw", parents=[common], help="withdraw an option")
    p.add_argument("draft")
    p.add_argument("alternative")
    p.set_defaults(handler=cmd_status, action="withdraw")
    p = bsub.add_parser("reopen", parents=[common],
                        help="reopen an agreed bracket (its earlier wording comes back) or a withdrawn option")
    p.add_argument("draft")
    p.add_argument("alternative", help="any option of the bracket")
    p.set_defaults(handler=cmd_status, action="reopen")
    p = bsub.add_parser("position", parents=[common], help="record parties supporting or opposing an option")
    p.add_argument("draft")
    p.add_argument("alternative")
    p.add_argument("--support", action="append", default=[], metavar="PARTY", help="a party supporting it (repeat)")
    p.add_argument("--oppose", action="append", default=[], metavar="PARTY", help="a party opposing it (repeat)")
    p.add_argument("--clear", action="append", default=[], metavar="PARTY", help="a party's position to remove")
    p.set_defaults(handler=cmd_position)
    p = bsub.add_parser("consult", parents=[common], help="mark an open bracket as pending consultations")
    p.add_argument("draft")
    p.add_argument("alternative", help="any option of the bracket")
    p.add_argument("--done", action="store_true", help="consultations concluded")
    p.set_defaults(handler=cmd_consult)
    p = bsub.add_parser("export", parents=[common],
                        help="the compilation document (or the clean text) as .docx, or as text")
    p.add_argument("draft")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help=".docx to write (default: print text)")
    p.add_argument("--clean", action="store_true", help="the clean text: agreed wording only")
    p.add_argument("--mark-open", action="store_true",
                   help="with --clean while brackets are open: print each open provision bracketed as not agreed")
    p.add_argument("--language", choices=["en", "zh", "both"], default="en")
    for name, helptext in (("symbol", 'document symbol, e.g. "AI/INC/2/CRP.1"'), ("revision", "revision number"),
                           ("distribution", "General, Limited or Restricted"), ("date", "YYYY-MM-DD"),
                           ("original", "original language (default English)"), ("body", "issuing body"),
                           ("session", "session, place and dates"), ("subtitle", 'e.g. "Note by the Chair"')):
        p.add_argument(f"--{name}", help=helptext, type=int if name == "revision" else str)
    p.add_argument("--save", action="store_true", help="keep these document details with the draft")
    p.set_defaults(handler=cmd_export)
    p = bsub.add_parser("parties", parents=[common], help="the parties named in a draft, or the list offered")
    p.add_argument("draft", nargs="?")
    p.set_defaults(handler=cmd_parties)


def _option(draft: Draft, ref: str) -> tuple:
    found = br.locate_option(draft, ref)
    if found is None and len(ref) >= 4:
        hits = [(b.node, b, o) for b in br.all_brackets(draft) for o in b.options if o.get("id", "").startswith(ref)]
        found = hits[0] if len(hits) == 1 else None
    if found is None:
        raise CliError(f"there is no option {ref!r} in “{draft.title}” (see: brackets list)")
    return found


def cmd_list(args) -> int:
    with open_workspace(args) as ws:
        draft = ws.load_draft(ws.find_draft(args.draft))
        count = br.open_brackets(draft)
        lines = [f"{counted(count, 'open bracket', 'open brackets')} in “{draft.title}”"] + listing_lines(draft, args.language)
        output(args, {"open_brackets": count, "brackets": bracket_rows(draft, args.language)}, "\n".join(lines))
    return 0


def cmd_status(args) -> int:
    with open_workspace(args) as ws, editing(ws):
        draft = ws.load_draft(ws.find_draft(args.draft))
        node, bracket, option = _option(draft, args.alternative)
        if args.action == "choose":
            edit = br.choose(draft, node.id, option["id"], ad_referendum=args.ad_referendum)
        elif args.action == "withdraw":
            edit = br.set_status(draft, node.id, option["id"], "withdrawn")
        elif not bracket.is_open and (bracket.agreed is not None or option.get("superseded")):
            edit = br.reopen(draft, node.id, bracket.group)
        else:
            edit = br.set_status(draft, node.id, option["id"], "open")
        ws.apply(draft, edit)
        count = br.open_brackets(draft)
        warnings = []
        if args.action == "choose":
            _, bracket, option = br.find_option(draft, node.id, option["id"])
            warnings = [str(w) for w in br.position_warnings(bracket, option)]
        for warning in warnings:
            sys.stderr.write(f"treaty-workbench: warning: {warning}\n")
        output(args, {"open_brackets": count, "warnings": warnings}, f"{edit.label}; {counted(count, 'open bracket', 'open brackets')} left")
    return 0


def _known(draft: Draft) -> set[str]:
    from ..core.parties import known_parties, parties_in

    return set(known_parties()) | set(parties_in(draft))


def cmd_position(args) -> int:
    if not (args.support or args.oppose or args.clear):
        raise CliError("give --support, --oppose or --clear with a party's name")
    with open_workspace(args) as ws, editing(ws):
        draft = ws.load_draft(ws.find_draft(args.draft))
        node, bracket, option = _option(draft, args.alternative)
        known = _known(draft)
        warnings = [f"“{p}” is not in the list of parties (brackets parties); recorded as written"
                    for p in args.support + args.oppose if p.strip() not in known]
        from ..core.edits import Compound
        edits = []
        work = draft.copy()
        for stance, names in (("none", args.clear), ("support", args.support), ("oppose", args.oppose)):
            for party in names:
                edit = br.record_position(work, node.id, option["id"], party, stance)
                edit.apply(work)
                edits.append(edit)
        ws.apply(draft, Compound(edits, label="Record positions"))
        _, bracket, option = br.find_option(draft, node.id, option["id"])
        warnings += [str(w) for w in br.position_warnings(bracket, option)]
        for warning in warnings:
            sys.stderr.write(f"treaty-workbench: warning: {warning}\n")
        output(args, {"option": option["id"], "supporters": option.get("supporters", []),
                      "opponents": option.get("opponents", []), "warnings": warnings},
               f"{br.attribution(option) or 'no positions recorded'}")
    return 0


def cmd_consult(args) -> int:
    with open_workspace(args) as ws, editing(ws):
        draft = ws.load_draft(ws.find_draft(args.draft))
        node, bracket, _ = _option(draft, args.alternative)
        edit = br.set_consultations(draft, node.id, bracket.group, not args.done)
        ws.apply(draft, edit)
        output(args, {"pending": not args.done}, edit.label)
    return 0


def cmd_export(args) -> int:
    from ..core.compilation import compilation_text
    from ..export.common import ExportError
    from ..export.compilation_front import CompilationInfo
    from .drafts import source_labels

    with open_workspace(args) as ws, editing(ws):
        draft = ws.load_draft(ws.find_draft(args.draft))
        given = {k: getattr(args, k) for k in ("symbol", "revision", "distribution", "date", "original", "body",
                                                "session", "subtitle")}
        info = CompilationInfo.from_meta(draft.meta, **given)
        if args.save:
            from ..core.edits import SetDraftFields
            ws.apply(draft, SetDraftFields({"meta": {**draft.meta, "document": info.to_meta()}},
                                           label="Document details"))
        summary = br.open_summary(draft)
        count = summary["open_brackets"]
        if args.clean and count and not args.mark_open:
            where = ", ".join(summary["articles"])
            head = f"{count} brackets are still open ({where})" if count > 1 else f"1 bracket is still open ({where})"
            raise CliError(head + ": a clean text would present " + ("them" if count > 1 else "it") + " as agreed. "
                           "Agree " + ("them" if count > 1 else "it") + " first, or add --mark-open to print each open "
                           "provision in brackets as not agreed")
        labels = source_labels(ws)
        data = {"open_brackets": count, "open_in": summary["articles"]}
        if args.output:
            from ..export.compilation_docx import write_compilation
            try:
                size = write_compilation(draft, args.output, lang=args.language, clause_labels=labels,
                                         clean=args.clean, mark_open=args.mark_open, info=info)
            except ExportError as exc:
                raise CliError(str(exc)) from exc
            data.update(written=str(args.output), bytes=size)
            state = counted(count, 'open bracket', 'open brackets') + (" marked as not agreed" if args.clean and count else "")
            output(args, data, f"written: {args.output} ({state})")
            return 0
        source = br.clean_draft(draft, mark_open=True) if args.clean else draft
        langs = ["en", "zh"] if args.language == "both" else [args.language]
        texts = []
        for lang in langs:
            kind = ("Clean text" if args.clean else "Compilation text") if lang == "en" else \
                ("净案文" if args.clean else "汇编案文")
            state = (counted(count, 'open bracket', 'open brackets') + ": " + ", ".join(summary["articles"]) if count else "no open bracket") \
                if lang == "en" else (f"{count}处未决方括号" if count else "没有未决方括号")
            texts.append(f"{kind} — {state}\n\n" + compilation_text(source, lang, labels))
        text = "\n\n".join(texts)
        data["text"] = text
        output(args, data, text)
    return 0


def cmd_parties(args) -> int:
    from ..core.parties import known_parties, parties_in

    with open_workspace(args) as ws:
        if args.draft:
            names = parties_in(ws.load_draft(ws.find_draft(args.draft)))
        else:
            names = known_parties()
    output(args, names, "\n".join(names) or "no parties named yet")
    return 0

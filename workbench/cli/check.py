"""Command ``check``: how far a draft (or a whole source instrument) is from the ideal AI treaty."""
from __future__ import annotations

from pathlib import Path

from ..core.plural import counted
from . import CliError, open_workspace, output
from .layout import pad, wrap, width

VERDICT_LABEL = {"met": "MET", "partial": "PARTIAL", "missing": "MISSING", "not-applicable": "N/A"}
VERDICT_LABEL_ZH = {"met": "满足", "partial": "部分满足", "missing": "缺失", "not-applicable": "不适用"}


def register(sub, common) -> None:
    p = sub.add_parser("check", parents=[common],
                       help="check a draft against the ideal-treaty criteria",
                       description="Check a draft (or a whole source instrument, --source) against the "
                                   "ideal-treaty criteria: a verdict per criterion with evidence and "
                                   "suggested library clauses, a score per group and overall.")
    p.add_argument("draft", nargs="?", help="draft id (or its title)")
    p.add_argument("--source", metavar="S", help="check a whole source instrument instead of a draft")
    p.add_argument("--language", choices=["en", "zh"], default="en", help="language of the report")
    p.add_argument("--docx", type=Path, metavar="FILE", help="also write the report as a Word document")
    p.add_argument("--only", metavar="IDS", help="only these criteria, comma-separated (B1,B4,U7)")
    p.add_argument("--no-suggestions", action="store_true", help="leave out suggested clauses (faster)")
    p.add_argument("--remove", metavar="ARTICLE",
                   help="instead of the report, show what removing ARTICLE (number or id) would break")
    p.set_defaults(handler=cmd_check)


def _load(ws, args):
    from ..core.assemble import draft_from_source

    if args.source and args.draft:
        raise CliError("give either a draft or --source, not both")
    if args.source:
        sources = ws.sources()
        if args.source not in sources:
            raise CliError(f"unknown source {args.source!r}; known: {', '.join(sources)}")
        source = sources[args.source]
        return draft_from_source(source.short or source.title, ws.clauses(source=args.source))
    if not args.draft:
        raise CliError("name a draft to check (see: draft list), or use --source S")
    return ws.load_draft(ws.find_draft(args.draft))


def cmd_check(args) -> int:
    from ..checker import Checker, CriteriaError
    from ..checker.impact import impact_of_removal
    from ..core.operations import find_article

    with open_workspace(args) as ws:
        draft = _load(ws, args)
        try:
            checker = Checker.for_workspace(ws)
        except CriteriaError as exc:
            raise CliError(f"the criteria file is not valid: {exc}") from exc
        if args.remove:
            article = find_article(draft, args.remove)
            impact = impact_of_removal(draft, article.id, checker)
            output(args, impact.to_dict(), impact_text(impact, args.language))
            return 0
        only = [c.strip().upper() for c in args.only.split(",")] if args.only else None
        if only:
            unknown = [c for c in only if c not in {crit.id for crit in checker.criteria}]
            if unknown:
                raise CliError(f"unknown criterion {', '.join(unknown)}; criteria are B1–B8, R1–R4, D1–D5, "
                               "U1–U7, S1–S4, F1–F7")
        report = checker.check(draft, suggestions=not args.no_suggestions, only=only)
        if args.docx:
            from ..export.check_report import ExportError, write_check_report
            try:
                write_check_report(report, args.docx, lang=args.language, criteria=checker.criteria)
            except ExportError as exc:
                raise CliError(str(exc)) from exc
        output(args, report.to_dict(), report_text(report, args.language)
               + (f"\nReport written to {args.docx}\n" if args.docx else ""))
    return 0


#: never broken across lines: the verdicts
_KEEP = tuple(VERDICT_LABEL.values()) + tuple(VERDICT_LABEL_ZH.values())


def _wrap(text: str, indent: int) -> str:
    return wrap(text, 100, indent, keep=_KEEP)


def report_text(report, lang: str = "en") -> str:
    """The readable report: scores, then every criterion with its evidence and suggestions."""
    zh = lang == "zh"
    label = VERDICT_LABEL_ZH if zh else VERDICT_LABEL
    lines = [(f"理想条约检查：{report.draft_title}（{report.articles}条）" if zh else
              f"Ideal-treaty check: {report.draft_title} ({counted(report.articles, 'article', 'articles')})"),
             ("总分：" if zh else "Overall score: ") + (f"{report.score:.1f} / 100" if report.score is not None else "–"),
             ""]
    title_columns = max([45] + [width(g.title(lang)) + 1 for g in report.groups])
    for group in report.groups:
        score = f"{group.score:5.1f}" if group.score is not None else "    –"
        counts = " ".join(f"{label[v]} {n}" for v, n in group.counts.items() if n)
        lines.append(f"  {group.id}  {pad(group.title(lang), title_columns)} {score}   {counts}")
    lines.append("")
    verdict_columns = max([8] + [width(v) for v in label.values()]) + 1
    colon = "：" if zh else ": "
    for finding in report.findings:
        lines.append(f"{finding.id:<3} {pad(label[finding.verdict], verdict_columns)}{finding.title(lang)}")
        lines.append(_wrap(finding.text(lang), 13))
        if finding.evidence:
            lines.append(" " * 13 + ("依据：" if zh else "Evidence:"))
            for evidence in finding.evidence[:6]:
                quote = f" “{evidence.quote}”" if evidence.quote else ""
                note = evidence.note_zh if zh and evidence.note_zh else evidence.note
                where = evidence.provenance_label(lang)
                lines.append(_wrap(f"- {evidence.label(lang)}{quote}" + (f" — {note}" if note else "")
                                   + ((f"［{where}］" if zh else f" [{where}]") if where else ""), 15))
        if finding.suggestions:
            lines.append(" " * 13 + ("建议：" if zh else "Suggestions:"))
            for i, suggestion in enumerate(finding.suggestions, 1):
                reason = suggestion.reason_zh if zh and suggestion.reason_zh else suggestion.reason
                name = f"（{suggestion.label(lang)}）" if zh else f" ({suggestion.label(lang)})"
                lines.append(_wrap(f"{i}. {suggestion.clause_id}{name} → "
                                   f"{label[suggestion.verdict_after]}{colon}{reason}", 15))
        if finding.grounds(lang):
            lines.append(_wrap(("文献依据：" if zh else "Source: ") + finding.grounds(lang), 13))
        lines.append("")
    return "\n".join(lines)


def impact_text(impact, lang: str = "en") -> str:
    zh = lang == "zh"
    from ..core.numbering import article_heading
    head = (f"删除{article_heading(impact.number, 'zh')}（{impact.title}）的影响：" if zh and impact.number else
            f"删除第{impact.number}条（{impact.title}）的影响：" if zh
            else f"Removing Article {impact.number} ({impact.title}):")
    return head + "\n" + "\n".join("  " + line for line in impact.summary(lang).splitlines())

"""The checker's report as a Word document for colleagues (python-docx), in English or Chinese."""
from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from ..core.messages import msg
from ..files import atomic_write
from .common import ExportError
from .ooxml import CJK_FONT, CJK_SANS_FONT, LATIN_FONT

VERDICT_TEXT = {"en": {"met": "Met", "partial": "Partial", "missing": "Missing", "not-applicable": "Not applicable"},
                "zh": {"met": "满足", "partial": "部分满足", "missing": "缺失", "not-applicable": "不适用"}}
#: column widths (inches) of the two tables: every word of a heading or a verdict fits its column
GROUP_WIDTHS = [2.5, 0.7, 0.6, 0.8, 0.8, 1.1]
OVERVIEW_WIDTHS = [0.5, 4.4, 1.6]
VERDICT_FILL = {"met": "C6EFCE", "partial": "FFEB9C", "missing": "FFC7CE", "not-applicable": "E7E6E6"}
TEXT = {
    "title": ("Ideal-treaty check: {}", "理想条约检查：{}"),
    "meta": ("{} articles · checked {} · overall score {}", "共{}条 · 检查日期{} · 总分{}"),
    "groups": ("Scores by group", "各组得分"),
    "group": ("Group", "组别"), "score": ("Score", "得分"),
    "overview": ("Verdicts", "结论一览"), "criterion": ("Criterion", "标准"), "verdict": ("Verdict", "结论"),
    "findings": ("Findings", "具体结论"), "evidence": ("Evidence", "依据"), "suggestions": ("Suggested clauses", "建议条款"),
    "why": ("Why it matters: ", "理由："), "grounds": ("Source: ", "文献依据："),
    "model": (" — model clause drafted by the workbench, not the official text of any treaty",
              " —— 工作台起草的示范条款，并非任何条约的正式文本"),
    "unverified": (" — unverified transcription (not yet checked against an official text)",
                   " —— 未经核实的转录文本（尚未与正式文本核对）"),
    "reproduction": (" — reproduction of the official text", " —— 正式文本的转载"),
    "after": ("would make it: ", "加入后："),
    "footer": ("Checked by Treaty Workbench against the criteria of an ideal AI treaty drawn from {}. Verdicts read "
               "the draft's current text; they are a drafting aid, not legal advice.",
               "由条约工作台依据{}提出的理想人工智能条约标准检查。结论基于草案当前文本，仅为起草辅助，不构成法律意见。"),
}


def _authors(criteria, lang: str) -> str:
    """"Shen & Wu 2025 and Hao Jiajie" / "沈伟、吴柄萱（2025）和郝家杰": the source articles of the criteria."""
    if criteria is None:
        from ..checker.criteria import default_criteria
        criteria = default_criteria()
    names = [n.get(lang) or n["en"] for n in criteria.sources.values()]
    if lang == "zh":
        return "和".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _t(key: str, lang: str) -> str:
    return TEXT[key][1 if lang == "zh" else 0]


def _set_fonts(style, latin: str, east_asian: str) -> None:
    style.font.name = latin
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:eastAsia", east_asian), ("w:cs", latin)):
        fonts.set(qn(attr), value)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)


def _table(document, header: list[str], rows: list[list[str]], fills: list[str | None] | None = None,
           fill_column: int = -1, widths: list[float] | None = None):
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, "D9E2F3")
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
        if fills and fills[i]:
            _shade(cells[fill_column], fills[i])
    if widths:
        # the grid's widths too: a reader that follows the grid (LibreOffice) would otherwise give
        # every column the same width and break "Development" or "applicable" inside the word
        for column, width in zip(table.columns, widths):
            column.width = Inches(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Inches(width)
    return table


def build_document(report, lang: str = "en", criteria=None):
    """A python-docx Document holding the report."""
    if lang not in ("en", "zh"):
        raise ExportError(msg("unknown report language {language!r} (use en or zh)", language=lang))
    document = Document()
    for name in ("Normal", "List Bullet", "List Number", "Table Grid"):
        _set_fonts(document.styles[name], LATIN_FONT, CJK_FONT)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        _set_fonts(document.styles[name], LATIN_FONT, CJK_SANS_FONT)
    document.styles["Normal"].font.size = Pt(10.5)
    verdicts = VERDICT_TEXT[lang]
    document.add_heading(_t("title", lang).format(report.draft_title), level=0)
    score = f"{report.score:.1f} / 100" if report.score is not None else "–"
    document.add_paragraph(_t("meta", lang).format(report.articles, _dt.date.today().isoformat(), score))

    document.add_heading(_t("groups", lang), level=1)
    rows = []
    for group in report.groups:
        counts = [str(group.counts.get(v, 0)) for v in ("met", "partial", "missing", "not-applicable")]
        rows.append([f"{group.id} – {group.title(lang)}", f"{group.score:.1f}" if group.score is not None else "–"] + counts)
    _table(document, [_t("group", lang), _t("score", lang)] + [verdicts[v] for v in
                                                               ("met", "partial", "missing", "not-applicable")],
           rows, widths=GROUP_WIDTHS)

    document.add_heading(_t("overview", lang), level=1)
    _table(document, ["Id", _t("criterion", lang), _t("verdict", lang)],
           [[f.id, f.title(lang), verdicts[f.verdict]] for f in report.findings],
           fills=[VERDICT_FILL.get(f.verdict) for f in report.findings], fill_column=2, widths=OVERVIEW_WIDTHS)

    document.add_heading(_t("findings", lang), level=1)
    for finding in report.findings:
        document.add_heading(f"{finding.id} {finding.title(lang)} — {verdicts[finding.verdict]}", level=2)
        document.add_paragraph(finding.text(lang))
        if finding.evidence:
            document.add_paragraph(_t("evidence", lang)).runs[0].bold = True
            for evidence in finding.evidence[:8]:
                note = evidence.note_zh if lang == "zh" and evidence.note_zh else evidence.note
                item = document.add_paragraph(style="List Bullet")
                item.add_run(evidence.label(lang)).bold = True
                if evidence.quote:
                    item.add_run(f" “{evidence.quote}”")
                if note:
                    item.add_run(f" — {note}")
                where = evidence.provenance_label(lang)
                if where:
                    item.add_run(f" [{where}]").italic = True
                if evidence.context and evidence.context != evidence.quote:
                    context = item.add_run(f"\n{evidence.context}")
                    context.italic = True
                    context.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        if finding.suggestions:
            document.add_paragraph(_t("suggestions", lang)).runs[0].bold = True
            for suggestion in finding.suggestions:
                item = document.add_paragraph(style="List Number")
                item.add_run(suggestion.label(lang)).bold = True
                item.add_run(f" ({suggestion.clause_id}) — {_t('after', lang)}{verdicts[suggestion.verdict_after]}. ")
                item.add_run(suggestion.reason_zh if lang == "zh" and suggestion.reason_zh else suggestion.reason)
                if suggestion.model:
                    item.add_run(_t("model", lang)).italic = True
                elif suggestion.provenance == "reproduction":
                    item.add_run(_t("reproduction", lang)).italic = True
                elif suggestion.provenance == "transcription" or not suggestion.provenance and not suggestion.verified:
                    marker = item.add_run(_t("unverified", lang))
                    marker.bold = True
                    marker.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        if finding.rationale:
            para = document.add_paragraph()
            para.add_run(_t("why", lang)).italic = True
            para.add_run(finding.rationale).italic = True
            para.add_run("  " + _t("grounds", lang) + finding.grounds(lang)).italic = True
            for run in para.runs:
                run.font.size = Pt(9)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = _t("footer", lang).format(_authors(criteria, lang))
    for run in footer.runs:
        run.font.size = Pt(8)
    return document


def check_report_bytes(report, lang: str = "en", criteria=None) -> bytes:
    buffer = io.BytesIO()
    build_document(report, lang, criteria).save(buffer)
    return buffer.getvalue()


def write_check_report(report, path: Path | str, lang: str = "en", criteria=None) -> int:
    """Write the report as .docx to ``path`` (atomically); returns the number of bytes written."""
    path = Path(path)
    data = check_report_bytes(report, lang, criteria)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(msg("{folder}: no such folder", folder=folder))
    atomic_write(path, data)
    return len(data)

"""The check speaks the drafter's vocabulary (issue 17): it cites "Shen & Wu 2025, section 3(2)" /
"沈伟、吴柄萱（2025），第三部分（二）", never "the seed" or "000: section 3(2)"; its Chinese text
report is aligned by display width; suggestions are named in Chinese in a Chinese report; no table
word is broken inside the word."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from docx import Document

from workbench.checker.criteria import CriteriaError, default_criteria, load_criteria
from workbench.cli.layout import pad, width, wrap

SEED_WORDS = re.compile(r"\bseeds?\b|种子|\b00[02]\b|criteria\.toml", re.I)


def cli(workspace_path, *args) -> str:
    result = subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(workspace_path), *map(str, args)],
                            capture_output=True, text=True, timeout=180, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def reports(library_workspace_file, tmp_path_factory):
    """The CoE Convention checked by the real command line, in English, Chinese and JSON."""
    path = tmp_path_factory.mktemp("vocabulary") / "ws.treaty"
    shutil.copyfile(library_workspace_file, path)
    return {"en": cli(path, "check", "--source", "coe-ai-convention"),
            "zh": cli(path, "check", "--source", "coe-ai-convention", "--language", "zh"),
            "json": json.loads(cli(path, "check", "--source", "coe-ai-convention", "--json"))}


def test_the_report_cites_the_authors_and_sections_never_the_seed(reports):
    en, zh = reports["en"], reports["zh"]
    assert not SEED_WORDS.search(en), SEED_WORDS.search(en)
    assert not SEED_WORDS.search(zh), SEED_WORDS.search(zh)
    assert "Source: Shen & Wu 2025, section 3(2), first paragraph; conclusion, point 1" in en
    assert "Source: Hao Jiajie, section 1.3" in en                                  # U4
    assert "Source: Shen & Wu 2025, section 3(1), first point; Hao Jiajie, section 1.3" in en   # U3
    assert "文献依据：沈伟、吴柄萱（2025），第三部分（二）第一段；结语第1点" in zh
    assert "文献依据：郝家杰，第1.3节" in zh
    # B4 on the CoE Convention: negotiation only, as the authors read it
    assert "Shen & Wu 2025 (section 3(2)) count negotiation alone as no dispute-settlement" in en
    assert "沈伟、吴柄萱（2025）第三部分（二）认为仅靠谈判即等于未约定争端解决机制" in zh.replace("\n", "").replace(" ", "")


def test_json_gives_the_grounds_in_both_languages(reports):
    b4 = next(c for c in reports["json"]["criteria"] if c["id"] == "B4")
    assert b4["grounds"] == "Shen & Wu 2025, section 3(2), first paragraph; conclusion, point 1"
    assert b4["grounds_zh"] == "沈伟、吴柄萱（2025），第三部分（二）第一段；结语第1点"
    assert b4["seed"] == b4["grounds"]                      # the former key, for old scripts
    for criterion in reports["json"]["criteria"]:
        assert not SEED_WORDS.search(criterion["rationale"] + criterion["summary"] + criterion["summary_zh"]), \
            criterion["id"]


def test_every_criterion_is_cited_in_both_languages_from_the_data():
    criteria = default_criteria()
    assert set(criteria.sources) == {"000", "002"}
    for crit in criteria:
        assert crit.section_zh, f"{crit.id}: section_zh"
        en, zh = criteria.grounds(crit, "en"), criteria.grounds(crit, "zh")
        assert en.startswith(("Shen & Wu 2025, ", "Hao Jiajie, ")), en
        assert zh.startswith(("沈伟、吴柄萱（2025），", "郝家杰，")), zh
        assert not re.search(r"[a-z]{4,}", zh.replace("Handbook", "")), zh      # Chinese throughout


def test_a_criterion_citing_an_article_the_sources_do_not_name_is_refused(tmp_path):
    text = default_criteria().path.read_text(encoding="utf-8")
    bad = tmp_path / "criteria.toml"
    bad.write_text(text.replace('seed = "002"\nsection = "section 1.3"', 'seed = "003"\nsection = "section 1.3"', 1),
                   encoding="utf-8")
    with pytest.raises(CriteriaError, match=r"criteria\.toml:\d+: criterion U4 cites article 003"):
        load_criteria(bad)


def test_chinese_report_columns_align_by_display_width(reports):
    lines = reports["zh"].splitlines()
    groups = [line for line in lines if re.match(r"^  [BRDUSF]  ", line)]
    assert len(groups) == 6
    score_columns = {width(line[:re.search(r"\d+\.\d|–", line[5:]).start() + 5]) for line in groups}
    assert len(score_columns) == 1, groups                  # every score in one column
    findings = [line for line in lines if re.match(r"^[BRDUSF]\d ", line)]
    assert len(findings) == 35
    title_columns = {width(re.match(r"^\S+\s+\S+\s+", line).group(0)) for line in findings}
    assert title_columns == {13}, findings[:5]              # verdicts padded by width: titles in one column
    english = [line for line in reports["en"].splitlines() if re.match(r"^[BRDUSF]\d ", line)]
    assert {width(re.match(r"^\S+\s+\S+\s+", line).group(0)) for line in english} == {13}


def test_no_line_overflows_or_starts_with_closing_punctuation(reports):
    for lang in ("en", "zh"):
        for line in reports[lang].splitlines():
            assert width(line) <= 100 or " " not in line.strip(), line
            assert not line.strip()[:1] in set("，。、；：）》］”"), line


def test_chinese_report_names_suggested_clauses_in_chinese(reports):
    zh = reports["zh"]
    assert "workbench-model/art-dispute-settlement（条约工作台示范条款第" in zh
    assert "Workbench model clauses" not in zh and "Article M" not in zh
    b4 = next(c for c in reports["json"]["criteria"] if c["id"] == "B4")
    first = b4["suggestions"][0]
    assert first["heading"].startswith("Workbench model clauses, Article M")
    assert first["heading_zh"].startswith("条约工作台示范条款第M") and "争端解决" in first["heading_zh"]


def test_wrapping_never_breaks_an_english_word_and_keeps_a_verdict_whole():
    text = ("Grade 1 of 3, negotiation or consultation only (Arts. 23, 29: “dispute”, “friendly settlement”). "
            "No binding third-party settlement (arbitration, panel or ICJ).")
    wrapped = wrap(text, 40, 4)
    assert wrapped.split() == text.split()                  # the same words, none cut
    assert all(width(line) <= 40 for line in wrapped.splitlines())
    zh = wrap("1. x（条约工作台示范条款第M28条 – 争端解决） → 部分满足：增加有约束力的仲裁", 36, 0, keep=("部分满足",))
    assert "部分满足" in zh.replace(" ", "") and all("部分满足" in line or "部分" not in line for line in zh.splitlines())
    assert pad("部分满足", 9) == "部分满足 " and pad("MET", 9) == "MET      "


def test_word_report_cites_the_authors_not_the_criteria_file(coe_report, tmp_path):
    from workbench.export.check_report import GROUP_WIDTHS, write_check_report
    for lang, source, footer in (("en", "Source: Shen & Wu 2025, section 3(2)", "Shen & Wu 2025 and Hao Jiajie"),
                                 ("zh", "文献依据：沈伟、吴柄萱（2025），第三部分（二）", "沈伟、吴柄萱（2025）和郝家杰")):
        path = tmp_path / f"report-{lang}.docx"
        write_check_report(coe_report, path, lang=lang)
        document = Document(str(path))
        body = "\n".join(p.text for p in document.paragraphs)
        foot = document.sections[0].footer.paragraphs[0].text
        assert source in body and footer in foot
        assert not SEED_WORDS.search(body + foot), SEED_WORDS.search(body + foot)
        grid = document.tables[0]._tbl.tblGrid
        assert [round(col.w.inches, 2) for col in grid.iter("{*}gridCol")] == GROUP_WIDTHS or \
            [round(c.width.inches, 2) for c in document.tables[0].columns] == GROUP_WIDTHS


@pytest.mark.office
def test_no_word_of_the_report_tables_is_broken_in_libreoffice(coe_report, tmp_path):
    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice / poppler not installed")
    from workbench.export.check_report import write_check_report
    from workbench.export.office import convert_to_pdf
    path = tmp_path / "check-en.docx"
    write_check_report(coe_report, path, lang="en")
    pdf = convert_to_pdf([path], tmp_path)[0]
    words = set(subprocess.run(["pdftotext", "-f", "1", "-l", "2", str(pdf), "-"], stdout=subprocess.PIPE,
                               check=True).stdout.decode().split())
    for group in coe_report.groups:
        for word in group.title_en.replace(",", "").split():
            assert word in words or word + "," in words, word
    assert {"applicable", "Partial", "Missing", "Development"} <= words


def test_the_checks_count_in_correct_english():
    from workbench.checker import Checker
    from workbench.checker.examples import draft_of
    one = Checker().check(draft_of("Each Party shall endeavour to cooperate."), suggestions=False)
    assert one.finding("B1").summary.startswith("Hortatory obligations only: the one obligation paragraph is not "
                                                "mandatory")
    mixed = Checker().check(draft_of("Each Party shall adopt measures.", "Each Party shall protect data.",
                                     "Each Party shall endeavour to cooperate."), suggestions=False)
    assert "1 article without any mandatory obligation (Art. 3)" in mixed.finding("B1").summary
    for report in (one, mixed):
        for finding in report.findings:
            assert "(s)" not in finding.summary and "(es)" not in finding.summary, finding.id


def test_word_report_in_chinese_names_suggested_clauses_in_chinese(coe_report, tmp_path):
    from workbench.export.check_report import write_check_report
    path = tmp_path / "report-zh.docx"
    write_check_report(coe_report, path, lang="zh")
    body = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "条约工作台示范条款第M" in body and "Workbench model clauses" not in body

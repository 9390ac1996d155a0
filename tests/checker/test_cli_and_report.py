"""The ``check`` command (readable report, --json, --docx) and the Word report for colleagues."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from docx import Document

from workbench.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_check_source_readable(capsys, workspace_path):
    code, out, err = run(capsys, "--workspace", workspace_path, "check", "--source", "coe-ai-convention")
    assert code == 0, err
    assert out.startswith("Ideal-treaty check: CoE AI Convention")
    assert "Overall score:" in out
    assert "B4  MISSING" in out and "U1  MISSING" in out and "F1  PARTIAL" in out
    assert "Article 31" in out and "Suggestions:" in out


def test_check_source_json_shape(capsys, workspace_path):
    code, out, err = run(capsys, "--workspace", workspace_path, "check", "--source", "coe-ai-convention", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert {"score", "groups", "criteria"} <= set(data)
    assert [c["id"] for c in data["criteria"]][:2] == ["B1", "B2"] and len(data["criteria"]) == 35
    b4 = next(c for c in data["criteria"] if c["id"] == "B4")
    assert {"id", "verdict", "evidence", "suggestions"} <= set(b4)
    assert b4["verdict"] == "missing" and b4["evidence"][0]["article_id"]
    assert b4["suggestions"][0]["clause_id"] == "workbench-model/art-dispute-settlement"
    assert b4["suggestions"][0]["model_clause"] is True
    assert all(g["score"] is not None for g in data["groups"])


def test_check_a_stored_draft_in_chinese_and_only_some_criteria(capsys, workspace_path):
    code, out, err = run(capsys, "--workspace", workspace_path, "draft", "new", "Mine", "--clauses", "depa/art-8.2")
    assert code == 0, err
    draft_id = out.strip()
    code, out, err = run(capsys, "--workspace", workspace_path, "check", draft_id, "--only", "b1,U1", "--language", "zh")
    assert code == 0, err
    assert "理想条约检查" in out and "仅有倡导性义务" in out
    assert "B4" not in out


def test_check_impact_of_removal(capsys, workspace_path):
    code, out, err = run(capsys, "--workspace", workspace_path, "draft", "new", "CoE", "--from-source", "coe-ai-convention")
    draft_id = out.strip()
    code, out, err = run(capsys, "--workspace", workspace_path, "check", draft_id, "--remove", "23", "--json")
    assert code == 0, err
    impact = json.loads(out)
    assert {24, 28, 29} <= {b["number"] for b in impact["breakages"]}


@pytest.mark.parametrize("args, message", [
    (["check"], "name a draft"),
    (["check", "--source", "nope"], "unknown source"),
    (["check", "--source", "depa", "--only", "Z9"], "unknown criterion"),
    (["check", "nosuchdraft"], "no draft"),
])
def test_check_errors_are_messages(capsys, workspace_path, args, message):
    code, out, err = run(capsys, "--workspace", workspace_path, *args)
    assert code == 1 and message in err and "Traceback" not in err


def test_docx_report_written_and_readable(capsys, workspace_path, tmp_path):
    target = tmp_path / "report.docx"
    code, out, err = run(capsys, "--workspace", workspace_path, "check", "--source", "coe-ai-convention",
                         "--docx", target)
    assert code == 0, err
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert any(h.startswith("B4 Dispute settlement — Missing") for h in headings)
    assert any(h.startswith("U7 ") for h in headings)
    rfonts = document.styles["Normal"].element.rPr.rFonts
    assert rfonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "Noto Serif CJK SC"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "model clause drafted by the workbench" in text


def test_docx_report_to_a_missing_folder_is_a_message(capsys, workspace_path, tmp_path):
    code, out, err = run(capsys, "--workspace", workspace_path, "check", "--source", "depa",
                         "--docx", tmp_path / "no" / "such" / "r.docx")
    assert code == 1 and "no such folder" in err


@pytest.mark.office
def test_chinese_docx_report_renders_in_libreoffice(checker, coe_draft, tmp_path):
    if not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdffonts")):
        pytest.skip("LibreOffice / poppler not installed")
    from workbench.export.check_report import write_check_report
    from workbench.export.office import convert_to_pdf
    report = checker.check(coe_draft)
    path = tmp_path / "check-zh.docx"
    write_check_report(report, path, lang="zh")
    pdf = convert_to_pdf([path], tmp_path)[0]
    text = subprocess.run(["pdftotext", str(pdf), "-"], stdout=subprocess.PIPE, check=True).stdout.decode()
    assert "理想条约检查" in text and "争端解决" in text and "缺失" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], stdout=subprocess.PIPE, check=True).stdout.decode()
    assert "CJK" in fonts

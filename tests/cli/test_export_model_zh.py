"""A Chinese export of the model treaty reads as a Chinese document: its chapter headings and its
status line (header, title page) are Chinese."""
from __future__ import annotations

import docx

from workbench.cli import main


def test_chinese_export_of_the_model_treaty_has_chinese_chapters_and_status(capsys, workspace_path, tmp_path):
    ws = ["--workspace", str(workspace_path)]
    assert main([*ws, "draft", "new", "Model", "--from-source", "workbench-model"]) == 0
    out = tmp_path / "model-zh.docx"
    assert main([*ws, "export", "Model", "-o", str(out), "--language", "zh", "--quick"]) == 0
    capsys.readouterr()
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert any("总则" in t for t in texts) and not any("General provisions" in t for t in texts)
    header = " ".join(p.text for s in document.sections for p in s.header.paragraphs)
    assert "草案" in header and "Draft" not in header

"""``export`` and ``import`` on the command line, in-process on a real workspace."""
from __future__ import annotations

import json
import zipfile

from workbench.cli import main
from workbench.export.akn_schema import validation_errors
from workbench.storage import Workspace


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def new_draft(capsys, ws, source="coe-ai-convention", title="CLI treaty") -> str:
    code, out, err = run(capsys, "--workspace", ws, "draft", "new", title, "--from-source", source)
    assert code == 0, err
    return out.strip()


def test_export_docx_and_akn_then_import_both(capsys, workspace_path, tmp_path):
    draft_id = new_draft(capsys, workspace_path)
    docx_path, xml_path = tmp_path / "t.docx", tmp_path / "t.xml"
    code, out, err = run(capsys, "--workspace", workspace_path, "export", draft_id, "--format", "docx",
                         "-o", docx_path, "--language", "both", "--status", "Draft — Rev.2",
                         "--confidentiality", "Restricted", "--footnotes", "--line-numbers", "--json")
    assert code == 0, err
    assert json.loads(out)["format"] == "docx" and zipfile.is_zipfile(docx_path)
    code, out, err = run(capsys, "--workspace", workspace_path, "export", draft_id, "-o", xml_path)
    assert code == 0, err and "akn" in out
    assert validation_errors(xml_path.read_bytes()) == []

    for path in (xml_path, docx_path):
        code, out, err = run(capsys, "--workspace", workspace_path, "import", path, "--title", f"from {path.suffix}",
                             "--json")
        assert code == 0, err
        summary = json.loads(out)
        with Workspace.open(workspace_path) as ws:
            original = ws.load_draft(draft_id)
            imported = ws.load_draft(summary["id"])
        assert imported.title == f"from {path.suffix}"
        assert len(imported.articles()) == len(original.articles()) == summary["articles"]
        assert [a.title for a in imported.articles()] == [a.title for a in original.articles()]


def test_export_a_saved_version_uses_its_label_as_status(capsys, workspace_path, tmp_path):
    draft_id = new_draft(capsys, workspace_path)
    code, out, err = run(capsys, "--workspace", workspace_path, "version", "save", draft_id,
                         "--label", "Chair's text Rev.1")
    assert code == 0, err
    version_id = out.strip()
    run(capsys, "--workspace", workspace_path, "draft", "remove", draft_id, "1")
    path = tmp_path / "v.docx"
    code, out, err = run(capsys, "--workspace", workspace_path, "export", draft_id, "-o", path,
                         "--version", version_id[:8])
    assert code == 0, err
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode()
        header = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("word/header"))
    assert "Chair&apos;s text Rev.1" in header or "Chair's text Rev.1" in header
    with Workspace.open(workspace_path) as ws:
        first_saved = ws.version(version_id).draft().articles()[0].title
    assert first_saved in xml


def test_errors_are_clear_and_leave_no_file(capsys, workspace_path, tmp_path):
    draft_id = new_draft(capsys, workspace_path)
    code, _, err = run(capsys, "--workspace", workspace_path, "export", draft_id, "-o", tmp_path / "no" / "x.docx")
    assert code == 1 and "no such folder" in err
    code, _, err = run(capsys, "--workspace", workspace_path, "export", draft_id, "-o", tmp_path / "x.docx",
                       "--date", "yesterday")
    assert code == 1 and "not a date" in err and not (tmp_path / "x.docx").exists()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    code, _, err = run(capsys, "--workspace", workspace_path, "import", bad)
    assert code == 1 and "bad.docx" in err and "Traceback" not in err


def test_import_json_reports_structure_and_each_thing_not_placed_with_its_place(capsys, workspace_path, tmp_path):
    from workbench.core.model import Draft

    from .test_import_typed import wto_style
    from .typed import Typed

    clean = tmp_path / "wto.docx"
    wto_style(clean)
    code, out, err = run(capsys, "--workspace", workspace_path, "import", clean, "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["articles"] == 5 and summary["annexes"] == ["ANNEX – MODEL PROCEDURES"] and summary["closing"]
    assert summary["divisions"][0] == "SECTION A – SCOPE AND GENERAL PRINCIPLES"
    assert summary["unmapped"] == [] and summary["report"] == []
    # stored and read back from the workspace: the same draft, its new kinds and label templates included
    with Workspace.open(workspace_path) as ws:
        stored = ws.load_draft(summary["id"])
        ws.save_version(stored, "as received")
        snapshot = Draft.from_dict(ws.versions(stored.id)[-1].snapshot)
    from .test_import_roundtrip import exact
    from workbench.export.importing import import_file
    assert exact(stored) == exact(import_file(clean).draft) == exact(snapshot)
    t = Typed()
    t.line("A/RES/1", right=True)
    t.heading("RESOLUTION")
    t.line("The Assembly,")
    t.heading("Article 1", center=False)
    t.line("Text.")
    t.heading("General remarks", center=False)
    t.line("More text.")
    odd = tmp_path / "odd.docx"
    t.save(odd)
    code, out, err = run(capsys, "--workspace", workspace_path, "import", odd, "--json")
    report = json.loads(out)["report"]
    assert [(r["kind"], r["where"], r["text"]) for r in report] == [
        ("aside", "paragraph 1", "A/RES/1"), ("as-text", "paragraph 6", "General remarks")]
    code, out, err = run(capsys, "--workspace", workspace_path, "import", odd)
    assert "2 item(s) were not placed exactly where they stood:" in out
    assert "paragraph 6: a line that looks like a heading was kept as text — “General remarks”" in out
    assert "Everything in the file was mapped." not in out

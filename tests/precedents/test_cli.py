"""``treaty-workbench precedents …``: import, search and similar as scripts use them (JSON)."""
from __future__ import annotations

import json
import shutil

from workbench.cli import main
from workbench.files import precedents_path


def _run(capsys, *argv) -> tuple[int, object, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        data = json.loads(out) if out.strip() else None
    except ValueError:
        data = out
    return code, data, err


def test_import_search_similar(capsys, synthetic_folder, workspace_path):
    before = workspace_path.read_bytes()
    code, summary, err = _run(capsys, "precedents", "import", str(synthetic_folder), "--workspace",
                              str(workspace_path), "--json", "--progress", "lines")
    assert code == 0 and summary["agreements"] == 2 and summary["articles"] == 4
    assert '"progress"' in err
    assert precedents_path(workspace_path).exists()
    assert workspace_path.read_bytes() == before                     # importing never opens the workspace
    code, hits, _ = _run(capsys, "precedents", "search", "personal", "--party", "CHN", "--from", "2004",
                         "--workspace", str(workspace_path), "--json")
    assert code == 0 and [h["agreement"] for h in hits] == ["Beta - Gamma"] and hits[0]["snippet"]
    code, results, _ = _run(capsys, "precedents", "similar", "--text",
                            "Each Party shall maintain a legal framework that provides for the protection of the "
                            "personal information of the users of electronic commerce.", "--limit", "5",
                            "--workspace", str(workspace_path), "--json")
    assert code == 0 and isinstance(results, list)
    assert {"agreement", "article", "year", "similarity", "diff"} <= set(results[0])
    assert results[0]["agreement"] == "Beta - Gamma" and results[0]["similarity"] == 1.0
    assert results[0]["lineage"]["agreements"] == 2 and results[0]["lineage"]["since"] == 2003
    code, text, _ = _run(capsys, "precedents", "similar", "9001001", "--workspace", str(workspace_path))
    assert code == 0 and "in one agreement since 2010: Beta - Gamma" in text and "CC BY-NC 4.0" in text
    code, text, _ = _run(capsys, "precedents", "info", "--workspace", str(workspace_path))
    assert code == 0 and "2 agreements" in text and "Alschner" in text


def test_similar_of_a_library_clause_and_a_draft_article(capsys, sample_store_file, workspace_path):
    shutil.copyfile(sample_store_file, precedents_path(workspace_path))
    code, results, _ = _run(capsys, "precedents", "similar", "cptpp-ch14/art-14.13", "--workspace",
                            str(workspace_path), "--json", "--no-diff")
    assert code == 0 and results[0]["agreement_id"] == "pta_449" and "14.13" in results[0]["article"]
    code, draft_id, _ = _run(capsys, "draft", "new", "Digital", "--clauses", "cptpp-ch14/art-14.11",
                             "--workspace", str(workspace_path))
    code, results, _ = _run(capsys, "precedents", "similar", "1", "--draft", "Digital", "--workspace",
                            str(workspace_path), "--json")
    assert code == 0 and results[0]["agreement_id"] == "pta_449" and "14.11" in results[0]["article"]


def test_bad_input_gives_a_message_not_a_traceback(capsys, tmp_path, workspace_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = _run(capsys, "precedents", "import", str(empty), "--workspace", str(workspace_path))
    assert code == 1 and "no ToTA agreement files" in err and "Traceback" not in err
    code, _, err = _run(capsys, "precedents", "search", "x", "--workspace", str(workspace_path))
    assert code == 1 and "no precedents have been imported" in err
    precedents_path(workspace_path).write_bytes(b"garbage" * 100)
    code, _, err = _run(capsys, "precedents", "info", "--workspace", str(workspace_path))
    assert code == 1 and "Traceback" not in err and str(precedents_path(workspace_path)) in err
    code, _, err = _run(capsys, "precedents", "similar", "--workspace", str(workspace_path))
    assert code == 1

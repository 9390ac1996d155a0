"""The command line, run in-process on a real workspace (and once as a real subprocess)."""
import json
import subprocess
import sys

import pytest

from workbench.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, ws, *args):
    code, out, err = run(capsys, "--workspace", ws, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_sources_and_library_json(capsys, workspace_path):
    sources = run_json(capsys, workspace_path, "sources")
    assert {"coe-ai-convention", "depa", "sadea", "rcep", "cn-ai-governance-initiative", "unga-78-311",
            "cn-capacity-building-plan", "shanghai-declaration", "oecd-ai-principles", "unesco-ai-ethics",
            "cptpp-ch14", "uk-sg-dea"} <= {s["id"] for s in sources}
    clause = run_json(capsys, workspace_path, "library", "show", "sadea/art-31")
    for key in ("id", "source", "number", "title", "text", "text_zh", "verification", "url"):
        assert key in clause
    assert clause["verification"] == "transcription"
    gaigi = run_json(capsys, workspace_path, "library", "show", "cn-ai-governance-initiative/item-11")
    assert "发展中国家" in gaigi["text_zh"]
    listed = run_json(capsys, workspace_path, "library", "list", "--source", "rcep")
    assert [c["id"] for c in listed][:2] == ["rcep/art-12.1", "rcep/art-12.2"]


@pytest.mark.parametrize("query", ["争端", "dispute settlement"])
def test_library_search(capsys, workspace_path, query):
    hits = run_json(capsys, workspace_path, "library", "search", query)
    found = {h["clause_id"] for h in hits}
    assert {"rcep/art-12.17", "coe-ai-convention/art-29"} <= found


def test_move_article_34_to_the_front_updates_article_23(capsys, workspace_path):
    code, out, err = run(capsys, "--workspace", workspace_path, "draft", "new", "CoE model",
                         "--from-source", "coe-ai-convention")
    assert code == 0, err
    draft_id = out.strip()
    before = run_json(capsys, workspace_path, "draft", "show", draft_id)
    assert len(before["articles"]) == 36
    assert "Article 34, paragraph 1" in before["articles"][22]["text"]
    after = run_json(capsys, workspace_path, "draft", "move", draft_id, "34", "1")
    articles = after["articles"]
    assert articles[0]["title"] == "Reservations" and articles[0]["number"] == 1
    conference = next(a for a in articles if a["title"] == "Conference of the Parties")
    assert conference["number"] == 24
    assert "reservation made in pursuance of Article 1, paragraph 1" in conference["text"]
    assert conference["derived_from"] == "coe-ai-convention/art-23"
    assert conference["chapter"]
    shown = run_json(capsys, workspace_path, "draft", "show", draft_id)
    assert shown["articles"] == articles


def test_add_remove_and_flagged_references(capsys, workspace_path):
    draft_id = run_json(capsys, workspace_path, "draft", "new", "Small",
                        "--clauses", "coe-ai-convention/art-29", "rcep/art-12.17")["id"]
    shown = run_json(capsys, workspace_path, "draft", "show", draft_id)
    art29 = shown["articles"][0]
    assert "coe-ai-convention/art-23" in art29["unresolved_references"]
    assert "not in this draft" in art29["text"]
    run_json(capsys, workspace_path, "draft", "add", draft_id, "coe-ai-convention/art-23", "--position", "1")
    shown = run_json(capsys, workspace_path, "draft", "show", draft_id)
    assert shown["articles"][1]["unresolved_references"] == []
    assert "Article 1, paragraph 2" in shown["articles"][1]["text"]
    after = run_json(capsys, workspace_path, "draft", "remove", draft_id, "1")
    assert len(after["articles"]) == 2


def test_versions(capsys, workspace_path):
    draft_id = run_json(capsys, workspace_path, "draft", "new", "V", "--clauses", "coe-ai-convention/art-1")["id"]
    saved = run_json(capsys, workspace_path, "version", "save", draft_id, "--label", "Base", "--author", "Chair")
    listed = run_json(capsys, workspace_path, "version", "list", draft_id)
    assert [v["id"] for v in listed] == [saved["id"]] and listed[0]["author"] == "Chair"


@pytest.mark.parametrize("args, message", [
    (["library", "show", "nope/art-1"], "no clause"),
    (["draft", "show", "missing"], "no draft"),
    (["draft", "new", "x", "--from-source", "nope"], "unknown source"),
    (["library", "list", "--topic", "nope"], "unknown topic"),
])
def test_errors_are_clear_and_exit_non_zero(capsys, workspace_path, args, message):
    code, out, err = run(capsys, "--workspace", workspace_path, *args)
    assert code == 1 and message in err and "Traceback" not in err


def test_impossible_move_is_refused(capsys, workspace_path):
    draft_id = run_json(capsys, workspace_path, "draft", "new", "x", "--clauses", "coe-ai-convention/art-1")["id"]
    code, _, err = run(capsys, "--workspace", workspace_path, "draft", "move", draft_id, "1", "5")
    assert code == 1 and "outside" in err


def test_corrupt_workspace_message(capsys, tmp_path):
    bad = tmp_path / "bad.treaty"
    bad.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "--workspace", bad, "draft", "list")
    assert code == 1 and "not a Treaty Workbench workspace" in err


def test_installed_entry_point_runs_as_a_subprocess(workspace_path):
    result = subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(workspace_path),
                             "library", "search", "数据", "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)


def test_move_and_remove_name_the_article_by_its_number_and_title(capsys, workspace_path):
    code, out, err = run(capsys, "--workspace", workspace_path, "draft", "new", "CoE model",
                         "--from-source", "coe-ai-convention")
    draft_id = out.strip()
    code, out, err = run(capsys, "--workspace", workspace_path, "draft", "move", draft_id, "34", "1")
    assert code == 0 and "moved Article 34 “Reservations” to Article 1" in out, (out, err)
    code, out, err = run(capsys, "--workspace", workspace_path, "draft", "remove", draft_id, "1")
    assert code == 0 and "removed Article 1 “Reservations”" in out, (out, err)

"""Polish of the command line (issue 17): the real program in a subprocess on a real workspace."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def cli(workspace_path, *args, lang_env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(lang_env or {})}
    return subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(workspace_path), *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def ok(workspace_path, *args) -> str:
    result = cli(workspace_path, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("json_flag", [["--json"], []])
def test_piping_into_head_stops_quietly(workspace_path, json_flag):
    """`… | head -1`: the reader closes the pipe early; no "[Errno 32] Broken pipe", status 0."""
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "--workspace", str(workspace_path),
                             "library", "list", *json_flag], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()                          # what `head -1` does once it has its line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0
    assert first and "Broken pipe" not in err and "error" not in err, err


def test_library_search_json_names_the_clause_id_like_library_list(workspace_path):
    hits = json.loads(ok(workspace_path, "library", "search", "dispute settlement", "--json"))
    listed = json.loads(ok(workspace_path, "library", "list", "--source", "rcep", "--json"))
    assert hits and all("id" in h for h in hits) and "id" in listed[0]
    assert all(h["id"] == h["clause_id"] for h in hits)        # the former key stays, for old scripts
    assert "rcep/art-12.17" in {h["id"] for h in hits}


def test_a_gui_launcher_is_declared_beside_the_console_one():
    """`treaty-workbench-gui` (a gui-script: no console window on Windows) opens the window."""
    import tomllib
    from importlib.metadata import entry_points
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
    assert project["scripts"]["treaty-workbench"] == "workbench.cli:main"
    assert project["gui-scripts"]["treaty-workbench-gui"] == "workbench.app:main"
    installed = {e.name: e for e in entry_points(group="gui_scripts")}
    if "treaty-workbench-gui" in installed:              # (an editable install made before this has none)
        assert installed["treaty-workbench-gui"].value == "workbench.app:main"
    launcher = subprocess.run([sys.executable, "-c", "import sys; from workbench.app import main; "
                               "sys.exit(main(['--help']))"], capture_output=True, text=True, timeout=60)
    assert launcher.returncode == 0 and "treaty-workbench-gui" in launcher.stdout and "--workspace" in launcher.stdout
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "treaty-workbench-gui" in readme


def test_counts_are_said_in_correct_english_and_chinese_has_no_plural(workspace_path):
    draft_id = json.loads(ok(workspace_path, "draft", "new", "One", "--clauses", "coe-ai-convention/art-29",
                             "--json"))["id"]
    listed = ok(workspace_path, "draft", "list")
    assert "   1 article   " in listed and "1 articles" not in listed
    check = ok(workspace_path, "check", draft_id, "--no-suggestions")
    assert check.startswith("Ideal-treaty check: One (1 article)")
    assert "(s)" not in check
    assert ok(workspace_path, "check", draft_id, "--no-suggestions", "--language", "zh").startswith(
        "理想条约检查：One（1条）")
    added = ok(workspace_path, "draft", "add", draft_id, "coe-ai-convention/art-23")
    assert "added 1 clause to “One”" in added and "clause(s)" not in added
    added = ok(workspace_path, "draft", "add", draft_id, "rcep/art-12.17", "depa/art-8.4")
    assert "added 2 clauses to “One”" in added
    brackets = ok(workspace_path, "brackets", "list", draft_id)
    assert brackets.startswith("0 open brackets in “One”")


def test_an_article_number_beyond_a_one_article_draft_is_refused_in_good_english(workspace_path):
    draft_id = json.loads(ok(workspace_path, "draft", "new", "One", "--clauses", "coe-ai-convention/art-29",
                             "--json"))["id"]
    result = cli(workspace_path, "draft", "remove", draft_id, "5")
    assert result.returncode == 1
    assert "the draft has one article; there is no Article 5" in result.stderr


def test_draft_show_flags_each_article_whose_text_is_not_verified(workspace_path):
    draft_id = ok(workspace_path, "draft", "new", "Flags", "--clauses", "depa/art-8.2", "coe-ai-convention/art-29",
                  "workbench-model/art-dispute-settlement").strip()
    text = ok(workspace_path, "draft", "show", draft_id).splitlines()
    first = text.index("Article 1 – Artificial Intelligence")
    assert text[first + 1] == "[UNVERIFIED transcription of DEPA: not checked against an official text]"
    second = next(i for i, line in enumerate(text) if line.startswith("Article 2 – "))
    assert not text[second + 1].startswith("[")                       # official text: no flag
    third = next(i for i, line in enumerate(text) if line.startswith("Article 3 – "))
    assert text[third + 1] == "[model clause drafted by the workbench, not treaty text]"
    zh = ok(workspace_path, "draft", "show", draft_id, "--language", "zh")
    assert "［DEPA的未经核实的转录文本：尚未与正式文本核对］" in zh and "［工作台起草的示范条款，并非条约文本］" in zh
    shown = json.loads(ok(workspace_path, "draft", "show", draft_id, "--json"))["articles"]
    assert [(a["verification"], a["unverified"]) for a in shown] == [
        ("transcription", True), ("official", False), ("model", True)]


def test_removal_impact_in_chinese_numbers_and_verdicts_in_chinese(workspace_path):
    draft_id = ok(workspace_path, "draft", "new", "CoE", "--from-source", "coe-ai-convention").strip()
    text = ok(workspace_path, "check", draft_id, "--remove", "23", "--language", "zh")
    assert text.startswith("删除第二十三条（Conference of the Parties）的影响：")
    assert "第二十九条" in text
    text = ok(workspace_path, "check", draft_id, "--remove", "1", "--language", "zh")
    assert "partial" not in text and "missing" not in text and "→" in text

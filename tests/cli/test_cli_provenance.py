"""The command line filters and prints the provenance level: `--verification official` lists only
texts checked against an official publication; `library show` and `list` say what each text is."""
from __future__ import annotations

import json

import pytest

from workbench.cli import main


def run(capsys, workspace_path, *args) -> str:
    assert main(["--workspace", str(workspace_path), *args]) == 0
    return capsys.readouterr().out


def test_verification_official_lists_only_texts_checked_against_an_official_publication(capsys, workspace_path):
    listed = json.loads(run(capsys, workspace_path, "library", "list", "--verification", "official", "--json"))
    assert listed and all(c["verification"] == "official" for c in listed)
    sources = {c["source"] for c in listed}
    assert {"coe-ai-convention", "unga-78-311", "unga-78-265", "oecd-ai-principles", "unesco-ai-ethics",
            "g7-hiroshima-code-of-conduct"} <= sources
    assert not sources & {"workbench-model", "rcep", "uk-sg-dea", "sadea", "cptpp-ch14", "cn-capacity-building-plan"}
    assert "depa/art-8.2" not in {c["id"] for c in listed}
    legacy = json.loads(run(capsys, workspace_path, "library", "list", "--verification", "verified", "--json"))
    assert [c["id"] for c in legacy] == [c["id"] for c in listed]     # the former word means official
    models = json.loads(run(capsys, workspace_path, "library", "list", "--verification", "model", "--json"))
    assert models and all(c["model_clause"] and c["verification"] == "model" for c in models)


@pytest.mark.parametrize("clause_id, says", [
    ("coe-ai-convention/art-23", "Status: official text (checked against the official publication)"),
    ("rcep/art-12.14", "Status: reproduction of the official text from the pre-signature consolidated text"),
    ("depa/art-8.2", "Status: UNVERIFIED transcription (not checked against an official text)"),
    ("workbench-model/art-withdrawal", "Status (English): model clause drafted by the workbench (not treaty text), "
                                       "after Paris Agreement Art. 28(1)–(2)"),
    ("cn-ai-governance-initiative/item-3", "Official texts differ: The Chinese 遵守适用的国际法"),
])
def test_show_prints_the_level(capsys, workspace_path, clause_id, says):
    assert says in run(capsys, workspace_path, "library", "show", clause_id)


def test_list_marks_every_level_but_official(capsys, workspace_path):
    out = run(capsys, workspace_path, "library", "list")
    lines = {line.split()[0]: line for line in out.splitlines() if "/" in line.split(" ")[0]}
    assert lines["rcep/art-12.14"].endswith("[reproduction]")
    assert lines["depa/art-8.2"].endswith("[UNVERIFIED transcription]")
    assert lines["workbench-model/art-scope"].endswith("[model clause]")
    assert "[" not in lines["coe-ai-convention/art-23"]
    shown = json.loads(run(capsys, workspace_path, "library", "show", "workbench-model/art-withdrawal", "--json"))
    assert shown["verification"] == "model" and shown["precedent"] == "Paris Agreement Art. 28(1)–(2)"
    assert shown["model_clause"] is True

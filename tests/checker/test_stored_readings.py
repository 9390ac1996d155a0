"""The checker's reading of library clauses, kept in the workspace: made once, trusted only while
valid, dropped when a clause changes, and giving the same check as reading everything at once."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from checker_helpers import COE

from workbench.checker import Checker, LibraryIndex
from workbench.checker import library_index as li
from workbench.checker.criteria import load_criteria
from workbench.checker.stored import Summary, content_from_json, content_to_json, reading_version
from workbench.core.assemble import draft_from_source
from workbench.storage import Workspace
from workbench.storage.analysis import LibraryReader


@pytest.fixture(autouse=True)
def _fresh_indexes():
    li._CACHE.clear()
    yield
    li._CACHE.clear()


def _stored(path) -> dict[str, tuple[str, str, str]]:
    with Workspace.open(path, sync_library=False) as ws:
        return {cid: (version, summary, content) for cid, version, summary, content in
                ws.db.execute("SELECT clause_id, version, summary, content FROM analysis_cache")}


def test_every_library_clause_survives_the_round_trip(workspace):
    eager = LibraryIndex.build(workspace.clauses(), workspace.sources(), None, workspace.vocabulary.terms)
    assert len(eager.contents) > 200
    for clause_id, content in eager.contents.items():
        assert content_from_json(content_to_json(content)) == content, clause_id
        summary = eager.summaries[clause_id]
        assert Summary.from_json(summary.to_json()) == summary


def test_readings_are_kept_in_the_workspace_and_used_from_there(workspace, workspace_path):
    clause_count = len(workspace.clauses())
    Checker.for_workspace(workspace)
    stored = _stored(workspace_path)
    assert len(stored) == clause_count
    assert len({version for version, _s, _c in stored.values()}) == 1

    # what the next index knows comes from the workspace: a reading changed there shows
    target = f"{COE}/art-23"
    version, summary, content = stored[target]
    data = json.loads(summary)
    data[4] = data[4] + ["stored-reading-marker"]
    with Workspace.open(workspace_path, sync_library=False) as ws:
        ws.db.execute("UPDATE analysis_cache SET summary = ? WHERE clause_id = ?", [json.dumps(data), target])
        ws.db.conn.commit()
    li._CACHE.clear()
    index = li.index_for_workspace(workspace)
    assert index.providers["stored-reading-marker"] == [target]


def test_a_changed_clause_is_read_again(workspace, workspace_path):
    Checker.for_workspace(workspace)
    target = f"{COE}/art-16"
    clause = workspace.clause(target)
    clause.paras[0].text = "Each Party shall prohibit the placing on the market of artificial intelligence systems."
    workspace.update_clause(clause, who="tester", action="verify")
    assert target not in _stored(workspace_path)           # dropped by the workspace itself

    checker = Checker.for_workspace(workspace)             # a new library state: a new index
    assert target in _stored(workspace_path)
    content = checker.library.contents[target]
    assert content.paras[0].text.startswith("Each Party shall prohibit the placing")
    assert content.paras[0].strength == "mandatory"


def test_other_criteria_or_code_make_every_reading_be_redone(workspace, workspace_path, tmp_path):
    Checker.for_workspace(workspace)
    before = {v for v, _s, _c in _stored(workspace_path).values()}
    text = (li.RESOURCES_DIR / "criteria.toml").read_text(encoding="utf-8")
    changed = tmp_path / "criteria.toml"
    changed.write_text(text.replace('met_share = 0.6', 'met_share = 0.7'), encoding="utf-8")
    criteria = load_criteria(changed)
    assert reading_version(criteria, {}) != reading_version(load_criteria(), {})
    li.index_for_workspace(workspace, criteria)
    after = {v for v, _s, _c in _stored(workspace_path).values()}
    assert after != before and len(after) == 1


def test_the_check_is_the_same_as_reading_everything_at_once(workspace):
    draft = draft_from_source("CoE AI Convention", workspace.clauses(source=COE))
    eager = Checker(LibraryIndex.build(workspace.clauses(), workspace.sources(), None, workspace.vocabulary.terms))
    stored = Checker.for_workspace(workspace)
    # the second index reads from the workspace (the first one stored the readings)
    li._CACHE.clear()
    again = Checker.for_workspace(workspace)
    for checker in (stored, again):
        a, b = eager.check(draft), checker.check(draft)
        assert [(f.id, f.verdict, f.summary) for f in a.findings] == [(f.id, f.verdict, f.summary) for f in b.findings]
        assert ([[s.clause_id for s in f.suggestions] for f in a.findings]
                == [[s.clause_id for s in f.suggestions] for f in b.findings])
        assert a.score == b.score


def test_a_large_unread_library_is_read_in_another_process(workspace, workspace_path, monkeypatch):
    monkeypatch.setattr(li, "PROCESS_AT_LEAST", 10)
    read_here = []
    real = li.read_clauses
    monkeypatch.setattr(li, "read_clauses", lambda *a: read_here.append(len(a[-1])) or real(*a))
    li._MADE.clear()
    index = li.index_for_workspace(workspace, out_of_process=True)
    assert read_here == []                                 # nothing was read in this process
    assert len(_stored(workspace_path)) == len(index.summaries) == len(workspace.clauses())
    assert index.by_criterion["B4"]


def test_prepare_reports_a_file_that_is_not_a_workspace(tmp_path):
    bad = tmp_path / "notes.treaty"
    bad.write_text("not a workspace", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "workbench.checker.prepare", str(bad)],
                          capture_output=True, text=True, cwd=li.Path(li.__file__).parents[2])
    assert done.returncode == 1
    assert "not a Treaty Workbench workspace" in done.stderr


def test_reader_names_the_file_when_it_cannot_read(tmp_path):
    from workbench.storage import WorkspaceError

    bad = tmp_path / "garbage.treaty"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    with pytest.raises(WorkspaceError, match="garbage.treaty"):
        LibraryReader(bad).summaries("v")

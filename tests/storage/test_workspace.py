"""The workspace file: library import, search, drafts, versions, and bad files."""
import sqlite3

import pytest

from workbench.core import operations
from workbench.core.assemble import draft_from_source
from workbench.core.edits import SetFields
from workbench.storage import ConflictError, Workspace, WorkspaceError


def ids(hits):
    return [h.clause_id for h in hits]


@pytest.mark.parametrize("query", ["争端", "dispute settlement", "disputes", "争端解决"])
def test_search_finds_dispute_settlement_articles(workspace, query):
    found = ids(workspace.search(query))
    assert "rcep/art-12.17" in found, query
    assert "coe-ai-convention/art-29" in found, query


@pytest.mark.parametrize("query", ["数据", "个人信息", "能力建设", "人工智能"])
def test_two_character_and_longer_chinese_queries_find_results(workspace, query):
    assert workspace.search(query), query


def test_quoted_phrases_match_in_order(workspace):
    assert "coe-ai-convention/art-29" in ids(workspace.search('"other peaceful means"'))
    assert "coe-ai-convention/art-29" not in ids(workspace.search('"means peaceful other"'))


def test_single_chinese_character_falls_back_to_substring(workspace):
    assert workspace.search("智")


def test_english_stems_match(workspace):
    assert "coe-ai-convention/art-16" in ids(workspace.search("mitigating risks"))
    assert "coe-ai-convention/art-28" in ids(workspace.search("amendment"))


def test_filters(workspace):
    only_rcep = workspace.search("information", source="rcep")
    assert only_rcep and all(h.source == "rcep" for h in only_rcep)
    unverified = {c.id for c in workspace.clauses(verification="unverified")}
    assert {"depa/art-8.2", "depa/art-8.4", "sadea/art-31"} <= unverified
    by_topic = workspace.clauses(topic="dispute-settlement")
    assert "rcep/art-12.17" in {c.id for c in by_topic}


def test_nonsense_queries_do_not_raise(workspace):
    for query in ['"', "AND", "(", "*", "NEAR(", "a:b", "}{", "   "]:
        workspace.search(query)


def test_edits_are_committed_and_survive_reopening(workspace_path):
    ws = Workspace.open(workspace_path)
    draft = ws.create_draft(draft_from_source("CoE", ws.clauses(source="coe-ai-convention")))
    ws.apply(draft, operations.move_article(draft, operations.find_article(draft, "34"), 1))
    ws.apply(draft, SetFields(draft.articles()[1].id, {"title": "对象和宗旨"}))
    expected = draft.to_dict()
    ws.close()
    with Workspace.open(workspace_path) as again:
        assert again.load_draft(draft.id).to_dict() == expected


def test_undo_through_the_workspace_restores_the_stored_draft(workspace):
    draft = workspace.create_draft(draft_from_source("CoE", workspace.clauses(source="coe-ai-convention")))
    original = workspace.load_draft(draft.id).to_dict()
    edit = operations.remove_node(draft, operations.find_article(draft, "23"))
    workspace.apply(draft, edit)
    assert len(workspace.load_draft(draft.id).articles()) == 35
    workspace.revert(draft, edit)
    assert workspace.load_draft(draft.id).to_dict() == original


def test_a_second_writer_gets_a_clear_conflict(workspace_path):
    a = Workspace.open(workspace_path)
    b = Workspace.open(workspace_path)
    draft_a = a.create_draft(draft_from_source("CoE", a.clauses(source="coe-ai-convention")))
    draft_b = b.load_draft(draft_a.id)
    a.apply(draft_a, SetFields(draft_a.articles()[0].id, {"title": "A"}))
    with pytest.raises(ConflictError, match="changed by another"):
        b.apply(draft_b, SetFields(draft_b.articles()[0].id, {"title": "B"}))
    assert draft_b.articles()[0].title != "B"  # the refused edit was rolled back in memory too
    a.close(), b.close()


def test_versions_are_snapshots_with_lineage(workspace):
    draft = workspace.create_draft(draft_from_source("CoE", workspace.clauses(source="coe-ai-convention")))
    base = workspace.save_version(draft, "Base text", author="Secretariat")
    workspace.apply(draft, SetFields(draft.articles()[0].id, {"title": "Changed"}))
    rev = workspace.save_version(draft, "Rev.1", party="China")
    assert rev.parent_id == base.id
    assert workspace.version(base.id).draft().articles()[0].title == "Object and purpose"
    assert workspace.version(rev.id).draft().articles()[0].title == "Changed"
    with pytest.raises(WorkspaceError, match="label"):
        workspace.save_version(draft, "  ")


def test_clause_update_is_recorded_and_survives_library_sync(workspace):
    clause = workspace.clause("depa/art-8.2")
    clause.verification = "official"
    workspace.update_clause(clause, who="Drafter A", action="verify")
    history = workspace.clause_history("depa/art-8.2")
    assert history[-1]["who"] == "Drafter A" and history[-1]["old"]["verification"] == "transcription"
    workspace.set_meta("library_fingerprint", "stale")
    assert workspace.sync_library()
    assert workspace.clause("depa/art-8.2").verification == "official"
    assert "depa/art-8.2" in {c.id for c in workspace.clauses(verification="official")}


def test_not_a_workspace(tmp_path):
    bad = tmp_path / "notes.treaty"
    bad.write_text("Dear colleagues, please find attached …")
    with pytest.raises(WorkspaceError, match="not a Treaty Workbench workspace"):
        Workspace.open(bad)


def test_truncated_workspace(workspace_path, tmp_path):
    data = workspace_path.read_bytes()
    cut = tmp_path / "cut.treaty"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(cut)
    assert str(cut) in str(info.value)


def test_workspace_from_a_newer_version(workspace_path):
    conn = sqlite3.connect(workspace_path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError, match="newer version"):
        Workspace.open(workspace_path)


def test_unwritable_location(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(WorkspaceError, match="cannot create the folder"):
        Workspace.open(blocker / "sub" / "w.treaty")


def test_version_lists_can_skip_the_snapshots(workspace):
    draft = workspace.create_draft(draft_from_source("CoE", workspace.clauses(source="coe-ai-convention")))
    saved = workspace.save_version(draft, "Base")
    light = workspace.versions(draft.id, snapshots=False)
    assert [v.summary() for v in light] == [saved.summary()]
    assert light[0].snapshot == {}
    assert workspace.versions(draft.id)[0].draft().to_dict() == draft.to_dict()


@pytest.mark.parametrize("prefix", ["d", "di", "dis", "a", "数", "争"])
def test_every_prefix_while_typing_finds_something(workspace, prefix):
    hits = workspace.search(prefix)
    assert hits, prefix
    assert all(h.snippet for h in hits)

"""Migration 0005: a workspace written before the provenance levels ("verified" / "unverified")
opens with the levels, keeps the official text a drafter pasted in, who did it, when, and the
clause's history; a model clause is never left "verified"."""
from __future__ import annotations

import json
import sqlite3

import pytest

from workbench.storage import Workspace, schema


def _as_written_before_0005(path) -> None:
    """Turn a current workspace back into what the program wrote before migration 0005: the former
    words in every clause record and in the filter column, format 1, 0005 not applied."""
    conn = sqlite3.connect(path)
    with conn:
        models = {row[0] for row in conn.execute("SELECT id, data FROM sources")
                  if json.loads(row[1]).get("nature") == "workbench-model"}
        for clause_id, source, data in conn.execute("SELECT id, source, data FROM clauses").fetchall():
            raw = json.loads(data)
            for key in ("verification", "verification_zh"):
                if raw.get(key):
                    raw[key] = "unverified" if raw[key] == "transcription" else "verified"
            for key in ("copy", "copy_zh", "precedent", "precedent_zh", "divergence"):
                raw.pop(key, None)
            overall = "unverified" if "unverified" in (raw["verification"], raw.get("verification_zh")) else "verified"
            conn.execute("UPDATE clauses SET data = ?, verification = ? WHERE id = ?",
                         [json.dumps(raw, ensure_ascii=False), overall, clause_id])
        assert models
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_provenance_levels'")
        conn.execute("PRAGMA user_version = 1")
    conn.close()


@pytest.fixture
def old_workspace(workspace_path):
    """A pre-0005 workspace in which a drafter pasted the official text of DEPA Art. 8.2."""
    ws = Workspace.open(workspace_path)
    clause = ws.clause("depa/art-8.2")
    clause.verification = "official"
    clause.verified_by, clause.verified_at = "Drafter A", "2026-11-30T10:00:00"
    ws.update_clause(clause, "Drafter A", "verify")
    ws.close()
    _as_written_before_0005(workspace_path)
    conn = sqlite3.connect(workspace_path)
    row = conn.execute("SELECT data, verification FROM clauses WHERE id = 'depa/art-8.2'").fetchone()
    history = conn.execute("SELECT count(*) FROM clause_history WHERE clause_id = 'depa/art-8.2'").fetchone()[0]
    conn.close()
    assert json.loads(row[0])["verification"] == "verified" and row[1] == "verified" and history == 1
    return workspace_path


def test_the_former_words_become_levels(old_workspace):
    assert "0005_provenance_levels" in schema.pending(sqlite3.connect(old_workspace))
    ws = Workspace.open(old_workspace)
    try:
        assert schema.pending(ws.db.conn) == []
        pasted = ws.clause("depa/art-8.2")
        assert pasted.verification == "official" and pasted.verified_by == "Drafter A" and pasted.verified_at
        history = ws.clause_history("depa/art-8.2")
        assert [h["who"] for h in history] == ["Drafter A"] and history[0]["action"] == "verify"
        assert ws.clause("depa/art-8.4").verification == "transcription"
        assert ws.clause("coe-ai-convention/art-23").verification == "official"
        model = ws.clause("workbench-model/art-withdrawal")
        assert (model.verification, model.verification_zh) == ("model", "model")
        official = {c.id for c in ws.clauses(verification="official")}
        assert "depa/art-8.2" in official and not any(cid.startswith("workbench-model/") for cid in official)
        assert {c.id for c in ws.clauses(verification="model")} == {c.id for c in ws.clauses(source="workbench-model")}
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == schema.FORMAT_VERSION == 2
    finally:
        ws.close()


def test_the_pasted_text_survives_the_library_refresh_after_the_migration(old_workspace):
    ws = Workspace.open(old_workspace)
    try:
        ws.set_meta("library_fingerprint", "stale")       # the clause files changed too
        assert ws.sync_library()
        pasted = ws.clause("depa/art-8.2")
        assert pasted.verification == "official" and pasted.verified_by == "Drafter A"
        assert ws.clause("rcep/art-12.14").verification == "reproduction"
    finally:
        ws.close()


def test_an_older_program_refuses_the_migrated_file(workspace_path):
    """Format 2: a program that knows only "verified" would show a transcription as verified."""
    conn = sqlite3.connect(workspace_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    original = schema.FORMAT_VERSION
    schema.FORMAT_VERSION = 1
    try:
        with pytest.raises(Exception, match="newer version"):
            Workspace.open(workspace_path)
    finally:
        schema.FORMAT_VERSION = original

"""The workspace's connection layer: nested transactions, row writes, and migrations applied only
when pending (opening a current workspace does not import sqlite-utils)."""
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.storage import Workspace, schema
from workbench.storage.db import Database

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db():
    database = Database(sqlite3.connect(":memory:"))
    database.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b INTEGER)")
    database.execute("CREATE TABLE log (n INTEGER PRIMARY KEY, what TEXT)")
    database.execute("CREATE TRIGGER t_au AFTER UPDATE ON t BEGIN INSERT INTO log (what) VALUES (old.id); END")
    yield database
    database.close()


def rows(db, table="t"):
    return db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()


def test_insert_and_upsert_write_rows_and_fire_update_triggers(db):
    db["t"].insert_all(({"id": str(i), "a": "x", "b": i} for i in range(1200)), pk="id", batch_size=500)
    assert len(rows(db)) == 1200
    db["t"].upsert({"id": "5", "a": "changed", "b": 50}, pk="id")
    db["t"].upsert({"id": "new", "a": "n", "b": None}, pk="id")
    assert db.execute("SELECT a, b FROM t WHERE id = '5'").fetchone() == ("changed", 50)
    assert db.execute("SELECT a FROM t WHERE id = 'new'").fetchone() == ("n",)
    assert rows(db, "log") == [(1, "5")]        # an update of the existing row, not a delete and insert
    with pytest.raises(sqlite3.IntegrityError):
        db["t"].insert({"id": "5", "a": "again", "b": 0}, pk="id")
    assert db.execute("SELECT a FROM t WHERE id = '5'").fetchone() == ("changed",)


def test_rows_written_together_must_have_the_same_columns(db):
    with pytest.raises(ValueError, match="same columns"):
        db["t"].insert_all([{"id": "1", "a": "x", "b": 1}, {"id": "2", "a": "y"}], pk="id")
    assert rows(db) == []                        # the whole write is one transaction
    with pytest.raises(ValueError, match="key column"):
        db["t"].upsert({"a": "x"}, pk="id")


def test_a_failing_inner_block_rolls_back_alone(db):
    with db.atomic():
        db["t"].insert({"id": "kept", "a": "", "b": 1})
        with pytest.raises(RuntimeError), db.atomic():
            db["t"].insert({"id": "dropped", "a": "", "b": 2})
            raise RuntimeError("impossible edit")
    assert [r[0] for r in rows(db)] == ["kept"]
    with pytest.raises(RuntimeError), db.atomic():
        db["t"].insert({"id": "also dropped", "a": "", "b": 3})
        raise RuntimeError("impossible edit")
    assert [r[0] for r in rows(db)] == ["kept"]
    assert not db.conn.in_transaction


def test_migrations_are_recorded_and_nothing_is_pending_after_opening(workspace):
    assert schema.pending(workspace.db.conn) == []
    applied = [r[0] for r in workspace.db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert applied == [name for name, _ in schema.MIGRATIONS]


def test_an_older_workspace_is_upgraded_on_opening(workspace_path):
    conn = sqlite3.connect(workspace_path)
    with conn:
        conn.execute("DROP TRIGGER analysis_cache_au")
        conn.execute("DROP TRIGGER analysis_cache_ad")
        conn.execute("DROP TABLE analysis_cache")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_analysis_cache'")
    conn.close()
    assert schema.pending(sqlite3.connect(workspace_path)) == ["0003_analysis_cache"]
    with Workspace.open(workspace_path) as ws:
        assert schema.pending(ws.db.conn) == []
        assert ws.db.execute("SELECT count(*) FROM analysis_cache").fetchone() == (0,)


def _modules_after_opening(path) -> dict:
    code = ("import json, sys\nfrom workbench.storage import Workspace\n"
            f"ws = Workspace.open({str(path)!r})\nws.close()\n"
            "print(json.dumps({'sqlite_utils': 'sqlite_utils' in sys.modules}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_opening_a_current_workspace_does_not_import_sqlite_utils(workspace_path, tmp_path):
    assert _modules_after_opening(workspace_path) == {"sqlite_utils": False}
    # A new workspace needs its schema: then sqlite-utils' migrations run.
    assert _modules_after_opening(tmp_path / "new.treaty") == {"sqlite_utils": True}


def test_the_storage_package_names_load_on_first_use():
    import workbench.storage as storage

    assert sorted(storage.__all__) == sorted(storage._EXPORTS)
    for name in storage.__all__:
        assert getattr(storage, name).__module__.startswith("workbench.storage.")
    with pytest.raises(AttributeError):
        storage.NoSuchName  # noqa: B018

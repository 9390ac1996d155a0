"""Workspace schema: sqlite-utils migrations, each applied in its own transaction.

sqlite-utils is imported only when a workspace has a migration pending (a new or an older file):
whether one is pending is read with one plain query, so opening a current workspace, as every
start of the application does, does not pay for importing it.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .db import Database as Connection

#: Identifies a Treaty Workbench workspace ("TWB1" as a big-endian integer).
APPLICATION_ID = 0x54574231
#: The workspace format this program writes; a file with a higher one is from a newer version.
#: 2: provenance levels (migration 0005): an older program would read "transcription" as verified
#: text, so it must refuse the file rather than misreport it.
FORMAT_VERSION = 2

#: The searched columns and their bm25 weights.
FTS_COLUMNS = ("cite", "title", "text_en", "topics", "zh_grams", "zh_chars")
RANK_WEIGHTS = "2.0, 5.0, 1.0, 3.0, 2.0, 1.0"

MIGRATION_SET = "treaty-workbench"
#: The migrations in the order they are applied: (name, function of a sqlite-utils Database).
MIGRATIONS: list[tuple[str, Callable[["Database"], None]]] = []


def migrations(name: str):
    """Register a migration (sqlite-utils' ``Migrations`` is built from these when one is pending)."""
    def register(function):
        MIGRATIONS.append((name, function))
        return function
    return register


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["sources"].create({"id": str, "ord": int, "data": str}, pk="id")
    db["clauses"].create({
        "id": str, "source": str, "ord": int, "kind": str, "number": str, "title": str,
        "title_zh": str, "chapter": str, "verification": str, "topics": str,
        "text_en": str, "text_zh": str, "cite": str, "zh_grams": str, "data": str,
        "user_modified": int,
    }, pk="id")
    db["clauses"].create_index(["source", "ord"])
    db["clauses"].enable_fts(["cite", "title", "text_en", "topics", "zh_grams"],
                             tokenize="porter", create_triggers=True)
    db["clause_history"].create({
        "id": int, "clause_id": str, "at": str, "who": str, "action": str,
        "old": str, "new": str,
    }, pk="id")
    db["clause_history"].create_index(["clause_id"])
    db["drafts"].create({
        "id": str, "title": str, "title_zh": str, "meta": str, "created": str,
        "modified": str, "revision": int,
    }, pk="id")
    db["nodes"].create({
        "id": str, "draft_id": str, "parent_id": str, "ord": int, "kind": str, "title": str,
        "title_zh": str, "text": str, "text_zh": str, "strength": str, "numbered": int,
        "derived_from": str, "attrs": str,
    }, pk="id")
    db["nodes"].create_index(["draft_id", "parent_id", "ord"])
    db["versions"].create({
        "id": str, "draft_id": str, "label": str, "author": str, "party": str, "note": str,
        "created": str, "parent_id": str, "snapshot": str,
    }, pk="id")
    db["versions"].create_index(["draft_id", "created"])
    db["settings"].create({"key": str, "value": str}, pk="key")


@migrations(name="0002_fts_prefix_index")
def m0002_fts_prefix_index(db: Database) -> None:
    """Search as you type: prefix indexes, one-character Chinese queries, column weights as rank.

    The index is not stemmed: a porter stem ("artifici") is shorter than what a drafter has
    typed half-way ("artificia"), so prefix queries missed; ``search.light_stem`` folds word
    endings on the query side instead. Without a prefix index, a one- or two-letter prefix query merges the posting lists of every
    term it covers on each keystroke (tens of ms at 20,000 clauses); a one-character Chinese
    query scanned every text with LIKE. The FTS table and its triggers are rebuilt with the new
    ``zh_chars`` column.
    """
    from .search import zh_chars

    db.execute("ALTER TABLE clauses ADD COLUMN zh_chars TEXT")
    rows = db.execute("SELECT id, zh_grams FROM clauses").fetchall()
    db.conn.executemany("UPDATE clauses SET zh_chars = ? WHERE id = ?",
                        [(zh_chars(grams or ""), cid) for cid, grams in rows])
    for trigger in ("clauses_ai", "clauses_ad", "clauses_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE clauses_fts")
    columns = ", ".join(FTS_COLUMNS)
    new = ", ".join("new." + c for c in FTS_COLUMNS)
    old = ", ".join("old." + c for c in FTS_COLUMNS)
    db.execute(f"CREATE VIRTUAL TABLE clauses_fts USING fts5({columns}, content=[clauses], "
               "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')")
    db.execute(f"CREATE TRIGGER clauses_ai AFTER INSERT ON clauses BEGIN "
               f"INSERT INTO clauses_fts (rowid, {columns}) VALUES (new.rowid, {new}); END")
    db.execute(f"CREATE TRIGGER clauses_ad AFTER DELETE ON clauses BEGIN "
               f"INSERT INTO clauses_fts (clauses_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); END")
    db.execute(f"CREATE TRIGGER clauses_au AFTER UPDATE ON clauses BEGIN "
               f"INSERT INTO clauses_fts (clauses_fts, rowid, {columns}) VALUES ('delete', old.rowid, {old}); "
               f"INSERT INTO clauses_fts (rowid, {columns}) VALUES (new.rowid, {new}); END")
    db.execute("INSERT INTO clauses_fts(clauses_fts) VALUES('rebuild')")
    db.execute(f"INSERT INTO clauses_fts(clauses_fts, rank) VALUES('rank', 'bm25({RANK_WEIGHTS})')")


@migrations(name="0003_analysis_cache")
def m0003_analysis_cache(db: Database) -> None:
    """The checker's reading of each library clause, kept so a clause is read once (see
    ``workbench.checker.stored``). A changed or removed clause loses its reading at once."""
    db["analysis_cache"].create({"clause_id": str, "version": str, "summary": str, "content": str},
                                pk="clause_id")
    db.execute("CREATE TRIGGER analysis_cache_au AFTER UPDATE ON clauses BEGIN "
               "DELETE FROM analysis_cache WHERE clause_id = old.id; END")
    db.execute("CREATE TRIGGER analysis_cache_ad AFTER DELETE ON clauses BEGIN "
               "DELETE FROM analysis_cache WHERE clause_id = old.id; END")


def pending(conn: sqlite3.Connection) -> list[str]:
    """The names of the migrations not yet applied to the workspace on ``conn`` (read only)."""
    try:
        rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
        done = {row[0] for row in rows}
    except sqlite3.OperationalError as exc:      # a new file: no table of applied migrations yet
        if "no such table" not in str(exc):
            raise
        done = set()
    return [name for name, _ in MIGRATIONS if name not in done]


def upgrade(db: "Connection") -> None:
    """Bring a workspace to the current schema (no-op, without importing sqlite-utils, when current)."""
    if not pending(db.conn):
        return
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, function in MIGRATIONS:
        steps(name=name)(function)
    # No plugins: the workbench uses none, and discovering them reads every installed package.
    steps.apply(Database(db.conn, execute_plugins=False))


@migrations(name="0004_typing_journal")
def m0004_typing_journal(db: Database) -> None:
    """What a drafter has typed and the window has not committed yet, one row per text field, written
    at each keystroke (``storage.journal``): a window killed right after typing loses nothing."""
    db["typing_journal"].create({"session": str, "draft_id": str, "node_id": str, "field": str, "value": str,
                                 "base": str, "at": str}, pk=("session", "draft_id", "node_id", "field"))


@migrations(name="0005_provenance_levels")
def m0005_provenance_levels(db: Database) -> None:
    """Provenance levels (official, reproduction, transcription, model) in place of the words
    "verified" and "unverified" (issue 16; clauses/README.md, "Provenance").

    A clause a drafter marked verified (official text pasted in) becomes "official" and keeps who
    did it, when, and its history; "unverified" becomes "transcription"; every clause of a model
    source becomes "model", never verified. The history rows are left as they were written (the
    clause reader understands the former words). A row that does not decode is left untouched: the
    workspace reports it as damaged when it is read, as before.
    """
    import json

    from ..core.library import Clause, level_of

    models = set()
    for source_id, data in db.execute("SELECT id, data FROM sources").fetchall():
        try:
            if json.loads(data).get("nature") == "workbench-model":
                models.add(source_id)
        except (TypeError, ValueError, AttributeError):
            continue
    updates = []
    for clause_id, source_id, data, stored in db.execute(
            "SELECT id, source, data, verification FROM clauses").fetchall():
        try:
            raw = json.loads(data)
            model = source_id in models
            before = (raw.get("verification", ""), raw.get("verification_zh", ""))
            raw["verification"] = level_of(raw.get("verification", ""), model)
            if raw.get("verification_zh"):
                raw["verification_zh"] = level_of(raw["verification_zh"], model)
            level = Clause.from_dict(raw).overall_verification
        except (TypeError, ValueError, AttributeError):
            continue
        if before != (raw["verification"], raw.get("verification_zh", "")) or stored != level:
            updates.append((json.dumps(raw, ensure_ascii=False), level, clause_id))
    db.conn.executemany("UPDATE clauses SET data = ?, verification = ? WHERE id = ?", updates)

"""Workspace schema: sqlite-utils migrations, each applied in its own transaction."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

#: Identifies a Treaty Workbench workspace ("TWB1" as a big-endian integer).
APPLICATION_ID = 0x54574231
#: The workspace format this program writes; a file with a higher one is from a newer version.
FORMAT_VERSION = 1

migrations = Migrations("treaty-workbench")


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


def upgrade(db: Database) -> None:
    """Bring a workspace to the current schema (no-op when it is current)."""
    migrations.apply(db)

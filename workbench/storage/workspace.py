"""The workspace: one SQLite file holding the library, the drafts and their versions.

The file is the document (SQLite as an application file format): every edit is written in
one transaction as it is made, so a crash or a kill loses nothing that was acknowledged.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..core.edits import Change, Edit, lending
from ..core.merge import adopt, changed_nodes, footprint_unchanged
from ..core.library import Source
from ..core.messages import message_in, msg
from ..core.model import Draft, DraftError, Node, NodeKind
from ..core.text import clean_line, clean_node
from ..core.versions import Version, now_iso
from .. import files
from ..paths import CLAUSES_DIR, default_workspace
from . import schema
from .check_ahead import checked_ahead
from .db import Database
from .errors import (ConflictError, DamagedWorkspaceError, EditConflict, ReadOnlyWorkspaceError,  # noqa: F401
                     WorkspaceError, reading_error, writing_error)
from .guards import reads as _reads, writes as _writes
from .library import LibraryError, Vocabulary
from .opening import Opened, connect, sqlite_connection
from .workspace_library import RANK_AT_MOST, LibraryStore, library_fingerprint  # noqa: F401 (re-exported)

_KINDS = {kind.value: kind for kind in NodeKind}   # NodeKind(value) is slow for 7,000 nodes


@dataclass
class DraftInfo:
    id: str
    title: str
    title_zh: str
    created: str
    modified: str
    articles: int | None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


class Workspace(LibraryStore):
    """An open workspace file. Use ``Workspace.open(path)``; close it when done."""

    def __init__(self, path: Path, db: Database, read_only: bool = False):
        self.path = path
        self.db = db
        self.read_only = read_only
        #: Why the file could only be opened read-only ("medium": the file, folder or disk), or "".
        self.read_only_reason = ""
        #: The message of damage met while reading (then no backup is ever written from it), or "".
        self.damage_seen = ""
        #: A clause file that could not be read when the library was refreshed (the workspace keeps
        #: the library it had), or None.
        self.library_problem: LibraryError | None = None
        self._revisions: dict[str, int] = {}
        self._vocabulary: Vocabulary | None = None
        self._sources: dict[str, Source] | None = None
        self._closed = False

    # ----- opening ------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None, *, create: bool = True,
             clauses_dir: Path = CLAUSES_DIR, sync_library: bool = True, read_only: bool = False,
             keep_library_on_error: bool = False, start_over: bool = False) -> "Workspace":
        """Open (or create) a workspace; a new or outdated one is filled from ``clauses_dir``.

        The file is examined by SQLite alone (``storage.opening``): a missing workspace with a
        backup, a foreign or garbled file, a newer format are refused with their own errors before
        anything is written; a file that cannot be written is opened read-only. With
        ``keep_library_on_error``, a clause file that cannot be read does not stop a workspace
        that has a library already: it keeps that library and ``library_problem`` says why.
        """
        path = Path(path) if path else default_workspace()
        checked = path.exists() and checked_ahead(path)
        opened = connect(path, create=create, read_only=read_only, start_over=start_over, checked=checked)
        workspace = cls(path, Database(opened.conn), opened.read_only)
        workspace.read_only_reason = opened.read_only_reason
        files.hold(path)
        try:
            workspace._prepare()
            if sync_library and not workspace.read_only:
                try:
                    workspace.sync_library(clauses_dir)
                except LibraryError as exc:
                    if not keep_library_on_error or not workspace.sources():
                        raise
                    workspace.library_problem = exc
        except BaseException:
            workspace.close(checkpoint=False)
            raise
        return workspace

    def open_reader(self) -> "Workspace":
        """Another connection to this workspace, read-only, for a thread of this process (the check
        worker): SQLite shares the process's locks between its connections, so closing it never
        disturbs this one."""
        try:
            conn = sqlite_connection(self.path, read_only=True)
        except sqlite3.Error as exc:
            raise reading_error(self.path, exc) from exc
        opened = Opened(conn, True, True)
        reader = type(self)(self.path, Database(opened.conn), read_only=True)
        reader.read_only_reason = self.read_only_reason
        files.hold(self.path)
        return reader

    @property
    def file_writable(self) -> bool:
        """Whether the file itself can be written (False on read-only media, even for other connections)."""
        return self.read_only_reason != "medium"

    def _prepare(self) -> None:
        """Bring the workspace to the current schema (``storage.opening`` checked the file already)."""
        db = self.db
        try:
            if self.read_only:
                if schema.pending(db.conn):
                    raise ReadOnlyWorkspaceError(msg("{path}: this workspace was written by an earlier version and "
                                                     "must be upgraded, which a read-only file cannot be",
                                                     path=self.path))
                return
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            db.execute("PRAGMA synchronous = NORMAL" if mode == "wal" else "PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            schema.upgrade(db)
            for pragma, value in (("application_id", schema.APPLICATION_ID),
                                  ("user_version", schema.FORMAT_VERSION)):
                if db.execute(f"PRAGMA {pragma}").fetchone()[0] != value:   # written only when it differs
                    db.execute(f"PRAGMA {pragma} = {value}")
            if not self.meta("created"):
                self.set_meta("created", now_iso())
        except WorkspaceError:
            raise
        except (sqlite3.DatabaseError, ValueError) as exc:  # ValueError: a non-UTF-8 message from a garbled file
            raise reading_error(self.path, exc) from exc

    @classmethod
    def open_default(cls) -> "Workspace":
        return cls.open(default_workspace())

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self, checkpoint: bool = True) -> None:
        """Close the connection (moving the log's pages into the file first, when this can write)."""
        if self._closed:
            return
        self._closed = True
        try:
            if checkpoint and not self.read_only:
                try:
                    self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.DatabaseError:
                    pass
            self.db.close()
        finally:
            files.release(self.path)

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----- meta and settings ---------------------------------------------------------------
    @_reads
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @_writes
    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    @_reads
    def setting(self, key: str, default=None):
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    @_writes
    def set_setting(self, key: str, value) -> None:
        with self.db.atomic():
            self.db["settings"].upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key")

    # ----- drafts -------------------------------------------------------------------------
    @_reads
    def drafts(self, count_articles: bool = True) -> list[DraftInfo]:
        """The drafts in the order they were made; without ``count_articles`` their ``articles``
        is None (counting reads every node of every draft: milliseconds per thousand nodes)."""
        count = ("(SELECT count(*) FROM nodes n WHERE n.draft_id = d.id AND n.kind = 'article')"
                 if count_articles else "NULL")
        rows = self.db.execute(f"SELECT d.id, d.title, d.title_zh, d.created, d.modified, {count} "
                               "FROM drafts d ORDER BY d.created, d.rowid")
        return [DraftInfo(*row) for row in rows]

    @_writes
    def create_draft(self, draft: Draft) -> Draft:
        """Store a new draft (its texts cleaned of characters XML cannot carry, see ``core.text``)."""
        draft.title, draft.title_zh = clean_line(draft.title), clean_line(draft.title_zh)
        if not draft.title.strip():
            raise WorkspaceError(msg("a draft needs a title"))
        for node in draft.children:
            clean_node(node)
        if self.db.execute("SELECT 1 FROM drafts WHERE id = ?", [draft.id]).fetchone():
            raise WorkspaceError(msg("a draft with id {draft_id} already exists", draft_id=draft.id))
        stamp = now_iso()
        with self.db.atomic():
            self.db["drafts"].insert({"id": draft.id, "title": draft.title, "title_zh": draft.title_zh,
                                      "meta": json.dumps(draft.meta, ensure_ascii=False),
                                      "created": stamp, "modified": stamp, "revision": 0}, pk="id")
            self.db["nodes"].insert_all(self._node_rows(draft, draft.children, None), pk="id")
        self._revisions[draft.id] = 0
        return draft

    def _node_rows(self, draft: Draft, nodes: list[Node], parent_id: str | None):
        for i, node in enumerate(nodes):
            yield self._node_row(draft.id, node, parent_id, i)
            yield from self._node_rows(draft, node.children, node.id)

    @staticmethod
    def _node_row(draft_id: str, node: Node, parent_id: str | None, ord_: int) -> dict:
        return {"id": node.id, "draft_id": draft_id, "parent_id": parent_id, "ord": ord_,
                "kind": node.kind.value, "title": node.title, "title_zh": node.title_zh,
                "text": node.text, "text_zh": node.text_zh, "strength": node.strength,
                "numbered": int(node.numbered), "derived_from": node.derived_from,
                "attrs": json.dumps(node.attrs, ensure_ascii=False) if node.attrs else None}

    def find_draft(self, ref: str) -> str:
        """A draft id from an id, an id prefix or an exact title."""
        rows = self.db.execute("SELECT id FROM drafts WHERE id = ? OR title = ?", [ref, ref]).fetchall()
        if not rows:
            rows = self.db.execute("SELECT id FROM drafts WHERE id LIKE ? ESCAPE '\\'", [_prefix(ref)]).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            raise WorkspaceError(msg("there is no draft “{ref}” in {name} (list them with: draft list)", ref=ref,
                                     name=self.path.name))
        raise WorkspaceError(msg("“{ref}” names {count} drafts; use the draft id", ref=ref, count=len(rows)))

    @_reads
    def load_draft(self, draft_id: str) -> Draft:
        # One read transaction: the draft row and its nodes come from the same committed state,
        # even while another process is writing (tests/reliability/test_two_processes.py).
        with self.db.atomic():
            row = self.db.execute("SELECT id, title, title_zh, meta, revision FROM drafts WHERE id = ?",
                                  [draft_id]).fetchone()
            node_rows = self.db.execute(
                "SELECT id, parent_id, kind, title, title_zh, text, text_zh, strength, numbered, "
                "derived_from, attrs FROM nodes WHERE draft_id = ? ORDER BY ord", [draft_id]).fetchall()
        if row is None:
            raise WorkspaceError(msg("there is no draft {draft_id!r} in {name}", draft_id=draft_id, name=self.path.name))
        draft = Draft(title=row[1], id=row[0], title_zh=row[2] or "", meta=json.loads(row[3] or "{}"))
        by_parent: dict[str | None, list[Node]] = {}
        for r in node_rows:
            node = Node(kind=_KINDS.get(r[2]) or NodeKind(r[2]), id=r[0], title=r[3] or "", title_zh=r[4] or "",
                        text=r[5] or "", text_zh=r[6] or "", strength=r[7] or "",
                        numbered=bool(r[8]), derived_from=r[9], attrs=json.loads(r[10]) if r[10] else {})
            by_parent.setdefault(r[1], []).append(node)

        def attach(nodes: list[Node]) -> list[Node]:
            for node in nodes:
                node.children = attach(by_parent.get(node.id, []))
            return nodes

        draft.children = attach(by_parent.get(None, []))
        self._revisions[draft.id] = row[4]
        return draft

    @_writes
    def delete_draft(self, draft_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM nodes WHERE draft_id = ?", [draft_id])
            self.db.execute("DELETE FROM versions WHERE draft_id = ?", [draft_id])
            self.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])

    def apply(self, draft: Draft, edit: Edit, merge: bool = False, index: dict | None = None) -> Change:
        """Apply ``edit`` to ``draft`` and commit it; on failure the draft is left unchanged.

        When another program changed the stored draft since it was loaded, the edit is refused
        (ConflictError) unless ``merge``: then, if nothing it touches was changed by the other
        program, ``draft`` takes over the stored state in place and the edit is applied to that
        (the Change says ``reloaded``); else EditConflict carries the stored draft for the drafter
        to compare (``core.merge``). ``index``, ``draft.index()`` as the draft stands (the window
        follows one through every change), spares the edit its walks of the draft (``edits.lending``).
        """
        return self._commit(draft, edit, True, merge, index)

    def revert(self, draft: Draft, edit: Edit, merge: bool = False, index: dict | None = None) -> Change:
        """Undo ``edit`` (already applied to ``draft``) and commit the result (``merge``, ``index`` as for apply)."""
        return self._commit(draft, edit, False, merge, index)

    def _commit(self, draft: Draft, edit: Edit, forward: bool, merge: bool, index: dict | None = None) -> Change:
        do, undo = (edit.apply, edit.revert) if forward else (edit.revert, edit.apply)
        foreign: set[str] = set()
        for attempt in range(5):
            with lending(draft, index if attempt == 0 else None):   # after a take-over it says nothing
                change = do(draft)
            try:
                self._persist(draft, change)
            except ConflictError:
                undo(draft)
                known = self._revisions.get(draft.id)
                if not merge or known is None or self._current_revision(draft.id) is None:
                    raise
                fresh = self.load_draft(draft.id)
                if not footprint_unchanged(change, draft, fresh):
                    self._revisions[draft.id] = known         # the caller still holds the older state
                    raise EditConflict(msg("“{title}”: this change touches what another window or program changed "
                                           "meanwhile", title=draft.title), fresh, change) from None
                foreign |= changed_nodes(draft, fresh)
                adopt(draft, fresh)
                continue
            except Exception:
                undo(draft)
                raise
            change.reloaded, change.foreign = bool(foreign), foreign
            return change
        raise ConflictError(msg("the draft “{title}” is being changed by another program without pause; try again "
                                "in a moment", title=draft.title))

    def stored_revisions(self) -> dict[str, int]:
        """The revision of every stored draft (cheap: for following other programs' changes)."""
        return dict(self.db.execute("SELECT id, revision FROM drafts").fetchall())

    def known_revision(self, draft_id: str) -> int | None:
        """The revision of ``draft_id`` this workspace object last loaded or wrote."""
        return self._revisions.get(draft_id)

    def clause_history_mark(self) -> int:
        """Grows whenever a drafter changes a library clause (in any window or program)."""
        return self.db.execute("SELECT coalesce(max(id), 0) FROM clause_history").fetchone()[0]

    def checkpoint(self) -> None:
        """Move committed pages from the write-ahead log into the file without waiting for anyone
        (so that a copy of the file alone, made while the window is open, holds recent edits)."""
        if self.read_only or self._closed:
            return
        try:
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass

    def data_version(self) -> int:
        """Changes when another connection commits (``PRAGMA data_version``)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    @_writes
    def _persist(self, draft: Draft, change: Change) -> None:
        expected = self._revisions.get(draft.id)
        index = _locate(draft, change.upserted | {p for p in change.reordered if p is not None})
        try:
            with self.db.atomic():
                cursor = self.db.execute(
                    "UPDATE drafts SET revision = revision + 1, modified = ?, title = ?, title_zh = ?, "
                    "meta = ? WHERE id = ? AND (? IS NULL OR revision = ?)",
                    [now_iso(), draft.title, draft.title_zh, json.dumps(draft.meta, ensure_ascii=False),
                     draft.id, expected, expected])
                if cursor.rowcount != 1:
                    exists = self.db.execute("SELECT 1 FROM drafts WHERE id = ?", [draft.id]).fetchone()
                    raise ConflictError(
                        msg("the draft “{title}” was changed by another window or program; reopen it to see the "
                            "latest text", title=draft.title) if exists else
                        msg("the draft “{title}” is not in this workspace", title=draft.title))
                if change.removed:
                    ids = list(change.removed)
                    for start in range(0, len(ids), 500):
                        chunk = ids[start:start + 500]
                        self.db.execute(f"DELETE FROM nodes WHERE id IN ({','.join('?' * len(chunk))})", chunk)
                rows = {}
                for node_id in change.upserted:
                    if node_id in index:
                        node, parent = index[node_id]
                        siblings = parent.children if parent else draft.children
                        rows[node_id] = self._node_row(draft.id, node, parent.id if parent else None,
                                                       _position(siblings, node_id))
                for parent_id in change.reordered:
                    siblings = draft.children if parent_id is None else index[parent_id][0].children
                    for i, node in enumerate(siblings):
                        if node.id not in rows:
                            self.db.execute("UPDATE nodes SET ord = ?, parent_id = ? WHERE id = ?",
                                            [i, parent_id, node.id])
                if rows:
                    self.db["nodes"].upsert_all(rows.values(), pk="id")
        except sqlite3.DatabaseError as exc:
            raise writing_error(self.path, exc) from exc
        self._revisions[draft.id] = (expected or 0) + 1 if expected is not None else self._current_revision(draft.id)

    def _current_revision(self, draft_id: str) -> int | None:
        row = self.db.execute("SELECT revision FROM drafts WHERE id = ?", [draft_id]).fetchone()
        return row[0] if row else None

    # ----- versions -----------------------------------------------------------------------
    @_writes
    def save_version(self, draft: Draft, label: str, author: str = "", party: str = "",
                     note: str = "", parent_id: str | None = None) -> Version:
        if parent_id is None:
            row = self.db.execute("SELECT id FROM versions WHERE draft_id = ? ORDER BY created DESC, rowid DESC LIMIT 1",
                                  [draft.id]).fetchone()
            parent_id = row[0] if row else draft.meta.get("based_on_version")
        try:
            version = Version.of(draft, label, author=author, party=party, note=note, parent_id=parent_id)
        except ValueError as exc:
            raise WorkspaceError(message_in(exc)) from exc
        with self.db.atomic():
            row = {k: v for k, v in version.summary().items() if k != "built_from"}
            self.db["versions"].insert({**row,
                                        "snapshot": json.dumps(version.snapshot, ensure_ascii=False)}, pk="id")
        return version

    @_reads
    def versions(self, draft_id: str | None = None, snapshots: bool = True) -> list[Version]:
        """Versions in the order they were saved; ``snapshots=False`` skips reading their texts
        (for lists and lineage: a snapshot of a long draft is megabytes of JSON)."""
        column = "snapshot" if snapshots else "'{}'"
        sql = (f"SELECT id, draft_id, label, author, created, {column}, party, note, parent_id, "
               "json_extract(snapshot, '$.meta.compiled_from') FROM versions")
        rows = self.db.execute(sql + (" WHERE draft_id = ?" if draft_id else "") + " ORDER BY created, rowid",
                               [draft_id] if draft_id else [])
        return [Version(r[0], r[1], r[2], r[3] or "", r[4], json.loads(r[5]), r[6] or "", r[7] or "", r[8],
                        _built_from(r[9])) for r in rows]

    @_reads
    def version(self, version_id: str) -> Version:
        """A version by id (or a unique prefix of at least four characters)."""
        rows = self.db.execute("SELECT id FROM versions WHERE id = ? OR (length(?) >= 4 AND id LIKE ? ESCAPE '\\')",
                               [version_id, version_id, _prefix(version_id)]).fetchall()
        if len(rows) != 1:
            raise WorkspaceError(msg("there is no version {version_id!r} in {name}", version_id=version_id,
                                     name=self.path.name) if not rows
                                 else msg("“{version_id}” names {count} versions; use the full id",
                                          version_id=version_id, count=len(rows)))
        r = self.db.execute("SELECT id, draft_id, label, author, created, snapshot, party, note, parent_id "
                            "FROM versions WHERE id = ?", [rows[0][0]]).fetchone()
        snapshot = json.loads(r[5])
        return Version(r[0], r[1], r[2], r[3] or "", r[4], snapshot, r[6] or "", r[7] or "", r[8],
                       _built_from(snapshot.get("meta", {}).get("compiled_from")))


def _built_from(value) -> tuple:
    """The proposals a version's text was compiled from (``meta["compiled_from"]``), as a tuple."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    if not isinstance(value, list):
        return ()
    return tuple(dict(v) for v in value if isinstance(v, dict))


def _prefix(text: str) -> str:
    """A LIKE pattern matching what starts with ``text`` (its ``%`` and ``_`` taken literally)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _locate(draft: Draft, wanted: set[str]) -> dict[str, tuple[Node, Node | None]]:
    """(node, parent) of the ``wanted`` ids: ``draft.index()`` for just those, stopping once all
    are found (a text edit in a 2,000-article draft need not index ~7,000 nodes)."""
    found: dict[str, tuple[Node, Node | None]] = {n.id: (n, None) for n in draft.children if n.id in wanted}
    for node, _parent in list(found.values()):
        _search_below(node, wanted, found)      # what was inserted or moved with it lies below it
    level = draft.children          # shallowest first: chapters and articles before paragraphs
    while level and len(found) < len(wanted):
        new = []
        for node in level:
            for child in node.children:
                if child.id in wanted and child.id not in found:
                    found[child.id] = (child, node)
                    new.append(child)
        for node in new:
            _search_below(node, wanted, found)
        if len(found) < len(wanted):
            level = [child for node in level for child in node.children]
        else:
            break
    return found


def _search_below(top: Node, wanted: set[str], found: dict) -> None:
    stack = [top]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.id in wanted:
                found[child.id] = (child, node)
            if child.children:
                stack.append(child)


def _position(siblings: list[Node], node_id: str) -> int:
    for i, node in enumerate(siblings):
        if node.id == node_id:
            return i
    raise DraftError(msg("element {node_id} lost its place in the draft", node_id=node_id))

"""The precedent collection: a database of its own beside the workspace (``W.precedents``).

Importing 450 agreements writes ~50 MB of text and indexes; in a file of its own that never
holds up the drafting workspace (its write lock, its log, its backups). The file has its own
application id, so neither program mistakes one for the other, and the workspace's file rules
protect it (``files.precedents_path``: an export never replaces it).

Tables: ``agreements`` (metadata of the WTO RTA card), ``articles`` (text with chapter, number and
heading; ``damage``: share of words run together by character recognition), ``articles_fts``
(FTS5 over headings, chapters, text and filter *facets*), ``bands`` (the MinHash LSH band keys
of each article, ``workbench.precedents.signatures``) and ``meta``.
"""
from __future__ import annotations

import json
import sqlite3
import struct
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from .. import files
from ..core.messages import msg
from ..core.precedents import PrecedentAgreement, PrecedentError
from .precedent_search import SearchOptions, build_match, run_search

APPLICATION_ID = 0x54575031          # "TWP1"
FORMAT_VERSION = 1

#: Keep the full-text index in step with the articles (dropped during a bulk import: ``bulk``).
TRIGGERS = [
    """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN INSERT INTO articles_fts
        (rowid, heading, chapter, text, facets) VALUES (new.rowid, new.heading, new.chapter, new.text,
        new.facets); END""",
    """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN INSERT INTO articles_fts
        (articles_fts, rowid, heading, chapter, text, facets) VALUES ('delete', old.rowid, old.heading,
        old.chapter, old.text, old.facets); END""",
]
SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE agreements (id TEXT PRIMARY KEY, ord INTEGER, name TEXT, type TEXT, wto_rta_id TEXT,
        status TEXT, notification TEXT, date_signed TEXT, date_into_force TEXT, date_notification TEXT,
        date_inactive TEXT, year INTEGER, parties TEXT, parties_original TEXT, composition TEXT, region TEXT,
        crossregional TEXT, language TEXT, sources TEXT, file TEXT, fingerprint TEXT, articles INTEGER,
        damage REAL, damaged INTEGER, vocabulary TEXT)""",
    """CREATE TABLE articles (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, agreement_id TEXT, ord INTEGER,
        number TEXT, name TEXT, heading TEXT, chapter TEXT, chapter_number TEXT, text TEXT, facets TEXT,
        damage REAL DEFAULT 0, keys BLOB, words TEXT)""",
    "CREATE INDEX articles_agreement ON articles (agreement_id, ord)",
    """CREATE VIRTUAL TABLE articles_fts USING fts5(heading, chapter, text, facets, content=articles,
        content_rowid=rowid, tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    *TRIGGERS,
    "CREATE TABLE bands (key INTEGER, article INTEGER, PRIMARY KEY (key, article)) WITHOUT ROWID",
    "INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(6.0, 3.0, 1.0, 0.0)')",
]
AGREEMENT_COLUMNS = ("id", "name", "type", "wto_rta_id", "status", "notification", "date_signed",
                     "date_into_force", "date_notification", "date_inactive", "year", "parties",
                     "parties_original", "composition", "region", "crossregional", "language", "sources", "file",
                     "articles", "damage", "damaged")


def pack_keys(keys: list[int]) -> bytes:
    return struct.pack(f"<{len(keys)}q", *keys)


def unpack_keys(blob: bytes | None) -> list[int]:
    return list(struct.unpack(f"<{len(blob) // 8}q", blob)) if blob else []


def facet(kind: str, value: str) -> str:
    """The token that marks a filter value in the ``facets`` column ("party" "CHN" -> "partychn")."""
    return kind + "".join(ch for ch in value.lower() if ch.isalnum())


def facets(agreement: PrecedentAgreement) -> str:
    parts = [facet("party", p) for p in dict.fromkeys(agreement.parties + agreement.parties_original)]
    parts += [facet("region", r) for r in agreement.region.split(";") if r.strip()]
    if agreement.year:
        parts.append(f"y{agreement.year}")
    if agreement.language:
        parts.append(facet("lang", agreement.language))
    return " ".join(parts)


class PrecedentStore:
    """An open precedent database. ``PrecedentStore.open(path)``; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path, self.conn, self.read_only = path, conn, read_only
        self._years: list[int] | None = None

    # ----- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, read_only: bool = False) -> "PrecedentStore":
        """Open the collection at ``path`` (``create``: make an empty one if there is none).

        A file that is not a precedent collection (another database, a damaged or garbled file, a
        newer format) raises PrecedentError naming the problem; nothing is written to it."""
        path = Path(path)
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise PrecedentError(msg("{path}: no precedents have been imported for this workspace yet (File ▸ Import "
                                     "precedents…, or: treaty-workbench precedents import FOLDER)", path=path))
        if path.is_dir():
            raise PrecedentError(msg("{path}: this is a folder, not a precedent collection", path=path))
        try:
            if read_only and exists:
                conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True, timeout=10,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
        except sqlite3.Error as exc:
            raise PrecedentError(msg("{path}: the precedent collection cannot be opened ({reason})", path=path,
                                     reason=exc)) from exc
        store = cls(path, conn, read_only and exists)
        try:
            store._prepare(exists)
        except BaseException:
            conn.close()
            raise
        files.hold(path)
        return store

    def _prepare(self, exists: bool) -> None:
        conn = self.conn
        try:
            if exists:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if app_id != APPLICATION_ID:
                    raise PrecedentError(msg("{path}: this file is not a precedent collection of Treaty Workbench; it "
                                             "was left unchanged", path=self.path))
                if version > FORMAT_VERSION:
                    raise PrecedentError(msg("{path}: the precedent collection was written by a newer version of "
                                             "Treaty Workbench; update the program, or import the precedents again "
                                             "into another workspace", path=self.path))
                check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
                if check != "ok":
                    raise PrecedentError(msg("{path}: the precedent collection is damaged ({reason}); import the "
                                             "precedents again", path=self.path, reason=check))
            if not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            if not exists:
                with conn:
                    for statement in SCHEMA:
                        conn.execute(statement)
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        except PrecedentError:
            raise
        except (sqlite3.DatabaseError, ValueError) as exc:
            raise self.error(exc) from exc

    def error(self, exc: BaseException) -> PrecedentError:
        """The PrecedentError for what SQLite raised on this file."""
        reason = str(exc).lower()
        if "not a database" in reason or "malformed" in reason or "corrupt" in reason:
            return PrecedentError(msg("{path}: the precedent collection is damaged or not a database ({reason}); "
                                      "import the precedents again", path=self.path, reason=exc))
        if "locked" in reason or "busy" in reason:
            return PrecedentError(msg("{path}: the precedent collection is being written by another program (an "
                                      "import?); try again in a moment", path=self.path))
        return PrecedentError(msg("{path}: the precedent collection cannot be used ({reason})", path=self.path,
                                  reason=exc))

    def close(self) -> None:
        if self.conn is None:
            return
        try:
            if not self.read_only:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        self.conn.close()
        self.conn = None
        files.release(self.path)

    def __enter__(self) -> "PrecedentStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _read(self, sql: str, params: Iterable = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, list(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise self.error(exc) from exc

    # ----- writing (the importer) -------------------------------------------------------------
    def fingerprints(self, by: str = "id") -> dict[str, str]:
        """The fingerprint of each agreement's imported file, by agreement id or by file name."""
        return dict(self._read(f"SELECT {'file' if by == 'file' else 'id'}, fingerprint FROM agreements"))

    def replace_agreement(self, agreement: PrecedentAgreement, fingerprint: str, order: int,
                          bands: list[list[int]], pending: list[tuple[int, int]] | None = None) -> None:
        """Store ``agreement`` in place of its earlier import (same id), with each article's band keys
        (added to ``pending`` when given, for ``add_bands`` to write in key order: much faster).
        Runs inside the caller's transaction."""
        conn = self.conn
        old = conn.execute("SELECT rowid, keys FROM articles WHERE agreement_id = ?", [agreement.id]).fetchall()
        conn.executemany("DELETE FROM bands WHERE key = ? AND article = ?",
                         [(key, rowid) for rowid, blob in old for key in unpack_keys(blob)])
        conn.execute("DELETE FROM articles WHERE agreement_id = ?", [agreement.id])
        conn.execute("DELETE FROM agreements WHERE id = ?", [agreement.id])
        row = self.agreement_row(agreement)
        row.update(ord=order, fingerprint=fingerprint)
        conn.execute(f"INSERT INTO agreements ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        marks = facets(agreement)
        first = (conn.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]) + 1
        conn.executemany(
            "INSERT INTO articles (rowid, id, agreement_id, ord, number, name, heading, chapter, chapter_number, "
            "text, facets, damage, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(first + i, article.id, agreement.id, article.ord, article.number, article.name, article.heading(),
              article.chapter, article.chapter_number, article.text, marks, article.damage, pack_keys(keys))
             for i, (article, keys) in enumerate(zip(agreement.articles, bands))])
        pairs = [(key, first + i) for i, keys in enumerate(bands) for key in keys]
        if pending is None:
            self.add_bands(pairs)
        else:
            pending.extend(pairs)
        self._years = None

    @contextmanager
    def bulk(self):
        """Many agreements written at once (inside the caller's transaction): the full-text index is
        rebuilt once at the end instead of row by row (4 s instead of 10 s for the whole ToTA)."""
        for name in ("articles_ai", "articles_ad"):
            self.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        yield
        self.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
        for statement in TRIGGERS:
            self.conn.execute(statement)

    def add_bands(self, pairs: list[tuple[int, int]]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO bands (key, article) VALUES (?, ?)", sorted(pairs))

    @staticmethod
    def agreement_row(a: PrecedentAgreement) -> dict:
        return {"id": a.id, "name": a.name, "type": a.type, "wto_rta_id": a.wto_rta_id, "status": a.status,
                "notification": a.notification, "date_signed": a.date_signed, "date_into_force": a.date_into_force,
                "date_notification": a.date_notification, "date_inactive": a.date_inactive, "year": a.year,
                "parties": " " + " ".join(a.parties) + " ", "parties_original": " " + " ".join(a.parties_original) + " ",
                "composition": a.composition, "region": a.region, "crossregional": a.crossregional,
                "language": a.language, "sources": json.dumps(a.sources, ensure_ascii=False), "file": a.file,
                "articles": len(a.articles), "damage": a.damage, "damaged": int(a.damaged)}

    def set_meta(self, key: str, value) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                          [key, json.dumps(value, ensure_ascii=False)])

    def meta(self, key: str, default=None):
        rows = self._read("SELECT value FROM meta WHERE key = ?", [key])
        return json.loads(rows[0][0]) if rows else default

    def set_damage(self, article_damage: dict[int, float], agreement_damage: dict[str, tuple[float, bool]]) -> None:
        self.conn.executemany("UPDATE articles SET damage = ? WHERE rowid = ?",
                              [(v, k) for k, v in article_damage.items()])
        self.conn.executemany("UPDATE agreements SET damage = ?, damaged = ? WHERE id = ?",
                              [(v, int(flag), k) for k, (v, flag) in agreement_damage.items()])

    def set_words(self, updates: list[tuple[int, str | None, list[int]]]) -> None:
        """Damaged articles: (rowid, their words split again or None, the band keys of those words)."""
        conn = self.conn
        for rowid, repaired, keys in updates:
            old = conn.execute("SELECT keys FROM articles WHERE rowid = ?", [rowid]).fetchone()
            conn.executemany("DELETE FROM bands WHERE key = ? AND article = ?",
                             [(key, rowid) for key in unpack_keys(old[0] if old else None)])
            conn.executemany("INSERT OR IGNORE INTO bands (key, article) VALUES (?, ?)", [(k, rowid) for k in keys])
            conn.execute("UPDATE articles SET words = ?, keys = ? WHERE rowid = ?", [repaired, pack_keys(keys), rowid])

    # ----- reading ------------------------------------------------------------------------------
    def counts(self) -> dict:
        (agreements, articles, damaged), = self._read(
            "SELECT count(*), coalesce(sum(articles), 0), coalesce(sum(damaged), 0) FROM agreements")
        return {"agreements": agreements, "articles": articles, "damaged": damaged}

    def flagged(self) -> list[str]:
        """The agreements flagged for character-recognition damage ("pta_335 Peru - Singapore")."""
        return [f"{i} {n}" for i, n in self._read("SELECT id, name FROM agreements WHERE damaged = 1 ORDER BY id")]

    def damaged_articles(self, least: float) -> int:
        return self._read("SELECT count(*) FROM articles WHERE damage >= ?", [least])[0][0]

    def agreements(self) -> list[dict]:
        rows = self._read(f"SELECT {', '.join(AGREEMENT_COLUMNS)} FROM agreements ORDER BY ord, id")
        return [self._agreement(row) for row in rows]

    def agreement(self, agreement_id: str) -> dict | None:
        rows = self._read(f"SELECT {', '.join(AGREEMENT_COLUMNS)} FROM agreements WHERE id = ?", [agreement_id])
        return self._agreement(rows[0]) if rows else None

    @staticmethod
    def _agreement(row) -> dict:
        data = dict(zip(AGREEMENT_COLUMNS, row))
        data["parties"] = (data["parties"] or "").split()
        data["parties_original"] = (data["parties_original"] or "").split()
        data["sources"] = json.loads(data["sources"] or "[]")
        data["damaged"] = bool(data["damaged"])
        return data

    ARTICLE_COLUMNS = ("a.rowid, a.id, a.agreement_id, a.ord, a.number, a.name, a.heading, a.chapter, "
                       "a.chapter_number, a.text, a.damage, g.name, g.year, g.date_signed, g.date_into_force, "
                       "g.damaged, a.words")

    @staticmethod
    def _article(row) -> dict:
        keys = ("rowid", "id", "agreement_id", "ord", "number", "name", "heading", "chapter", "chapter_number",
                "text", "damage", "agreement", "year", "date_signed", "date_into_force", "agreement_damaged",
                "words")
        data = dict(zip(keys, row))
        data["date"] = data["date_signed"] or data["date_into_force"] or ""
        data["damaged"] = bool(data["agreement_damaged"]) or (data["damage"] or 0) >= 0.02
        return data

    def article(self, article_id: str) -> dict | None:
        """An article by its identifier, or by ``AGREEMENT/NUMBER`` ("pta_449/14.2")."""
        rows = self._read(f"SELECT {self.ARTICLE_COLUMNS} FROM articles a JOIN agreements g ON g.id = "
                          "a.agreement_id WHERE a.id = ?", [article_id])
        if not rows and "/" in article_id:
            agreement, number = article_id.split("/", 1)
            rows = self._read(f"SELECT {self.ARTICLE_COLUMNS} FROM articles a JOIN agreements g ON g.id = "
                              "a.agreement_id WHERE a.agreement_id = ? AND (lower(a.number) = lower(?) OR "
                              "lower(a.number) = lower('article ' || ?)) ORDER BY a.ord LIMIT 1",
                              [agreement, number, number])
        return self._article(rows[0]) if rows else None

    def articles(self, rowids: list[int]) -> list[dict]:
        out: list[dict] = []
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            out += [self._article(r) for r in self._read(
                f"SELECT {self.ARTICLE_COLUMNS} FROM articles a JOIN agreements g ON g.id = a.agreement_id "
                f"WHERE a.rowid IN ({','.join('?' * len(chunk))})", chunk)]
        return out

    def agreement_articles(self, agreement_id: str) -> list[dict]:
        return [self._article(r) for r in self._read(
            f"SELECT {self.ARTICLE_COLUMNS} FROM articles a JOIN agreements g ON g.id = a.agreement_id "
            "WHERE a.agreement_id = ? ORDER BY a.ord", [agreement_id])]

    def keys(self, rowid: int) -> list[int]:
        """The band keys stored for an article."""
        rows = self._read("SELECT keys FROM articles WHERE rowid = ?", [rowid])
        return unpack_keys(rows[0][0]) if rows else []

    def candidates(self, keys: list[int], limit: int) -> list[tuple[int, int]]:
        """(article rowid, bands shared) of the articles sharing a band key with ``keys``, most first."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        return self._read(f"SELECT article, count(*) AS hits FROM bands WHERE key IN ({marks}) GROUP BY article "
                          "ORDER BY hits DESC, article LIMIT ?", list(keys) + [limit])

    def sharing_words(self, words: list[str], limit: int) -> list[int]:
        """The articles whose text has the most of ``words`` (bm25, best first)."""
        if not words:
            return []
        expression = "text : (" + " OR ".join('"' + w.replace('"', "") + '"' for w in words) + ")"
        try:
            return [r[0] for r in self.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                                                    "ORDER BY rank LIMIT ?", [expression, limit])]
        except sqlite3.OperationalError as exc:
            if "fts5" not in str(exc):
                raise
            return []
        except sqlite3.DatabaseError as exc:
            raise self.error(exc) from exc

    def years(self) -> list[int]:
        if self._years is None:
            self._years = [r[0] for r in self._read("SELECT DISTINCT year FROM agreements WHERE year IS NOT NULL "
                                                     "ORDER BY year")]
        return self._years

    def search(self, text: str, options: SearchOptions | None = None) -> list[dict]:
        """Articles matching ``text`` (word prefixes and stems, "quoted phrases"), filtered, best first,
        each with a snippet."""
        options = options or SearchOptions()
        match = build_match(text, options, self.years())
        if match is None:
            return []
        try:
            return run_search(self.conn, match, options)
        except sqlite3.DatabaseError as exc:
            raise self.error(exc) from exc

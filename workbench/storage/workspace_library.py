"""The clause library inside a workspace: importing it, reading clauses, searching them, and a drafter's
changes to a clause with their history. A part of ``Workspace`` (storage/workspace.py), which gives it
``db``, ``meta`` and the cached vocabulary and sources.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from ..core.library import LEGACY_LEVELS, Clause, Source, readable
from ..core.messages import msg
from ..core.text import clean_line, clean_paras
from ..core.versions import now_iso
from ..paths import CLAUSES_DIR, RESOURCES_DIR
from .errors import WorkspaceError
from .guards import reads as _reads, writes as _writes
from .library import Library, Vocabulary, clause_files, load_library
from .search import HAN, SearchHit, build_query, zh_chars, zh_grams

#: Search ranks heading matches only up to this many; beyond, library order (see ``search``).
RANK_AT_MOST = 1500


def _source(data) -> Source:
    """The source instrument a stored record describes; ValueError for a damaged record."""
    try:
        return Source(**{k: v for k, v in data.items() if k in Source.__dataclass_fields__})
    except (TypeError, AttributeError) as exc:
        raise ValueError(f"not the record of a source ({exc})") from exc


def library_fingerprint(clauses_dir: Path, vocabulary: Path) -> str:
    digest = hashlib.sha256()
    for path in clause_files(Path(clauses_dir)) + [Path(vocabulary)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class LibraryStore:
    """The library half of a workspace (mixed into ``Workspace``)."""

    def sync_library(self, clauses_dir: Path = CLAUSES_DIR) -> bool:
        """Import the clause library if the workspace's copy differs from ``clauses_dir``."""
        vocabulary_path = RESOURCES_DIR / "vocabulary.toml"
        if not Path(clauses_dir).is_dir():
            return False
        fingerprint = library_fingerprint(clauses_dir, vocabulary_path)
        if self.meta("library_fingerprint") == fingerprint:
            return False
        self.import_library(load_library(clauses_dir, vocabulary_path), fingerprint)
        return True

    @_writes
    def import_library(self, library: Library, fingerprint: str = "") -> None:
        """Replace the library, keeping clauses a drafter changed (e.g. pasted official text)."""
        kept = {row[0] for row in self.db.execute("SELECT id FROM clauses WHERE user_modified = 1")}
        vocab = library.vocabulary
        with self.db.atomic():
            self.db.execute("DELETE FROM clauses WHERE user_modified = 0")
            self.db.execute("DELETE FROM sources")
            self.db["sources"].insert_all(
                ({"id": s.id, "ord": i, "data": json.dumps(s.__dict__, ensure_ascii=False)}
                 for i, s in enumerate(library.sources.values())), pk="id")
            labels = {s.id: s.short or s.title for s in library.sources.values()}
            numbers = {c.id: c.number for c in library.clauses}
            rows = (self._clause_row(c, i, vocab, labels.get(c.source, c.source), numbers=numbers)
                    for i, c in enumerate(library.clauses) if c.id not in kept)
            self.db["clauses"].insert_all(rows, pk="id", batch_size=500)
            self.db["meta"].upsert({"key": "vocabulary", "value": json.dumps(
                {"topics": vocab.topics, "functions": vocab.functions, "terms": vocab.terms,
                 "glossary": vocab.glossary}, ensure_ascii=False)}, pk="key")
            self.db["meta"].upsert({"key": "library_fingerprint", "value": fingerprint}, pk="key")
        self._vocabulary = None
        self._sources = None

    @staticmethod
    def _clause_row(clause: Clause, ord_: int, vocab: Vocabulary, source_label: str,
                    user_modified: bool = False, numbers: dict[str, str] | None = None) -> dict:
        """The row of a clause; its searched text reads references as the library numbers them."""
        topics_en = " ".join(vocab.topic_label(t) for t in clause.topics)
        topics_zh = " ".join(vocab.topic_label(t, "zh") for t in clause.topics)
        number_of = (numbers or {}).get
        text_zh = readable(clause.text_zh(), number_of, "zh")
        kind_word = {"article": "Article", "item": "Item"}.get(clause.kind, clause.kind.title())
        return {
            "id": clause.id, "source": clause.source, "ord": ord_, "kind": clause.kind,
            "number": clause.number, "title": clause.title, "title_zh": clause.title_zh,
            "chapter": clause.chapter, "verification": clause.overall_verification,
            "topics": " " + " ".join(clause.topics) + " " + topics_en,
            "text_en": readable(clause.text(), number_of), "text_zh": text_zh,
            "cite": f"{clause.id} {source_label} {kind_word} {clause.number}",
            "zh_grams": zh_grams(" ".join([clause.title_zh, text_zh, topics_zh])),
            "zh_chars": zh_chars(" ".join([clause.title_zh, text_zh, topics_zh])),
            "data": json.dumps(clause.to_dict(), ensure_ascii=False),
            "user_modified": int(user_modified),
        }

    @property
    @_reads
    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            raw = json.loads(self.meta("vocabulary") or "{}")
            self._vocabulary = Vocabulary(raw.get("topics", {}), raw.get("functions", {}),
                                          raw.get("terms", {}), raw.get("glossary", []))
        return self._vocabulary

    @_reads
    def sources(self) -> dict[str, Source]:
        if self._sources is None:
            self._sources = {row[0]: _source(json.loads(row[1])) for row in
                             self.db.execute("SELECT id, data FROM sources ORDER BY ord")}
        return self._sources

    @_reads
    def clause(self, clause_id: str) -> Clause:
        row = self.db.execute("SELECT data FROM clauses WHERE id = ?", [clause_id]).fetchone()
        if row is None:
            raise WorkspaceError(msg("there is no clause {clause_id!r} in the library", clause_id=clause_id))
        return Clause.from_dict(json.loads(row[0]))

    @_reads
    def clauses(self, source: str | None = None, topic: str | None = None,
                verification: str | None = None) -> list[Clause]:
        where, params = self._filters(source, topic, verification)
        sql = "SELECT data FROM clauses" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY (SELECT ord FROM sources WHERE sources.id = clauses.source), ord"
        return [Clause.from_dict(json.loads(row[0])) for row in self.db.execute(sql, params)]

    @staticmethod
    def _filters(source, topic, verification, prefix: str = "") -> tuple[list[str], list]:
        where, params = [], []
        if source:
            where.append(f"{prefix}source = ?")
            params.append(source)
        if topic:
            where.append(f"{prefix}topics LIKE ?")
            params.append(f"% {topic} %")
        if verification:
            where.append(f"{prefix}verification = ?")
            params.append(LEGACY_LEVELS.get(verification, verification))   # "verified" = official
        return where, params

    @_reads
    def search(self, text: str, source: str | None = None, topic: str | None = None,
               verification: str | None = None, limit: int = 200) -> list[SearchHit]:
        """Clauses matching ``text`` (English stems, Chinese of 1+ characters), best first."""
        query = build_query(text, self.vocabulary.glossary)
        where, params = self._filters(source, topic, verification, prefix="c.")
        if query.empty:
            if not text.strip():
                sql = ("SELECT c.id, c.source, c.number, c.title, c.chapter, c.verification, "
                       "substr(c.text_en, 1, 160), 0 FROM clauses c"
                       + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.rowid LIMIT ?")
                return [SearchHit(*row) for row in self.db.execute(sql, params + [limit])]
            return []
        # Headings (title, topics) are ranked first, the other matches follow in library order.
        # Ranking costs a score per matching row: a one- or two-letter prefix, or a word in
        # thousands of headings, is listed in library order instead (counting is cheap), so a
        # keystroke never waits for the whole library to be scored. Snippets are cut in Python
        # for the rows shown, not by FTS5 for every row that matches.
        hits: dict[str, SearchHit] = {}
        chinese = bool(HAN.search("".join(query.terms)))
        columns = ("c.id, c.source, c.number, c.title, c.chapter, c.verification, "
                   "coalesce(c.text_en, ''), coalesce(c.text_zh, '')")
        filters = "".join(" AND " + w for w in where)
        if query.short or self._fts_count(query.head) > RANK_AT_MOST:
            ranked = None
        elif where:
            ranked = (f"SELECT {columns}, f.rank FROM (SELECT rowid, rank FROM clauses_fts WHERE "
                      f"clauses_fts MATCH ?) f JOIN clauses c ON c.rowid = f.rowid WHERE 1{filters} "
                      "ORDER BY f.rank LIMIT ?")
        else:
            ranked = (f"SELECT {columns}, f.rank FROM (SELECT rowid, rank FROM clauses_fts WHERE "
                      "clauses_fts MATCH ? ORDER BY rank LIMIT ?) f JOIN clauses c ON c.rowid = f.rowid "
                      "ORDER BY f.rank")
        in_order = (f"SELECT {columns}, 0 FROM clauses c WHERE c.rowid IN (SELECT rowid FROM clauses_fts "
                    f"WHERE clauses_fts MATCH ?){filters} ORDER BY c.rowid LIMIT ?")
        stages = [(ranked or in_order, query.head), (in_order, query.match)]
        for sql, expression in stages:
            if len(hits) >= limit:
                break
            args = [expression] + params + [limit]
            try:
                rows = self.db.execute(sql, args).fetchall()
            except sqlite3.OperationalError as exc:
                if "fts5" not in str(exc):   # the builder quotes every term; anything else is a bug
                    raise
                rows = []
            for row in rows:
                if row[0] not in hits:
                    text = (row[7] if chinese and row[7] else row[6]) or row[7] or row[3]
                    hits[row[0]] = SearchHit(*row[:6], rank=row[8], text=text, terms=query.terms)
        return list(hits.values())[:limit]

    def _fts_count(self, expression: str) -> int:
        try:
            return self.db.execute("SELECT count(*) FROM clauses_fts WHERE clauses_fts MATCH ?",
                                   [expression]).fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "fts5" not in str(exc):
                raise
            return 0

    @_writes
    def update_clause(self, clause: Clause, who: str, action: str = "edit") -> None:
        """Store a drafter's change to a library clause (e.g. official text pasted and verified)."""
        clause.title, clause.title_zh = clean_line(clause.title), clean_line(clause.title_zh)
        clean_paras(clause.paras)
        old = self.db.execute("SELECT data, ord FROM clauses WHERE id = ?", [clause.id]).fetchone()
        if old is None:
            raise WorkspaceError(msg("there is no clause {clause_id!r} in the library", clause_id=clause.id))
        with self.db.atomic():
            source = self.sources().get(clause.source)
            label = (source.short or source.title) if source else clause.source
            numbers = dict(self.db.execute("SELECT id, number FROM clauses WHERE id IN (%s)" % ",".join(
                "?" * len(clause.refers_to)), clause.refers_to).fetchall()) if clause.refers_to else {}
            self.db["clauses"].upsert(self._clause_row(clause, old[1], self.vocabulary, label, True, numbers),
                                      pk="id")
            self.db["clause_history"].insert({"clause_id": clause.id, "at": now_iso(), "who": who,
                                              "action": action, "old": old[0],
                                              "new": json.dumps(clause.to_dict(), ensure_ascii=False)})

    @_reads
    def clause_history(self, clause_id: str) -> list[dict]:
        rows = self.db.execute("SELECT at, who, action, old, new FROM clause_history "
                               "WHERE clause_id = ? ORDER BY id", [clause_id])
        return [{"at": r[0], "who": r[1], "action": r[2], "old": json.loads(r[3]),
                 "new": json.loads(r[4])} for r in rows]

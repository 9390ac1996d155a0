"""The workspace's connection: plain ``sqlite3`` for reading and writing rows.

sqlite-utils is kept for what it does well, creating and upgrading the schema (``schema.py``,
imported only when a migration is pending). Opening a workspace does not import it: its import
(click, dateutil, pluggy) cost about a tenth of a second of every start of the application. The
row writes the workspace makes need four statements, written here.
"""
from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

_savepoints = itertools.count(1)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Database:
    """A connection with transactions that nest (``atomic``) and ``db[table]`` row writers."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: Iterable | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, name: str) -> "Table":
        return Table(self, name)

    @contextmanager
    def atomic(self, immediate: bool = False) -> Iterator["Database"]:
        """One transaction; inside another, a savepoint (rolled back alone if its block fails).

        ``immediate`` takes the write lock at once (``BEGIN IMMEDIATE``): what is read inside is
        what the writes inside are based on, as no other program can commit in between.
        """
        if self.conn.in_transaction:
            savepoint = f"workbench_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger can end the whole transaction, savepoints included.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")


class Table:
    """Row writes into one existing table. ``pk`` names its primary key column (for ``upsert``)."""

    def __init__(self, db: Database, name: str):
        self.db = db
        self.name = name

    def insert(self, record: dict, pk: str | None = None) -> None:
        self.insert_all([record], pk)

    def insert_all(self, records: Iterable[dict], pk: str | None = None, batch_size: int = 500) -> None:
        """Insert new rows (an existing key is an ``sqlite3.IntegrityError``)."""
        self._write(records, pk, upsert=False, batch_size=batch_size)

    def upsert(self, record: dict, pk: str) -> None:
        self.upsert_all([record], pk)

    def upsert_all(self, records: Iterable[dict], pk: str, batch_size: int = 500) -> None:
        """Insert rows, or update the given columns of the rows whose ``pk`` exists already."""
        self._write(records, pk, upsert=True, batch_size=batch_size)

    def _write(self, records: Iterable[dict], pk: str | None, upsert: bool, batch_size: int) -> None:
        rows = iter(records)
        first = next(rows, None)
        if first is None:
            return
        columns = list(first)
        sql = (f"INSERT INTO {_quoted(self.name)} ({', '.join(map(_quoted, columns))}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        if upsert:
            if pk is None or pk not in columns:
                raise ValueError(f"an upsert into {self.name} needs its key column {pk!r} in every row")
            updates = ", ".join(f"{_quoted(c)} = excluded.{_quoted(c)}" for c in columns if c != pk)
            sql += f" ON CONFLICT ({_quoted(pk)}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING")
        with self.db.atomic():
            for batch in _batches(itertools.chain([first], rows), batch_size):
                self.db.conn.executemany(sql, [self._values(record, columns) for record in batch])

    def _values(self, record: dict, columns: list[str]) -> tuple:
        if len(record) != len(columns):
            raise ValueError(f"rows written together into {self.name} must have the same columns")
        try:
            return tuple(record[c] for c in columns)
        except KeyError as exc:
            raise ValueError(f"rows written together into {self.name} must have the same columns") from exc


def _batches(items: Iterable, size: int) -> Iterator[tuple]:
    iterator = iter(items)
    while batch := tuple(itertools.islice(iterator, size)):
        yield batch

"""Importing a precedent collection (a ToTA folder) into the database beside a workspace.

The files are read, split into articles and given their MinHash band keys in worker processes
(the machine's cores, at most four); the database is written in one transaction, newest agreement
first, so that a failed import leaves the collection as it was, and the workspace is never
opened for writing at all. An agreement imported before from the same file content is left as it
is; a changed file replaces its agreement in place (same identifier). Texts damaged by character
recognition (words run together) are measured against the words the whole collection uses, and
flagged, never dropped. Files that are not ToTA agreements are skipped, each with its reason.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from ..core.lineage import damage, repaired_words, shingles, words
from ..core.messages import message_in, msg
from ..core.precedents import AGREEMENT_DAMAGED, ARTICLE_DAMAGED, PrecedentError
from ..storage.precedents import PrecedentStore
from . import tota
from .signatures import band_keys, signature

#: Changes when what an import stores changes: every agreement is then imported again.
IMPORT_VERSION = "1"
#: A word is "known" (not damage) when this share of the agreements uses it (at least two).
KNOWN_SHARE = 0.01
#: From this many changed agreements on, the full-text index is rebuilt once instead of row by row.
BULK = 20

Progress = Callable[[float, str], None]


@dataclass
class ImportSummary:
    folder: str
    agreements: int = 0           # in the collection after the import
    articles: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    damaged: list[str] = field(default_factory=list)       # agreements flagged ("pta_335 Peru - Singapore")
    damaged_articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (file, reason)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        data = dict(self.__dict__)
        data["skipped"] = [{"file": f, "reason": str(r), "template": getattr(r, "template", str(r)),
                            "params": {k: str(v) for k, v in getattr(r, "params", {}).items()}}
                           for f, r in self.skipped]
        return data


def _fingerprint(path: Path) -> str:
    digest = hashlib.sha256(IMPORT_VERSION.encode())
    digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def prepare(path: str, known: str | None = None) -> tuple:
    """Read one file in a worker: ("ok", agreement, fingerprint, band keys per article, its words),
    ("same", file name, fingerprint) when its content is ``known`` already, or ("skip", file name, reason)."""
    path = Path(path)
    try:
        fingerprint = _fingerprint(path)
        if known == fingerprint:
            return ("same", path.name, fingerprint)
        agreement = tota.read(path)
    except PrecedentError as exc:
        return ("skip", path.name, message_in(exc))
    except OSError as exc:
        return ("skip", path.name, msg("{name}: cannot be read ({reason})", name=path.name,
                                       reason=exc.strerror or str(exc)))
    keys, vocabulary = [], set()
    for article in agreement.articles:
        article_words = words(article.text)
        vocabulary.update(article_words)
        keys.append(band_keys(signature(shingles(article_words))))
    return ("ok", agreement, fingerprint, keys, sorted(vocabulary))


def _files(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    if not folder.exists():
        raise PrecedentError(msg("{folder}: no such folder", folder=folder))
    if not folder.is_dir():
        raise PrecedentError(msg("{folder}: not a folder; choose the folder that holds the ToTA files (pta_N.xml)",
                                 folder=folder))
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise PrecedentError(msg("{folder}: cannot be read ({reason})", folder=folder,
                                 reason=exc.strerror or exc)) from exc
    if (folder / "xml").is_dir() and not any(tota.is_candidate(p) for p in entries):
        return _files(folder / "xml")            # the corpus's own folder: its files are in xml/
    candidates, skipped = [], []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if tota.is_candidate(entry) and entry.is_file():
            candidates.append(entry)
        else:
            skipped.append((entry.name, msg("{name}: not a ToTA agreement file (pta_N.xml)", name=entry.name)))
    if not candidates:
        raise PrecedentError(msg("{folder}: holds no ToTA agreement files (pta_N.xml); nothing was imported",
                                 folder=folder))
    return candidates, skipped


def import_folder(folder: Path | str, store_path: Path | str, progress: Progress | None = None,
                  workers: int | None = None) -> ImportSummary:
    """Import the ToTA files of ``folder`` into the collection at ``store_path`` (created if needed)."""
    started = time.perf_counter()
    folder = Path(folder)
    report = progress or (lambda fraction, text: None)
    candidates, skipped = _files(folder)
    summary = ImportSummary(str(folder), skipped=skipped)
    store = PrecedentStore.open(store_path, create=True)
    try:
        known_prints = store.fingerprints()
        report(0.0, msg("Reading {count} files", count=len(candidates)))
        pool = _pool(len(candidates), workers)
        try:
            _import(store, candidates, known_prints, summary, report, pool)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        counts = store.counts()
        summary.agreements, summary.articles = counts["agreements"], counts["articles"]
        summary.damaged = store.flagged()
        summary.damaged_articles = store.damaged_articles(ARTICLE_DAMAGED)
    finally:
        store.close()
    summary.seconds = round(time.perf_counter() - started, 2)
    report(1.0, msg("Imported {agreements} agreements, {articles} articles", agreements=summary.agreements,
                    articles=summary.articles))
    return summary


def _import(store: PrecedentStore, candidates: list[Path], known_prints: dict[str, str], summary: ImportSummary,
            report: Progress, pool) -> None:
    by_file = store.fingerprints(by="file")
    prepared = _prepare_all(candidates, report, pool, by_file)
    results = []
    for item in prepared:
        if item[0] == "skip":
            summary.skipped.append((item[1], item[2]))
        elif item[0] == "same":
            summary.unchanged += 1
        else:
            results.append(item)
    if not results and not summary.unchanged:
        raise PrecedentError(msg("{folder}: none of its ToTA files could be read; nothing was imported",
                                 folder=summary.folder))
    results.sort(key=lambda r: (r[1].date or "0000"), reverse=True)      # newest first
    report(0.6, msg("Writing {count} agreements", count=len(results)))
    _write(store, results, known_prints, summary, report, pool)


def _pool(count: int, workers: int | None):
    """A pool of worker processes (None to work in this process: one core, or few files)."""
    workers = workers if workers is not None else min(4, os.cpu_count() or 1)
    if workers <= 1 or count < 16:
        return None
    import multiprocessing
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _prepare_all(candidates: list[Path], report: Progress, pool, known: dict[str, str]) -> list[tuple]:
    count = len(candidates)
    paths, prints = [str(p) for p in candidates], [known.get(p.name) for p in candidates]
    items = pool.map(prepare, paths, prints, chunksize=4) if pool else map(prepare, paths, prints)
    out = []
    for i, item in enumerate(items):
        out.append(item)
        report(0.6 * (i + 1) / count, candidates[i].name)
    return out


def _write(store: PrecedentStore, results: list[tuple], known_prints: dict[str, str], summary: ImportSummary,
           report: Progress, pool) -> None:
    conn = store.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        vocabularies = dict(conn.execute("SELECT id, vocabulary FROM agreements").fetchall())
        changed: set[str] = set()
        pending: list[tuple[int, int]] = []
        fresh = [r for r in results if known_prints.get(r[1].id) != r[2]]
        with store.bulk() if len(fresh) >= BULK else nullcontext():
            for i, (_, agreement, fingerprint, keys, vocabulary) in enumerate(results):
                if known_prints.get(agreement.id) == fingerprint:
                    summary.unchanged += 1
                    continue
                if agreement.id in known_prints:
                    summary.updated += 1
                else:
                    summary.added += 1
                store.replace_agreement(agreement, fingerprint, i, keys, pending)
                conn.execute("UPDATE agreements SET vocabulary = ? WHERE id = ?", [" ".join(vocabulary), agreement.id])
                vocabularies[agreement.id] = " ".join(vocabulary)
                changed.add(agreement.id)
                report(0.6 + 0.25 * (i + 1) / len(results), agreement.name)
            report(0.85, msg("Indexing {count} articles", count=sum(len(r[1].articles) for r in fresh)))
        store.add_bands(pending)
        if changed:
            report(0.9, msg("Looking for texts damaged by character recognition"))
            _measure_damage(store, vocabularies)
        store.set_meta("imported_from", summary.folder)
        store.set_meta("imported_at", time.strftime("%Y-%m-%dT%H:%M:%S"))
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):      # locked by another import, a full disk …
            raise store.error(exc) from exc
        raise


def damage_of(known: dict[str, int], rows: list[tuple[int, str, str]]) -> list[tuple[int, str, float, int]]:
    """(rowid, agreement, share of run-together words, words) of each article."""
    return [(rowid, agreement_id, *damage(text, known)) for rowid, agreement_id, text in rows]


def _measure_damage(store: PrecedentStore, vocabularies: dict[str, str | None]) -> None:
    """Flag the articles and agreements whose words run together (against the collection's words)."""
    frequency: Counter = Counter()
    for vocabulary in vocabularies.values():
        frequency.update((vocabulary or "").split())
    least = max(2, int(KNOWN_SHARE * len(vocabularies)))
    known = {word: count for word, count in frequency.items() if count >= least}
    store.set_meta("known_words", known)         # lineage queries split run-together words as the import did
    rows = store.conn.execute("SELECT rowid, agreement_id, text FROM articles").fetchall()
    measured = damage_of(known, rows)
    article_damage: dict[int, float] = {}
    totals: dict[str, list[float]] = {}
    for rowid, agreement_id, ratio, count in measured:
        article_damage[rowid] = round(ratio, 4)
        total = totals.setdefault(agreement_id, [0.0, 0.0])
        total[0] += ratio * count
        total[1] += count
    agreement_damage = {}
    for agreement_id, (bad, count) in totals.items():
        ratio = bad / count if count else 0.0
        agreement_damage[agreement_id] = (round(ratio, 4), ratio >= AGREEMENT_DAMAGED)
    store.set_damage(article_damage, agreement_damage)
    _repair(store, known, {rowid for rowid, ratio in article_damage.items() if ratio >= ARTICLE_DAMAGED})


def _repair(store: PrecedentStore, known: dict[str, int], damaged: set[int]) -> None:
    """Give the damaged articles the words they were meant to have (run-together words split again
    where the collection's words tell how), and the band keys of those, so that their lineage is
    found like any other's; an article no longer damaged gets its plain keys back."""
    rows = store.conn.execute("SELECT rowid, text FROM articles WHERE words IS NOT NULL").fetchall()
    seen = {rowid for rowid, _ in rows}
    wanted = [r for r in damaged if r not in seen]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows += store.conn.execute(f"SELECT rowid, text FROM articles WHERE rowid IN ({','.join('?' * len(chunk))})",
                                   chunk).fetchall()
    updates = []
    for rowid, text in rows:
        plain = words(text)
        repaired = repaired_words(text, known) if rowid in damaged else plain
        updates.append((rowid, " ".join(repaired) if repaired != plain else None,
                        band_keys(signature(shingles(repaired)))))
    store.set_words(updates)

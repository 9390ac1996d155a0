"""The clause library as the checker sees it: a summary of every clause, indexed by criterion,
function, term and topic; full readings of clauses loaded when a draft or a suggestion needs them.

``LibraryIndex.build(clauses)`` reads a list of clauses at once (tests, small libraries).
``index_for_workspace(ws)`` serves a workspace's library: each clause is read once and its
reading kept in the workspace (``stored``), so opening a 20,000-clause library costs a query and
a few thousand small objects, not half a minute and a million objects. Clauses and their full
readings come from the workspace file on demand, through connections of the index's own (the
check runs in a worker thread while the window uses the workspace).
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..core.assemble import article_from_clause
from ..core.library import Clause, Source
from ..paths import RESOURCES_DIR
from .analysis import Analyser, ArticleContent
from .criteria import STRENGTH_ORDER, Criteria, default_criteria
from .stored import Summary, content_from_json, content_to_json, reading_version

PREAMBLE_KINDS = ("preamble", "recital", "closing")
BINDING_NATURES = ("binding-treaty", "workbench-model")
_NATURE_RANK = {"binding-treaty": 3, "workbench-model": 2, "resolution": 1, "soft-law": 1, "policy-declaration": 0}
#: Among equals: official text first, then reproductions and model clauses, transcriptions last.
_LEVEL_RANK = {"official": 0, "reproduction": 1, "model": 1, "transcription": 2}
#: Readings missing for at least this many clauses are made in a separate process when asked
#: (``out_of_process``): the reading is CPU work that would otherwise hold up the window's thread.
PROCESS_AT_LEAST = 1000
_READ_BATCH = 500

log = logging.getLogger(__name__)


@dataclass
class LibraryIndex:
    """Library metadata for the checker: ``summaries`` of every clause and the lookups made from
    them; ``clauses`` and ``contents`` (full readings) as mappings, loaded on demand or at once."""

    clauses: Mapping[str, Clause]
    sources: dict[str, Source]
    analyser: Analyser
    contents: Mapping[str, ArticleContent] = field(default_factory=dict)
    summaries: dict[str, Summary] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)
    by_criterion: dict[str, list[str]] = field(default_factory=dict)
    providers: dict[str, list[str]] = field(default_factory=dict)
    definers: dict[str, list[str]] = field(default_factory=dict)
    #: clauses worded as binding obligations throughout (binding treaties and model clauses, no
    #: final clauses), strongest and most authoritative first; and those, in that order, by their
    #: set of topics (a library has far fewer topic sets than clauses)
    firm: list[str] = field(default_factory=list)
    firm_by_topics: dict[frozenset, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, clauses: list[Clause], sources: dict[str, Source] | None = None,
              criteria: Criteria | None = None, terms: dict[str, dict] | None = None) -> "LibraryIndex":
        """Read every clause now; ``terms`` is the vocabulary's [[term]] table (for aliases)."""
        criteria = criteria or default_criteria()
        by_id = {c.id: c for c in clauses}
        index = cls(clauses=by_id, sources=dict(sources or {}),
                    analyser=Analyser(criteria, by_id, term_aliases(terms)))
        contents: dict[str, ArticleContent] = {}
        for clause in clauses:
            contents[clause.id] = index.analyser.analyse(article_from_clause(clause))
        index.contents = contents
        index._index({c.id: Summary.of(c, contents[c.id]) for c in clauses})
        return index

    @classmethod
    def empty(cls, criteria: Criteria | None = None) -> "LibraryIndex":
        """No clauses (no suggestions), but the vocabulary's term aliases."""
        return cls.build([], {}, criteria, _vocabulary_terms())

    def _index(self, summaries: dict[str, Summary]) -> None:
        """The lookups, from the summaries (in library order)."""
        self.summaries = summaries
        self._aspect_scores: dict[str, dict] = {}
        self.order = {cid: i for i, cid in enumerate(summaries)}
        natures = {sid: -_NATURE_RANK.get(source.nature, 0) for sid, source in self.sources.items()}
        self._ranks = {cid: (natures.get(s.source, 0), _LEVEL_RANK.get(s.level, 2))
                       for cid, s in summaries.items()}
        final = self.analyser.criteria.final_functions
        for cid, summary in summaries.items():
            if summary.kind in PREAMBLE_KINDS:
                continue
            for crit_id in dict.fromkeys(h[0] for h in summary.hits):
                self.by_criterion.setdefault(crit_id, []).append(cid)
            for function in summary.provides:
                self.providers.setdefault(function, []).append(cid)
            for term in summary.defines:
                self.definers.setdefault(term, []).append(cid)
            if (summary.paras and summary.firm == summary.paras and not set(summary.provides) & final
                    and self.nature(cid) in BINDING_NATURES):
                self.firm.append(cid)
        self.firm.sort(key=lambda cid: (-self.summaries[cid].firm, self.rank(cid), cid))
        for cid in self.firm:
            self.firm_by_topics.setdefault(frozenset(self.summaries[cid].topics), []).append(cid)

    def aspect_scores(self, crit) -> dict[str, tuple[tuple[str, float], ...]]:
        """Clause id -> (aspect, 2.0 if strong enough for it else 0.5) for each phrase of ``crit``
        the clause has (what ``suggest`` ranks candidates by), made once per criterion."""
        found = self._aspect_scores.get(crit.id)
        if found is None:
            found = {}
            for cid in self.by_criterion.get(crit.id, ()):
                scores = []
                for criterion, aspect_id, strength in self.summaries[cid].hits:
                    if criterion != crit.id:
                        continue
                    try:
                        aspect = crit.aspect(aspect_id)
                    except KeyError:
                        continue
                    strong = STRENGTH_ORDER[strength] >= STRENGTH_ORDER[aspect.min_strength]
                    scores.append((aspect_id, 2.0 if strong else 0.5))
                found[cid] = tuple(scores)
            self._aspect_scores[crit.id] = found
        return found

    # ----- what a check asks --------------------------------------------------------------
    def prefetch(self, clause_ids: Iterable[str]) -> None:
        """Load, in one go, what checking articles copied from ``clause_ids`` will need."""
        for mapping in (self.clauses, self.contents):
            if isinstance(mapping, _Lazy):
                mapping.load(clause_ids)

    def nature(self, clause_id: str) -> str:
        summary = self.summaries.get(clause_id)
        source = self.sources.get(summary.source) if summary else None
        return source.nature if source else ""

    def rank(self, clause_id: str) -> tuple:
        """Sort key among equally good clauses: binding treaty text first, then model clauses,
        then soft law; official text before reproductions, reproductions before transcriptions."""
        return self._ranks.get(clause_id, (0, 2))

    def level(self, clause_id: str) -> str:
        """The provenance level of a library clause ("" when it is not in the library)."""
        summary = self.summaries.get(clause_id)
        return summary.level if summary else ""

    def source_label(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return (source.short or source.title) if source else source_id

    def heading(self, clause_id: str, lang: str = "en") -> str:
        clause = self.clauses[clause_id]
        return clause.display_heading(self.sources, lang)

    def labels(self) -> dict[str, str]:
        """Source id -> short label (for rendering references to absent articles)."""
        return {sid: self.source_label(sid) for sid in self.sources}


def term_aliases(terms: dict[str, dict] | None) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for term_id, entry in (terms or {}).items():
        aliases[term_id.lower()] = term_id
        # the Chinese name is the same term: a bilingual definition defines it once (F4)
        for alias in (entry.get("aliases", []) or []) + ([entry["zh"]] if entry.get("zh") else []):
            aliases[str(alias).lower()] = term_id
    return aliases


def _vocabulary_terms() -> dict[str, dict]:
    """The [[term]] table of resources/vocabulary.toml ({} if it cannot be read)."""
    try:
        data = tomllib.loads((RESOURCES_DIR / "vocabulary.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {t["id"]: t for t in data.get("term", []) if isinstance(t, dict) and t.get("id")}


# ----- a workspace's library, read on demand ---------------------------------------------------
class _Lazy(Mapping):
    """A mapping over a fixed list of keys whose values are loaded in batches when first asked."""

    def __init__(self, keys: dict[str, int], load: Callable[[list[str]], dict]):
        self._keys = keys
        self._load = load
        self._values: dict = {}
        self._lock = threading.Lock()

    def load(self, keys: Iterable[str]) -> None:
        wanted = [k for k in dict.fromkeys(keys) if k in self._keys and k not in self._values]
        if wanted:
            found = self._load(wanted)
            with self._lock:
                self._values.update(found)

    def __getitem__(self, key: str):
        try:
            return self._values[key]
        except KeyError:
            if key not in self._keys:
                raise
        self.load([key])
        return self._values[key]

    def loaded(self, key: str):
        return self._values.get(key)

    def __contains__(self, key) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def items(self):
        """Every (key, value), loading what is missing in batches (the library graph asks this)."""
        keys = list(self._keys)
        for start in range(0, len(keys), _READ_BATCH):
            self.load(keys[start:start + _READ_BATCH])
        return [(k, self._values[k]) for k in keys if k in self._values]

    def values(self):
        return [v for _k, v in self.items()]


#: Readings made in this process, by (version, clause data): tests and "Save a copy" open new
#: workspaces holding the same library, which need not be read again.
_MADE: dict[tuple[str, str], tuple[str, str]] = {}
_MADE_AT_MOST = 1000


def read_clauses(reader, version: str, criteria: Criteria, aliases: dict[str, str],
                 ids: list[str], contents: bool = True) -> dict[str, tuple[str, str]]:
    """Read the clauses ``ids`` now and keep their readings in the workspace: {id: (summary, content)}
    (content "" unless ``contents``: 20,000 full readings would be ~70 MB held for nothing)."""
    made: dict[str, tuple[str, str]] = {}
    analyser = None
    for start in range(0, len(ids), _READ_BATCH):
        data = reader.clause_data(ids[start:start + _READ_BATCH])
        rows = []
        for cid, text in data.items():
            found = _MADE.get((version, text))
            if found is None:
                clause = Clause.from_dict(json.loads(text))
                # an analyser of its own: the clause is at hand, and nothing read is kept twice
                analyser = analyser or Analyser(criteria, {}, aliases, cache_size=1)
                content = analyser.analyse(article_from_clause(clause), clause)
                found = (Summary.of(clause, content).to_json(), content_to_json(content))
                if len(_MADE) >= _MADE_AT_MOST:
                    _MADE.clear()
                _MADE[(version, text)] = found
            made[cid] = found if contents else (found[0], "")
            rows.append((cid, text, *found))
        reader.store(version, rows)
    return made


def _read_in_process(path: Path) -> bool:
    """Run ``python -m workbench.checker.prepare PATH``; False if it did not finish its work."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    try:
        done = subprocess.run([sys.executable, "-m", "workbench.checker.prepare", str(path)], env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=3600)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("the library could not be read in a separate process: %s", exc)
        return False
    if done.returncode != 0:
        log.warning("reading the library in a separate process failed: %s", done.stderr.strip()[-500:])
    return done.returncode == 0


def index_from_reader(reader, sources: dict[str, Source], criteria: Criteria, terms: dict[str, dict],
                      out_of_process: bool = False) -> LibraryIndex:
    """The index of the library ``reader`` reads, using (and completing) the stored readings."""
    aliases = term_aliases(terms)
    version = reading_version(criteria, aliases)
    rows = reader.summaries(version)
    missing = [cid for cid, summary in rows if summary is None]
    if (len(missing) >= PROCESS_AT_LEAST and out_of_process and criteria is default_criteria()
            and _read_in_process(reader.path)):
        rows = reader.summaries(version)
        missing = [cid for cid, summary in rows if summary is None]
    made = {cid: summary for cid, (summary, _c) in
            (read_clauses(reader, version, criteria, aliases, missing, contents=False) if missing else {}).items()}
    keys = {cid: i for i, (cid, _s) in enumerate(rows)}
    clauses = _Lazy(keys, reader.clauses)
    analyser = Analyser(criteria, clauses, aliases)

    def load_contents(ids: list[str]) -> dict[str, ArticleContent]:
        found = {cid: content_from_json(text) for cid, text in reader.contents(version, ids).items()}
        rest = [cid for cid in ids if cid not in found]
        found.update((cid, content_from_json(c))
                     for cid, (_s, c) in read_clauses(reader, version, criteria, aliases, rest).items())
        return found

    contents = _Lazy(keys, load_contents)
    index = LibraryIndex(clauses=clauses, sources=dict(sources), analyser=analyser, contents=contents)
    known = [(cid, summary if summary is not None else made[cid]) for cid, summary in rows
             if summary is not None or cid in made]
    index._index(dict(zip([cid for cid, _s in known], Summary.many_from_json([s for _c, s in known]))))
    analyser.known = contents.loaded
    return index


_CACHE: dict[tuple, LibraryIndex] = {}
_LOCK = threading.Lock()


def index_for_workspace(workspace, criteria: Criteria | None = None, out_of_process: bool = False) -> LibraryIndex:
    """The library index of an open workspace, made once per library state and criteria.

    ``out_of_process``: read a large unread library in a separate process (the GUI asks this,
    so that reading never competes with the window for the interpreter)."""
    from ..storage.analysis import LibraryReader

    criteria = criteria or default_criteria()
    fingerprint = workspace.meta("library_fingerprint") or ""
    edits = tuple(workspace.db.execute("SELECT count(*), max(rowid) FROM clause_history").fetchone())
    key = (str(Path(workspace.path).resolve()), fingerprint, edits, id(criteria))
    with _LOCK:
        found = _CACHE.get(key)
        if found is None:
            found = index_from_reader(LibraryReader(workspace.path, read_only=not getattr(workspace, "file_writable", True)), workspace.sources(), criteria,
                                      workspace.vocabulary.terms, out_of_process)
            for stale in [k for k in _CACHE if k[0] == key[0]]:
                del _CACHE[stale]
            if len(_CACHE) > 8:
                _CACHE.clear()
            _CACHE[key] = found
        return found

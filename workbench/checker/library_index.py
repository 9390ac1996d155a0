"""The clause library read once per workspace: each clause analysed, indexed by criterion, function, term."""
from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass, field

from ..core.assemble import article_from_clause
from ..core.library import Clause, Source
from ..paths import RESOURCES_DIR
from .analysis import Analyser, ArticleContent
from .criteria import Criteria, default_criteria

PREAMBLE_KINDS = ("preamble", "recital", "closing")


@dataclass
class LibraryIndex:
    """Library metadata precomputed for the checker (build it with ``LibraryIndex.build``)."""

    clauses: dict[str, Clause]
    sources: dict[str, Source]
    analyser: Analyser
    contents: dict[str, ArticleContent] = field(default_factory=dict)
    by_criterion: dict[str, list[str]] = field(default_factory=dict)
    providers: dict[str, list[str]] = field(default_factory=dict)
    definers: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, clauses: list[Clause], sources: dict[str, Source] | None = None,
              criteria: Criteria | None = None, terms: dict[str, dict] | None = None) -> "LibraryIndex":
        """Analyse every clause once; ``terms`` is the vocabulary's [[term]] table (for aliases)."""
        criteria = criteria or default_criteria()
        aliases: dict[str, str] = {}
        for term_id, entry in (terms or {}).items():
            aliases[term_id.lower()] = term_id
            for alias in entry.get("aliases", []) or []:
                aliases[str(alias).lower()] = term_id
        by_id = {c.id: c for c in clauses}
        index = cls(clauses=by_id, sources=dict(sources or {}),
                    analyser=Analyser(criteria, by_id, aliases))
        for clause in clauses:
            content = index.analyser.analyse(article_from_clause(clause))
            index.contents[clause.id] = content
            if clause.kind in PREAMBLE_KINDS:
                continue
            for crit_id in content.hits:
                index.by_criterion.setdefault(crit_id, []).append(clause.id)
            for function in content.provides:
                index.providers.setdefault(function, []).append(clause.id)
            for term, _para, _text in content.defines:
                index.definers.setdefault(term.lower(), []).append(clause.id)
        return index

    @classmethod
    def empty(cls, criteria: Criteria | None = None) -> "LibraryIndex":
        """No clauses (no suggestions), but the vocabulary's term aliases."""
        return cls.build([], {}, criteria, _vocabulary_terms())

    def nature(self, clause_id: str) -> str:
        clause = self.clauses.get(clause_id)
        source = self.sources.get(clause.source) if clause else None
        return source.nature if source else ""

    def source_label(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return (source.short or source.title) if source else source_id

    def heading(self, clause_id: str, lang: str = "en") -> str:
        clause = self.clauses[clause_id]
        return clause.display_heading(self.sources, lang)

    def labels(self) -> dict[str, str]:
        """Source id -> short label (for rendering references to absent articles)."""
        return {sid: self.source_label(sid) for sid in self.sources}


def _vocabulary_terms() -> dict[str, dict]:
    """The [[term]] table of resources/vocabulary.toml ({} if it cannot be read)."""
    try:
        data = tomllib.loads((RESOURCES_DIR / "vocabulary.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {t["id"]: t for t in data.get("term", []) if isinstance(t, dict) and t.get("id")}


_CACHE: dict[tuple, LibraryIndex] = {}
_LOCK = threading.Lock()


def index_for_workspace(workspace, criteria: Criteria | None = None) -> LibraryIndex:
    """The library index of an open workspace, built once per library state and criteria file."""
    criteria = criteria or default_criteria()
    fingerprint = workspace.meta("library_fingerprint") or ""
    edits = tuple(workspace.db.execute("SELECT count(*), max(rowid) FROM clause_history").fetchone())
    # workspaces with the same library file state share one index; a drafter's edits to library
    # clauses (verified text pasted in) make it the workspace's own
    key = (str(workspace.path) if edits[0] else "", fingerprint, edits, id(criteria))
    with _LOCK:
        found = _CACHE.get(key)
        if found is None:
            vocabulary = workspace.vocabulary
            found = LibraryIndex.build(workspace.clauses(), workspace.sources(), criteria, vocabulary.terms)
            for stale in [k for k in _CACHE if k[0] == key[0] and k[0]]:
                del _CACHE[stale]
            if len(_CACHE) > 8:
                _CACHE.clear()
            _CACHE[key] = found
        return found

"""Load and validate the clause library (clauses/*.toml) and its vocabularies.

Every problem is reported as ``path:line: what is wrong`` so that a legal expert editing a
clause file by hand finds it at once.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.library import (LEVELS, MODEL, NATURES, REPRODUCTION, STRENGTHS, VERIFICATION, Clause, Para,
                            Source, level_of)
from ..core.messages import Message, msg

CLAUSE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*/(?:preamble|closing|[a-z]+-[0-9a-z][0-9a-z.-]*)$")
KINDS = ("article", "preamble", "recital", "paragraph", "item", "principle", "closing", "vision",
         "section", "action")
SOURCE_KEYS = {"id", "title", "title_zh", "title_zh_official", "short", "date", "nature", "url",
               "corpus_file", "completeness", "languages", "note", "copy", "title_zh_note"}
CLAUSE_KEYS = {"id", "kind", "number", "title", "title_zh", "chapter", "chapter_zh", "verification",
               "verification_zh", "copy", "copy_zh", "precedent", "precedent_zh", "divergence",
               "incomplete", "url", "note", "topics", "provides", "requires",
               "defines", "uses", "refers_to", "conflicts_with", "alternative_to", "para", "footnote"}
TEXT_KEYS = ("copy", "copy_zh", "precedent", "precedent_zh", "divergence", "note")
PARA_KEYS = {"label", "strength", "text", "zh", "sub"}
LIST_KEYS = ("topics", "provides", "requires", "defines", "uses", "refers_to", "conflicts_with",
             "alternative_to")


class LibraryError(ValueError):
    """A malformed library file: path, line and what is wrong."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = Path(path), line, message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(msg("{where}: {message}", where=where, message=message))


@dataclass
class Vocabulary:
    topics: dict[str, dict] = field(default_factory=dict)
    functions: dict[str, dict] = field(default_factory=dict)
    terms: dict[str, dict] = field(default_factory=dict)
    glossary: list[dict] = field(default_factory=list)

    def topic_label(self, topic: str, lang: str = "en") -> str:
        entry = self.topics.get(topic, {})
        return entry.get(lang) or entry.get("en") or topic

    def function_label(self, function: str, lang: str = "en") -> str:
        entry = self.functions.get(function, {})
        return entry.get(lang) or entry.get("en") or function


@dataclass
class Library:
    sources: dict[str, Source] = field(default_factory=dict)
    clauses: list[Clause] = field(default_factory=list)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    def by_id(self) -> dict[str, Clause]:
        return {c.id: c for c in self.clauses}

    def of_source(self, source_id: str) -> list[Clause]:
        return [c for c in self.clauses if c.source == source_id]


class _Lines:
    """Finds the line of a clause, a key or a paragraph in a TOML file's text."""

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.clause_starts = [i + 1 for i, line in enumerate(self.lines)
                              if line.strip() == "[[clause]]"]

    def clause(self, index: int) -> int | None:
        return self.clause_starts[index] if index < len(self.clause_starts) else None

    def _block(self, index: int) -> tuple[int, int]:
        start = self.clause(index) or 1
        end = self.clause_starts[index + 1] if index + 1 < len(self.clause_starts) else len(self.lines) + 1
        return start, end

    def key(self, index: int | None, key: str, occurrence: int = 0) -> int | None:
        start, end = self._block(index) if index is not None else (1, (self.clause(0) or len(self.lines) + 1))
        pattern = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
        seen = 0
        for number in range(start, end):
            if pattern.match(self.lines[number - 1]):
                if seen == occurrence:
                    return number
                seen += 1
        return self.clause(index) if index is not None else None

    def para(self, index: int, para_index: int) -> int | None:
        start, end = self._block(index)
        seen = 0
        for number in range(start, end):
            if self.lines[number - 1].strip() == "[[clause.para]]":
                if seen == para_index:
                    return number
                seen += 1
        return self.clause(index)


def read_toml(path: Path, error: type[ValueError] = LibraryError) -> tuple[dict, str]:
    """The parsed data and the text of a TOML file; any problem raises ``error(path, line, message)``
    (a LibraryError, or the skeletons' SkeletonError)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise error(path, None, msg("not UTF-8 text ({reason} at byte {byte})", reason=exc.reason,
                                     byte=exc.start)) from exc
    except OSError as exc:
        raise error(path, None, msg("cannot be read: {reason}", reason=exc.strerror or exc)) from exc
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise error(path, line, msg("not valid TOML: {reason}", reason=exc)) from exc
    except RecursionError as exc:
        raise error(path, None, msg("not valid TOML: nested too deeply")) from exc


def load_vocabulary(path: Path) -> Vocabulary:
    data, text = read_toml(path)
    lines = _Lines(text)
    vocab = Vocabulary()
    for table, target in (("topic", vocab.topics), ("function", vocab.functions), ("term", vocab.terms)):
        entries = data.get(table, [])
        if not isinstance(entries, list):
            raise LibraryError(path, lines.key(None, table), msg("[[{table}]] must be an array of tables", table=table))
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"]:
                raise LibraryError(path, None, msg("every [[{table}]] needs an id", table=table))
            if not entry.get("en"):
                raise LibraryError(path, _find(text, f'id = "{entry["id"]}"'),
                                   msg("{table} {entry_id!r} has no English label (en)", table=table,
                                       entry_id=entry["id"]))
            if entry["id"] in target:
                raise LibraryError(path, _find(text, f'id = "{entry["id"]}"'),
                                   msg("{table} {entry_id!r} is defined twice", table=table, entry_id=entry["id"]))
            target[entry["id"]] = entry
    for entry in data.get("glossary", []):
        if not isinstance(entry, dict) or not entry.get("zh") or not isinstance(entry.get("en"), list):
            raise LibraryError(path, None, msg("every [[glossary]] needs zh = \"…\" and en = [\"…\"]"))
        vocab.glossary.append(entry)
    return vocab


#: The kinds of vocabulary entry, for messages.
_VOCABULARY_WORDS = {"topic": msg("topic"), "function": msg("function")}


def _find(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _where(where: tuple) -> Message:
    """"<clause> paragraph 2(a)(i)" for a message; ``where`` is (clause id, paragraph number, sub labels …)
    (made only when there is a problem: a library has thousands of paragraphs)."""
    text = msg("{clause_id} paragraph {number}", clause_id=where[0], number=where[1])
    for label in where[2:]:
        text = msg("{where}({label})", where=text, label=label)
    return text


def _para(raw, path: Path, line: int | None, where: tuple, inherited: str = "") -> Para:
    if not isinstance(raw, dict):
        raise LibraryError(path, line, msg("{where}: a paragraph must be a table", where=_where(where)))
    unknown = set(raw) - PARA_KEYS
    if unknown:
        raise LibraryError(path, line, msg("{where}: unknown key {key!r} (allowed: {allowed})", where=_where(where),
                                           key=sorted(unknown)[0], allowed=", ".join(sorted(PARA_KEYS))))
    for key in ("label", "text", "zh", "strength"):
        if key in raw and not isinstance(raw[key], str):
            raise LibraryError(path, line, msg("{where}: {key} must be a string", where=_where(where), key=key))
    strength = raw.get("strength", "")
    if strength and strength not in STRENGTHS:
        raise LibraryError(path, line, msg("{where}: strength {strength!r} is not one of {allowed}",
                                           where=_where(where), strength=strength, allowed=", ".join(STRENGTHS)))
    subs = raw.get("sub", [])
    if not isinstance(subs, list):
        raise LibraryError(path, line, msg("{where}: sub must be [[…sub]] tables", where=_where(where)))
    strength = strength or inherited
    para = Para(label=raw.get("label", "").strip(), text=_clean(raw.get("text", "")),
                zh=_clean(raw.get("zh", "")), strength=strength)
    para.subs = [_para(sub, path, line, (*where, sub.get("label", "?") if isinstance(sub, dict) else "?"),
                       strength) for sub in subs]
    return para


def _clean(text: str) -> str:
    """Trim the newlines that triple-quoted strings add, keep inner blank lines."""
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(b for b in blocks if b)


def load_source_file(path: Path, vocab: Vocabulary) -> tuple[Source, list[Clause]]:
    data, text = read_toml(path)
    lines = _Lines(text)
    raw_source = data.get("source")
    if not isinstance(raw_source, dict):
        raise LibraryError(path, 1, msg("the file has no [source] table"))
    unknown = set(raw_source) - SOURCE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise LibraryError(path, lines.key(None, key), msg("[source]: unknown key {key!r}", key=key))
    for key in ("id", "title", "nature"):
        if not isinstance(raw_source.get(key), str) or not raw_source[key].strip():
            raise LibraryError(path, lines.key(None, key) or 1, msg("[source] needs {key} = \"…\"", key=key))
    if raw_source["id"] != path.stem:
        raise LibraryError(path, lines.key(None, "id"), msg(
            "source id {source_id!r} does not match the file name {name!r}", source_id=raw_source["id"],
            name=path.stem))
    if raw_source["nature"] not in NATURES:
        raise LibraryError(path, lines.key(None, "nature"), msg(
            "nature {nature!r} is not one of {allowed}", nature=raw_source["nature"], allowed=", ".join(NATURES)))
    source = Source(**{k: v for k, v in raw_source.items() if k in Source.__dataclass_fields__})
    raw_clauses = data.get("clause", [])
    if not isinstance(raw_clauses, list) or not raw_clauses:
        raise LibraryError(path, None, msg("the file has no [[clause]] entries"))
    clauses = [_clause(raw, i, source, path, lines, vocab) for i, raw in enumerate(raw_clauses)]
    return source, clauses


def _clause(raw: dict, i: int, source: Source, path: Path, lines: _Lines, vocab: Vocabulary) -> Clause:
    line = lines.clause(i)
    cid = raw.get("id")
    if not isinstance(cid, str) or not CLAUSE_ID.match(cid):
        raise LibraryError(path, lines.key(i, "id"), msg(
            "clause id {clause_id!r} is not of the form <source>/<kind>-<number>", clause_id=cid))
    if not cid.startswith(source.id + "/"):
        raise LibraryError(path, lines.key(i, "id"), msg("clause id {clause_id!r} does not start with the source id "
                                                         "{source_id!r}", clause_id=cid, source_id=source.id))
    unknown = set(raw) - CLAUSE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise LibraryError(path, lines.key(i, key), msg("{clause_id}: unknown key {key!r}", clause_id=cid, key=key))
    kind = raw.get("kind", "article")
    if kind not in KINDS:
        raise LibraryError(path, lines.key(i, "kind"), msg("{clause_id}: kind {kind!r} is not one of {allowed}",
                                                           clause_id=cid, kind=kind, allowed=", ".join(KINDS)))
    levels = _levels(raw, i, cid, source, path, lines)
    for key in LIST_KEYS:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LibraryError(path, lines.key(i, key), msg("{clause_id}: {key} must be a list of strings",
                                                            clause_id=cid, key=key))
    for key, known, what in (("topics", vocab.topics, "topic"), ("provides", vocab.functions, "function"),
                             ("requires", vocab.functions, "function")):
        for value in raw.get(key, []):
            if value not in known:
                raise LibraryError(path, lines.key(i, key), msg(
                    "{clause_id}: unknown {what} {value!r} in {key} (see resources/vocabulary.toml)",
                    clause_id=cid, what=_VOCABULARY_WORDS[what], value=value, key=key))
    raw_paras = raw.get("para", [])
    if not isinstance(raw_paras, list) or not raw_paras:
        raise LibraryError(path, line, msg("{clause_id}: a clause needs at least one [[clause.para]]", clause_id=cid))
    paras = [_para(p, path, lines.para(i, j), (cid, j + 1)) for j, p in enumerate(raw_paras)]
    clause = Clause(id=cid, source=source.id, kind=kind, paras=paras,
                    **{k: raw[k] for k in raw if k not in ("id", "kind", "para", "footnote")})
    clause.verification, clause.verification_zh = levels
    clause.copy = clause.copy or (source.copy if REPRODUCTION == clause.verification else "")
    clause.copy_zh = clause.copy_zh or (source.copy if REPRODUCTION == clause.verification_zh else "")
    clause.number = str(clause.number)
    clause.footnotes = [dict(f) for f in raw.get("footnote", []) if isinstance(f, dict)]
    if not clause.text() and not clause.text_zh():
        raise LibraryError(path, line, msg("{clause_id}: the clause has no text in any language", clause_id=cid))
    if clause.text_zh() and not clause.verification_zh:
        raise LibraryError(path, lines.key(i, "id"), msg("{clause_id}: has Chinese text but no verification_zh",
                                                         clause_id=cid))
    if not clause.url:
        clause.url = source.url
    return clause


def _levels(raw: dict, i: int, cid: str, source: Source, path: Path, lines: _Lines) -> tuple[str, str]:
    """The provenance levels of a clause's English and Chinese text (clauses/README.md, "Provenance").

    The former words still load ("verified" is an official text, "unverified" a transcription);
    every text of a model source is a model clause, and a model clause is nothing else.
    """
    for key in TEXT_KEYS:
        if key in raw and not isinstance(raw[key], str):
            raise LibraryError(path, lines.key(i, key), msg("{clause_id}: {key} must be a string",
                                                            clause_id=cid, key=key))
    found = []
    for key in ("verification", "verification_zh"):
        value = raw.get(key, "")
        if value and value not in VERIFICATION:
            raise LibraryError(path, lines.key(i, key), msg(
                "{clause_id}: {key} must be one of {allowed}, not {value!r}", clause_id=cid, key=key,
                allowed=", ".join(LEVELS), value=value))
        if value == MODEL and not source.is_model:
            raise LibraryError(path, lines.key(i, key), msg(
                "{clause_id}: {key} is \"model\" but the source is not the workbench's model clauses "
                "(nature = \"workbench-model\")", clause_id=cid, key=key))
        if source.is_model and value in LEVELS and value != MODEL:
            raise LibraryError(path, lines.key(i, key), msg(
                "{clause_id}: a model clause is never {value!r} text; write {key} = \"model\"",
                clause_id=cid, key=key, value=value))
        found.append(level_of(value, source.is_model) if value or key == "verification" else "")
    for key, level in (("copy", found[0]), ("copy_zh", found[1] or found[0])):
        if level == REPRODUCTION and not (raw.get(key) or raw.get("copy") or source.copy):
            raise LibraryError(path, lines.key(i, "verification_zh" if key == "copy_zh" else "verification"), msg(
                "{clause_id}: a reproduction names the copy it was taken from ({key} = \"…\" here, "
                "or copy = \"…\" in [source])", clause_id=cid, key=key))
    for key in ("precedent", "precedent_zh"):
        if raw.get(key) and not source.is_model:
            raise LibraryError(path, lines.key(i, key), msg(
                "{clause_id}: {key} names the treaty a model clause follows; this source is not the "
                "workbench's model clauses", clause_id=cid, key=key))
    return found[0], found[1]


def clause_files(directory: Path) -> list[Path]:
    """The clause files of a library folder: its regular ``*.toml`` files, in name order.

    Ignored: hidden files (an editor's lock link ``.#rcep.toml``, macOS's ``._rcep.toml``),
    folders, pipes and links to nothing, so that what an editor or a file manager leaves in the
    folder never locks drafters out.
    """
    found = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return found
    for entry in entries:
        if not entry.name.endswith(".toml") or entry.name.startswith("."):
            continue
        try:
            if entry.is_file(follow_symlinks=True):
                found.append(Path(entry.path))
        except OSError:
            continue
    return sorted(found)


def load_library(directory: Path, vocabulary_path: Path | None = None) -> Library:
    """Load every clause file in ``directory`` (``clause_files``); raise LibraryError on the first problem."""
    from ..paths import RESOURCES_DIR

    directory = Path(directory)
    vocab = load_vocabulary(vocabulary_path or RESOURCES_DIR / "vocabulary.toml")
    library = Library(vocabulary=vocab)
    seen: dict[str, Path] = {}
    files = clause_files(directory)
    if not files:
        raise LibraryError(directory, None, msg("no clause files (*.toml) in this folder"))
    for path in files:
        source, clauses = load_source_file(path, vocab)
        library.sources[source.id] = source
        for clause in clauses:
            if clause.id in seen:
                raise LibraryError(path, _find(path.read_text(encoding="utf-8"), f'"{clause.id}"'),
                                   msg("clause id {clause_id!r} is already used in {name}", clause_id=clause.id,
                                       name=seen[clause.id].name))
            seen[clause.id] = path
            library.clauses.append(clause)
    known = set(seen)
    for clause in library.clauses:
        for key in ("refers_to", "conflicts_with", "alternative_to"):
            for target in getattr(clause, key):
                if target not in known:
                    path = seen[clause.id]
                    raise LibraryError(path, _find(path.read_text(encoding="utf-8"), f'"{target}"'),
                                       msg("{clause_id}: {key} names {target!r}, which is not in the library",
                                           clause_id=clause.id, key=key, target=target))
    return library

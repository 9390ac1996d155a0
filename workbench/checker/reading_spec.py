"""How provisions are read, as data: load and validate resources/reading.toml (patterns compiled once).

Every problem in the file is reported as ``path:line: what is wrong`` (a legal expert edits it),
never as a traceback.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.messages import msg
from ..paths import RESOURCES_DIR
from .criteria import CriteriaError
from .reading_keys import required

READING_FILE = RESOURCES_DIR / "reading.toml"
BEARER_KINDS = ("un", "body", "authority", "company", "party", "person")
_ELEMENT_KEYS = {"kind", "label_en", "label_zh", "en", "zh", "with_en", "with_zh", "not_en", "not_zh", "bearers", "tag",
                 "function", "any_bearer_en", "any_bearer_zh"}
_FUNCTION = re.compile(r"^([\w-]+)(?:\[(!?[\w-]+)\])?$")
_MACRO = re.compile(r"\{([A-Z_]+)\}")


@dataclass
class TagRule:
    id: str
    en: re.Pattern | None
    zh: re.Pattern | None


@dataclass
class ElementRule:
    """One kind of legal element: where it is present, and the tags that qualify it."""

    kind: str
    label_en: str
    label_zh: str
    find: dict[str, re.Pattern | None]
    need: dict[str, re.Pattern | None]
    exclude: dict[str, re.Pattern | None]
    bearers: tuple[str, ...] = ()
    tags: list[TagRule] = field(default_factory=list)
    function: str = ""            # the function an article holding this element provides
    function_tag: str = ""        # … only when the element has this tag
    # patterns that find the element whoever bears the provision's duty (a body the Parties set up
    # "to draft recommendations": its purpose is the body's power, though the Parties are the subject)
    free: dict = field(default_factory=dict)   # lang -> pattern or None
    # lang -> the patterns one by one, each with its own keys: searched only where its keys are, the
    # leftmost match kept (what the joined pattern in ``find`` finds, at a fraction of the cost)
    parts: dict = field(default_factory=dict)
    keys: dict = field(init=False)    # lang -> words one of which a provision must hold (or None), from parts

    def __post_init__(self):
        self.keys = {lang: (parts.keys if parts is not None else None) for lang, parts in self.parts.items()}

    def label(self, lang: str = "en") -> str:
        return self.label_zh if lang == "zh" and self.label_zh else self.label_en


@dataclass
class ReadingSpec:
    elements: list[ElementRule]
    bearers: dict[str, list[tuple[str, re.Pattern]]]      # lang -> [(kind, pattern)]
    ai: dict[str, re.Pattern | None]
    path: Path | None = None
    # [frames]: a chapeau that frames an exception, and the kinds read in its items with it
    exception_frame: dict[str, re.Pattern | None] = field(default_factory=dict)
    exception_kinds: tuple[str, ...] = ()
    exception_criteria: tuple[str, ...] = ()
    # [headings]: lang -> [(kind, pattern)]: an article heading that names what the article does
    # ("Entry into Force", "Security Exceptions", "Joint Committee", 争端解决)
    headings: dict[str, list[tuple[str, re.Pattern]]] = field(default_factory=dict)

    def __post_init__(self):
        self._by_kind = {e.kind: e for e in self.elements}

    def functions_of(self, elements) -> set[str]:
        """The functions an article provides through the elements it holds."""
        out = set()
        for hit in elements:
            rule = self._by_kind.get(hit.kind)
            if rule is None or not rule.function:
                continue
            tag = rule.function_tag
            if not tag or (tag[0] == "!" and tag[1:] not in hit.tags) or (tag[0] != "!" and tag in hit.tags):
                out.add(rule.function)
        return out

    def rule(self, kind: str) -> ElementRule | None:
        return self._by_kind.get(kind)

    @property
    def kinds(self) -> list[str]:
        return [e.kind for e in self.elements]


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """``pattern`` with its {MACROS} put in (macros may use macros)."""
    for _ in range(3):
        pattern = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
    return pattern


class Parts:
    """The patterns of one element in one language, searched one by one where their keys occur."""

    __slots__ = ("items",)

    def __init__(self, items: list[tuple[frozenset[str] | None, re.Pattern]]):
        self.items = items

    @property
    def keys(self) -> frozenset[str] | None:
        """The keys one of which every match contains (None: a pattern may match without any)."""
        if any(keys is None for keys, _p in self.items):
            return None
        return frozenset().union(*(keys for keys, _p in self.items))

    def search(self, text: str, low: str) -> re.Match | None:
        """The leftmost match of any pattern (the first pattern among those matching there), as
        ``re.search`` of the patterns joined by "|" finds it."""
        best = None
        for keys, pattern in self.items:
            if keys is not None and not any(k in low for k in keys):
                continue
            match = pattern.search(text)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best


def _parts(patterns, lang: str, macros: dict[str, str]) -> Parts | None:
    if not patterns or not isinstance(patterns, list):
        return None
    items = []
    for pattern in patterns:
        text = _expand(pattern, macros)
        keys = required(text)
        items.append((frozenset(keys) if keys else None, re.compile(text, re.IGNORECASE if lang == "en" else 0)))
    return Parts(items)


def _compile(patterns, lang: str, macros: dict[str, str], where: str) -> re.Pattern | None:
    if patterns is None or patterns == []:
        return None
    if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
        raise CriteriaError(msg("{where}: must be a list of patterns", where=where))
    expanded = []
    for pattern in patterns:
        text = _expand(pattern, macros)
        unknown = _MACRO.search(text)
        if unknown:
            raise CriteriaError(msg("{where}: unknown macro {{{name}}}", where=where, name=unknown.group(1)))
        expanded.append(f"(?:{text})")
    try:
        return re.compile("|".join(expanded), re.IGNORECASE if lang == "en" else 0)
    except re.error as exc:
        raise CriteriaError(msg("{where}: not a valid pattern: {reason}", where=where, reason=exc)) from exc


def load_reading(path: Path | str | None = None) -> ReadingSpec:
    """Load and validate the reading file (default: resources/reading.toml)."""
    path = Path(path or READING_FILE)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CriteriaError(msg("{path}: cannot be read ({reason})", path=path, reason=exc.strerror or exc)) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise CriteriaError(msg("{where}: not valid TOML: {reason}", where=f"{path}:{match.group(1) if match else '?'}",
                                reason=exc)) from exc
    macros = {k: str(v) for k, v in data.get("macros", {}).items()}
    bearers: dict[str, list[tuple[str, re.Pattern]]] = {"en": [], "zh": []}
    raw_bearers = data.get("bearers", {})
    for key in raw_bearers:
        kind, _, lang = key.rpartition("_")
        if kind not in BEARER_KINDS or lang not in ("en", "zh"):
            raise CriteriaError(msg("{where}: [bearers] {key}: expected <kind>_en or <kind>_zh with kind one of {kinds}",
                                    where=f"{path}:{_line_of(text, key) or '?'}", key=key, kinds=", ".join(BEARER_KINDS)))
    for kind in BEARER_KINDS:
        for lang in ("en", "zh"):
            pattern = _compile(raw_bearers.get(f"{kind}_{lang}"), lang, macros,
                               f"{path}:{_line_of(text, f'{kind}_{lang}') or '?'}: [bearers] {kind}_{lang}")
            if pattern is not None:
                bearers[lang].append((kind, pattern))
    domain = data.get("domain", {})
    ai = {lang: _compile(domain.get(f"ai_{lang}"), lang, macros, f"{path}:{_line_of(text, f'ai_{lang}') or '?'}: ai_{lang}")
          for lang in ("en", "zh")}
    frames = data.get("frames", {})
    exception_frame = {lang: _compile(frames.get(f"exception_{lang}"), lang, macros,
                                      f"{path}:{_line_of(text, f'exception_{lang}') or '?'}: [frames] exception_{lang}")
                       for lang in ("en", "zh")}
    elements, seen = [], set()
    for raw in data.get("element", []):
        kind = raw.get("kind") if isinstance(raw, dict) else None
        line = _line_of(text, f'kind = "{kind}"') or "?"
        where = f"{path}:{line}"
        if not isinstance(kind, str) or not kind:
            raise CriteriaError(msg("{where}: every [[element]] needs a kind", where=where))
        if kind in seen:
            raise CriteriaError(msg("{where}: element {kind} is defined twice", where=where, kind=kind))
        seen.add(kind)
        unknown = set(raw) - _ELEMENT_KEYS
        if unknown:
            raise CriteriaError(msg("{where}: element {kind}: unknown key {key!r}", where=where, kind=kind,
                                    key=sorted(unknown)[0]))
        bad = [b for b in raw.get("bearers", []) if b not in BEARER_KINDS]
        if bad:
            raise CriteriaError(msg("{where}: element {kind}: bearer {bearer!r} is not one of {kinds}", where=where,
                                    kind=kind, bearer=bad[0], kinds=", ".join(BEARER_KINDS)))
        rule = ElementRule(
            kind=kind, label_en=str(raw.get("label_en", kind)), label_zh=str(raw.get("label_zh", "")),
            find={lang: _compile(raw.get(lang), lang, macros, f"{where}: {kind}/{lang}") for lang in ("en", "zh")},
            need={lang: _compile(raw.get(f"with_{lang}"), lang, macros, f"{where}: {kind}/with_{lang}") for lang in ("en", "zh")},
            exclude={lang: _compile(raw.get(f"not_{lang}"), lang, macros, f"{where}: {kind}/not_{lang}") for lang in ("en", "zh")},
            bearers=tuple(raw.get("bearers", ())),
            parts={lang: _parts(raw.get(lang), lang, macros) for lang in ("en", "zh")},
            free={lang: _compile(raw.get(f"any_bearer_{lang}"), lang, macros, f"{where}: {kind}/any_bearer_{lang}")
                  for lang in ("en", "zh")})
        if raw.get("function"):
            match = _FUNCTION.match(str(raw["function"]))
            if not match:
                raise CriteriaError(msg("{where}: element {kind}: function must be written name or name[tag]",
                                        where=where, kind=kind))
            rule.function, rule.function_tag = match.group(1), match.group(2) or ""
        for tag in raw.get("tag", []):
            if not isinstance(tag, dict) or not tag.get("id"):
                raise CriteriaError(msg("{where}: element {kind}: every [[element.tag]] needs an id", where=where, kind=kind))
            rule.tags.append(TagRule(tag["id"], _compile(tag.get("en"), "en", macros, f"{where}: {kind}/{tag['id']}/en"),
                                     _compile(tag.get("zh"), "zh", macros, f"{where}: {kind}/{tag['id']}/zh")))
        elements.append(rule)
    exception_kinds = tuple(frames.get("exception_kinds", ()))
    headings = _headings(data.get("headings", {}), seen, macros, text, path)
    unknown_kinds = [k for k in exception_kinds if k not in seen]
    if unknown_kinds:
        raise CriteriaError(msg("{where}: [frames] exception_kinds: {kind} is not an element kind",
                                where=f"{path}:{_line_of(text, 'exception_kinds') or '?'}", kind=unknown_kinds[0]))
    return ReadingSpec(elements=elements, bearers=bearers, ai=ai, path=path, exception_frame=exception_frame,
                       exception_kinds=exception_kinds,
                       exception_criteria=tuple(str(c) for c in frames.get("exception_criteria", ())),
                       headings=headings)


def _headings(raw: dict, kinds: set[str], macros: dict[str, str], text: str, path: Path):
    """[headings] ``<kind>_en`` / ``<kind>_zh`` = patterns matched against an article's heading."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {"en": [], "zh": []}
    for key, patterns in raw.items():
        kind, _, lang = key.rpartition("_")
        where = f"{path}:{_line_of(text, key) or '?'}: [headings] {key}"
        if kind not in kinds or lang not in ("en", "zh"):
            raise CriteriaError(msg("{where}: expected <kind>_en or <kind>_zh with kind an element kind", where=where))
        pattern = _compile(patterns, lang, macros, where)
        if pattern is not None:
            out[lang].append((kind, pattern))
    return out


_DEFAULT: ReadingSpec | None = None


def default_reading() -> ReadingSpec:
    """The shipped reading rules, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_reading()
    return _DEFAULT

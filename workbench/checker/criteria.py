"""The ideal-treaty criteria as data: load and validate resources/criteria.toml.

Every problem in the file is reported as ``path:line: what is wrong`` (a legal expert edits it
by hand), never as a traceback.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.messages import msg
from ..paths import RESOURCES_DIR

CRITERIA_FILE = RESOURCES_DIR / "criteria.toml"

#: Obligation strengths from weakest to strongest.
STRENGTH_ORDER = {"declaratory": 0, "permissive": 1, "hortatory": 2, "mandatory": 3}
VERDICTS = ("met", "partial", "missing", "not-applicable")
EXPECTED_IDS = (
    [f"B{i}" for i in range(1, 9)] + [f"R{i}" for i in range(1, 5)] + [f"D{i}" for i in range(1, 6)]
    + [f"U{i}" for i in range(1, 8)] + [f"S{i}" for i in range(1, 5)] + [f"F{i}" for i in range(1, 8)])

_ASPECT_KEYS = {"id", "label_en", "label_zh", "en", "zh", "functions", "titles_en", "titles_zh",
                "topics", "min_strength", "min_distinct", "with", "partial_only", "required", "role", "elements"}
_ELEMENT_SPEC = re.compile(r"^[\w-]+(?:\[!?[\w-]+(?:,\s*!?[\w-]+)*\])?$")
_CRITERION_KEYS = {"id", "group", "title_en", "title_zh", "weight", "rationale", "seed", "section",
                   "section_zh", "quote", "met_when", "aspect"}
_CODE = re.compile(r"^(\d{3})\s+(.*)$", re.S)
_FUNCTION_KEYS = {"id", "titles_en", "titles_zh", "en", "zh", "mentions_en", "mentions_zh", "not_titles_en",
                  "not_titles_zh"}


class CriteriaError(ValueError):
    """A malformed criteria file: path, line and what is wrong."""


@dataclass
class Aspect:
    """One thing a criterion looks for (a phrase set, functions, headings)."""

    id: str
    label_en: str = ""
    label_zh: str = ""
    en: list[str] = field(default_factory=list)
    zh: list[str] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)
    titles_en: list[str] = field(default_factory=list)
    titles_zh: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    elements: list[str] = field(default_factory=list)
    min_strength: str = "mandatory"
    min_distinct: int = 1
    with_: str = ""
    partial_only: bool = False
    required: bool = True
    role: str = ""

    def label(self, lang: str = "en") -> str:
        return (self.label_zh if lang == "zh" and self.label_zh else self.label_en) or self.id


@dataclass
class Criterion:
    id: str
    group: str
    title_en: str
    title_zh: str
    weight: float
    rationale: str
    seed: str
    section: str
    quote: str
    met_when: str = "all"
    aspects: list[Aspect] = field(default_factory=list)
    params: dict = field(default_factory=dict)
    section_zh: str = ""

    def aspect(self, aspect_id: str) -> Aspect:
        for aspect in self.aspects:
            if aspect.id == aspect_id:
                return aspect
        raise KeyError(f"{self.id} has no aspect {aspect_id!r}")

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" and self.title_zh else self.title_en

    def by_role(self, role: str) -> list[Aspect]:
        return [a for a in self.aspects if a.role == role]


@dataclass
class Group:
    id: str
    title_en: str
    title_zh: str
    weight: float
    seed: str = ""

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" and self.title_zh else self.title_en


@dataclass
class FunctionSignals:
    """How text shows that an article provides a function, or depends on one (mentions)."""

    id: str
    titles_en: list[str] = field(default_factory=list)
    titles_zh: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    zh: list[str] = field(default_factory=list)
    mentions_en: list[str] = field(default_factory=list)
    mentions_zh: list[str] = field(default_factory=list)
    #: headings that hold a title phrase in another sense and do not give the function
    not_titles_en: list[str] = field(default_factory=list)
    not_titles_zh: list[str] = field(default_factory=list)


@dataclass
class Criteria:
    groups: list[Group]
    criteria: list[Criterion]
    functions: dict[str, FunctionSignals]
    scoring: dict
    modality: dict
    conflicts: dict
    path: Path | None = None
    #: the source articles by code ("000"): how the report names them, {"en": …, "zh": …}
    sources: dict[str, dict[str, str]] = field(default_factory=dict)

    def __post_init__(self):
        self._by_id = {c.id: c for c in self.criteria}
        self._groups = {g.id: g for g in self.groups}

    def __getitem__(self, criterion_id: str) -> Criterion:
        return self._by_id[criterion_id]

    def __iter__(self):
        return iter(self.criteria)

    def group(self, group_id: str) -> Group:
        return self._groups[group_id]

    def grounds(self, crit: Criterion, lang: str = "en") -> str:
        """Where the source articles ground ``crit``, as a drafter cites them:
        "Shen & Wu 2025, section 3(2), first paragraph; conclusion, point 1" /
        "沈伟、吴柄萱（2025），第三部分（二）第一段；结语第1点"."""
        return cite(crit.seed, crit.section_zh if lang == "zh" and crit.section_zh else crit.section,
                    {code: names.get(lang) or names.get("en", code) for code, names in self.sources.items()},
                    lang)

    @property
    def final_functions(self) -> set[str]:
        return set(self.modality.get("final_functions", []))


def codes_of(seed: str) -> list[str]:
    """The source codes a criterion names: "000; 002" -> ["000", "002"]."""
    return [code.strip() for code in seed.split(";") if code.strip()]


def cite(seed: str, section: str, names: dict[str, str], lang: str = "en") -> str:
    """``section`` of the source articles ``seed`` with their names instead of their codes: a part
    of the section starting with a code cites that article, the others the article cited before
    (at first, the criterion's first one)."""
    zh = lang == "zh"
    comma, semicolon = ("，", "；") if zh else (", ", "; ")
    codes = codes_of(seed)
    parts, current = [], None
    for part in (p.strip() for p in re.split(r"[;；]", section) if p.strip()):
        match = _CODE.match(part)
        code, rest = (match.group(1), match.group(2)) if match else (None, part)
        if code is None and current is None and codes:
            code = codes[0]
        if code is not None and code != current:
            parts.append(f"{names.get(code, code)}{comma}{rest}")
            current = code
        else:
            parts.append(rest)
    return semicolon.join(parts)


def _line_of(text: str, needle: str) -> int | None:
    at = text.find(needle)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _strings(value, where: str, path: Path, line: int | None) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CriteriaError(msg("{where}: {field} must be a list of non-empty strings", where=f"{path}:{line or '?'}",
                                field=where))
    return [v.strip() for v in value]


def _aspect(raw: dict, crit_id: str, path: Path, text: str) -> Aspect:
    line = _line_of(text, f'id = "{raw.get("id")}"') if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise CriteriaError(msg("{where}: every [[criterion.aspect]] of {criterion} needs an id",
                                where=f"{path}:{line or '?'}", criterion=crit_id))
    unknown = set(raw) - _ASPECT_KEYS
    if unknown:
        raise CriteriaError(msg("{where}: {aspect}: unknown key {key!r}", where=f"{path}:{line or '?'}",
                                aspect=f"{crit_id}/{raw['id']}", key=sorted(unknown)[0]))
    aspect = Aspect(id=raw["id"], label_en=str(raw.get("label_en", "")), label_zh=str(raw.get("label_zh", "")))
    for key in ("en", "zh", "functions", "titles_en", "titles_zh", "topics", "elements"):
        if key in raw:
            setattr(aspect, key, _strings(raw[key], f"{crit_id}/{aspect.id}: {key}", path, line))
    bad = [spec for spec in aspect.elements if not _ELEMENT_SPEC.match(spec)]
    if bad:
        raise CriteriaError(msg("{where}: {aspect}: element {spec!r} is not written kind or kind[tag,!tag]",
                                where=f"{path}:{line or '?'}", aspect=f"{crit_id}/{aspect.id}", spec=bad[0]))
    aspect.en = [p.lower() for p in aspect.en]
    aspect.titles_en = [p.lower() for p in aspect.titles_en]
    strength = raw.get("min_strength", "mandatory")
    if strength not in STRENGTH_ORDER:
        raise CriteriaError(msg("{where}: {aspect}: min_strength {strength!r} is not one of {allowed}",
                                where=f"{path}:{line or '?'}", aspect=f"{crit_id}/{aspect.id}", strength=strength,
                                allowed=", ".join(STRENGTH_ORDER)))
    aspect.min_strength = strength
    distinct = raw.get("min_distinct", 1)
    if not isinstance(distinct, int) or distinct < 1:
        raise CriteriaError(msg("{where}: {aspect}: min_distinct must be a whole number ≥ 1",
                                where=f"{path}:{line or '?'}", aspect=f"{crit_id}/{aspect.id}"))
    aspect.min_distinct = distinct
    aspect.with_ = str(raw.get("with", ""))
    aspect.partial_only = bool(raw.get("partial_only", False))
    aspect.required = bool(raw.get("required", True))
    aspect.role = str(raw.get("role", ""))
    return aspect


def load_criteria(path: Path | str | None = None) -> Criteria:
    """Load and validate the criteria file (default: resources/criteria.toml)."""
    path = Path(path or CRITERIA_FILE)
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
    groups = []
    for raw in data.get("group", []):
        try:
            groups.append(Group(id=raw["id"], title_en=raw["title_en"], title_zh=raw.get("title_zh", ""),
                                weight=float(raw.get("weight", 1.0)), seed=raw.get("seed", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise CriteriaError(msg("{where}: a [[group]] needs id, title_en and a numeric weight ({reason})",
                                    where=f"{path}:{_line_of(text, '[[group]]') or '?'}", reason=exc)) from exc
    sources = {}
    for code, names in (data.get("sources") or {}).items():
        if not isinstance(names, dict) or not isinstance(names.get("en"), str) or not names["en"].strip():
            raise CriteriaError(msg("{where}: [sources.\"{code}\"] needs en = \"…\" (how the report names the article)",
                                    where=f"{path}:{_line_of(text, code) or '?'}", code=code))
        sources[code] = {"en": names["en"].strip(), "zh": str(names.get("zh", "")).strip()}
    group_ids = {g.id for g in groups}
    criteria: list[Criterion] = []
    seen: set[str] = set()
    for raw in data.get("criterion", []):
        cid = raw.get("id") if isinstance(raw, dict) else None
        line = _line_of(text, f'id = "{cid}"')
        if not isinstance(cid, str) or not cid:
            raise CriteriaError(msg("{where}: every [[criterion]] needs an id", where=f"{path}:?"))
        if cid in seen:
            raise CriteriaError(msg("{where}: criterion {criterion} is defined twice", where=f"{path}:{line}",
                                    criterion=cid))
        seen.add(cid)
        for key in ("group", "title_en", "title_zh", "rationale", "seed", "section", "quote"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise CriteriaError(msg("{where}: criterion {criterion} needs {key} = \"…\"", where=f"{path}:{line}",
                                        criterion=cid, key=key))
        section_zh = raw.get("section_zh", "")
        if not isinstance(section_zh, str):
            raise CriteriaError(msg("{where}: criterion {criterion}: section_zh must be text", where=f"{path}:{line}",
                                    criterion=cid))
        named = codes_of(raw["seed"]) + [m.group(1) for part in re.split(r"[;；]", raw["section"] + ";" + section_zh)
                                         if (m := _CODE.match(part.strip()))]
        unknown_codes = [code for code in named if code not in sources]
        if unknown_codes:
            raise CriteriaError(msg("{where}: criterion {criterion} cites article {code}, which [sources] does not name",
                                    where=f"{path}:{line}", criterion=cid, code=unknown_codes[0]))
        if raw["group"] not in group_ids:
            raise CriteriaError(msg("{where}: criterion {criterion}: group {group!r} is not a [[group]]",
                                    where=f"{path}:{line}", criterion=cid, group=raw["group"]))
        weight = raw.get("weight", 1.0)
        if not isinstance(weight, (int, float)) or weight < 0:
            raise CriteriaError(msg("{where}: criterion {criterion}: weight must be a number ≥ 0",
                                    where=f"{path}:{line}", criterion=cid))
        met_when = raw.get("met_when", "all")
        if met_when not in ("all", "any"):
            raise CriteriaError(msg("{where}: criterion {criterion}: met_when must be \"all\" or \"any\"",
                                    where=f"{path}:{line}", criterion=cid))
        aspects = [_aspect(a, cid, path, text) for a in raw.get("aspect", [])]
        ids = {a.id for a in aspects}
        for aspect in aspects:
            if aspect.with_ and aspect.with_ not in ids:
                where = _line_of(text, 'with = "%s"' % aspect.with_)
                raise CriteriaError(msg("{where}: {aspect}: with = {name!r} names no aspect of {criterion}",
                                        where=f"{path}:{where}", aspect=f"{cid}/{aspect.id}", name=aspect.with_,
                                        criterion=cid))
        params = {k: v for k, v in raw.items() if k not in _CRITERION_KEYS}
        criteria.append(Criterion(id=cid, group=raw["group"], title_en=raw["title_en"],
                                  title_zh=raw["title_zh"], weight=float(weight), rationale=raw["rationale"],
                                  seed=raw["seed"], section=raw["section"], quote=raw["quote"],
                                  met_when=met_when, aspects=aspects, params=params, section_zh=section_zh.strip()))
    functions = {}
    for raw in data.get("function", []):
        unknown = set(raw) - _FUNCTION_KEYS
        fid = raw.get("id")
        if not fid or unknown:
            where = _line_of(text, 'id = "%s"' % fid) or "?"
            raise CriteriaError(msg("{where}: [[function]] {function}: unknown key {key!r}", where=f"{path}:{where}",
                                    function=fid, key=sorted(unknown)[0]) if unknown
                                else msg("{where}: [[function]] needs an id", where=f"{path}:{where}"))
        signals = FunctionSignals(id=fid)
        for key in _FUNCTION_KEYS - {"id"}:
            if key in raw:
                values = _strings(raw[key], f"function {fid}: {key}", path, _line_of(text, f'id = "{fid}"'))
                setattr(signals, key, [v.lower() for v in values] if not key.endswith("zh") else values)
        functions[fid] = signals
    return Criteria(groups=groups, criteria=criteria, functions=functions,
                    scoring=dict(data.get("scoring", {})), modality=dict(data.get("modality", {})),
                    conflicts=dict(data.get("conflicts", {})), path=path, sources=sources)


_DEFAULT: Criteria | None = None


def default_criteria() -> Criteria:
    """The shipped criteria, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_criteria()
    return _DEFAULT

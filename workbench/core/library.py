"""The clause library as domain objects: sources, clauses, paragraphs (loaded by storage)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .references import TOKEN_RE

STRENGTHS = ("mandatory", "hortatory", "permissive", "declaratory")
NATURES = ("binding-treaty", "resolution", "soft-law", "policy-declaration", "workbench-model")

# Provenance of a text (clauses/README.md, "Provenance"): what the words were checked against.
OFFICIAL = "official"            # checked against the depositary's or the parties' own publication
REPRODUCTION = "reproduction"    # a faithful copy of an official text, from a named secondary copy
TRANSCRIPTION = "transcription"  # an unverified working transcription
MODEL = "model"                  # drafted by the workbench: never official treaty text
LEVELS = (OFFICIAL, REPRODUCTION, TRANSCRIPTION, MODEL)
#: The former two-word vocabulary, still read from older clause files and workspaces.
LEGACY_LEVELS = {"verified": OFFICIAL, "unverified": TRANSCRIPTION}
#: Every value a clause file may give (the levels and the former words).
VERIFICATION = LEVELS + tuple(LEGACY_LEVELS)
#: Weakest first: a clause is only as good as the weakest text it holds.
_WEAKEST_FIRST = (MODEL, TRANSCRIPTION, REPRODUCTION, OFFICIAL)


def level_of(value: str, model: bool = False) -> str:
    """The provenance level a stored or written value means ("verified" -> "official"); every
    text of a model source is a model clause, whatever an older file said of it."""
    if model:
        return MODEL
    return LEGACY_LEVELS.get(value, value) or OFFICIAL


def readable(text: str, number_of: Callable[[str], str | None] | None = None, lang: str = "en") -> str:
    """Library text as read outside a draft. A model clause refers to another by a token naming its
    clause id (``{{ref:workbench-model/art-compliance}}``), which a draft renders with the article's
    current number; here it reads with the number the library gives that clause ("Article M27",
    "第M27条"), from ``number_of(clause id)``.

    >>> readable("See {{ref:x/art-y}}, paragraph 2.", {"x/art-y": "M7"}.get)
    'See Article M7, paragraph 2.'
    """
    if "{{ref:" not in text:
        return text

    def one(match) -> str:
        number = (number_of(match.group(1)) if number_of else None) or match.group(1).rsplit("-", 1)[-1]
        if match.group(2):
            return number
        return f"第{number}条" if lang == "zh" else f"Article {number}"

    return TOKEN_RE.sub(one, text)


def weakest(levels) -> str:
    """The weakest of ``levels`` (model < transcription < reproduction < official)."""
    present = set(levels)
    return next((level for level in _WEAKEST_FIRST if level in present), OFFICIAL)


@dataclass
class Para:
    """A paragraph or sub-paragraph of a library clause, as printed in the instrument."""

    label: str = ""
    text: str = ""
    zh: str = ""
    strength: str = ""
    subs: list["Para"] = field(default_factory=list)

    def blocks(self, lang: str = "en") -> list[str]:
        """The text of this paragraph and its sub-paragraphs, in order."""
        own = self.zh if lang == "zh" else self.text
        out = [own] if own else []
        for sub in self.subs:
            out.extend(sub.blocks(lang))
        return out

    def walk(self):
        yield self
        for sub in self.subs:
            yield from sub.walk()

    def to_dict(self) -> dict:
        data = {"label": self.label, "text": self.text, "zh": self.zh, "strength": self.strength}
        if self.subs:
            data["subs"] = [sub.to_dict() for sub in self.subs]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Para":
        return cls(label=data.get("label", ""), text=data.get("text", ""), zh=data.get("zh", ""),
                   strength=data.get("strength", ""),
                   subs=[cls.from_dict(sub) for sub in data.get("subs", [])])


@dataclass
class Source:
    """A source instrument (treaty, resolution, declaration, or the workbench's model clauses)."""

    id: str
    title: str
    short: str = ""
    title_zh: str = ""
    title_zh_official: bool = False
    date: str = ""
    nature: str = ""
    url: str = ""
    corpus_file: str = ""
    completeness: str = ""
    languages: list[str] = field(default_factory=list)
    copy: str = ""                       # the secondary copy a reproduction was taken from
    title_zh_note: str = ""              # what the Chinese title is (e.g. official, but no authentic text)

    @property
    def is_model(self) -> bool:
        return self.nature == "workbench-model"

    @property
    def binding(self) -> bool:
        return self.nature in ("binding-treaty", "workbench-model")

    def label(self, lang: str = "en") -> str:
        if lang == "zh" and self.title_zh:
            return self.title_zh
        return self.short or self.title


@dataclass
class Clause:
    """One article, paragraph or item of a source instrument, with its legal metadata."""

    id: str
    source: str
    kind: str = "article"
    number: str = ""
    title: str = ""
    title_zh: str = ""
    chapter: str = ""
    chapter_zh: str = ""                 # the chapter's heading in Chinese, where the text has one
    verification: str = OFFICIAL         # provenance level of the English text (LEVELS)
    verification_zh: str = ""            # of the Chinese text ("" = as the English)
    copy: str = ""                       # for a reproduction: the copy it was taken from
    copy_zh: str = ""
    precedent: str = ""                  # for a model clause: the treaty it follows ("Paris Agreement, Art. 28")
    precedent_zh: str = ""
    divergence: str = ""                 # where the official texts in two languages say different things
    incomplete: bool = False
    url: str = ""
    note: str = ""
    topics: list[str] = field(default_factory=list)
    provides: list[str] = field(default_factory=list)
    requires: list[str] = field(default_factory=list)
    defines: list[str] = field(default_factory=list)
    uses: list[str] = field(default_factory=list)
    refers_to: list[str] = field(default_factory=list)
    conflicts_with: list[str] = field(default_factory=list)
    alternative_to: list[str] = field(default_factory=list)
    paras: list[Para] = field(default_factory=list)
    footnotes: list[dict] = field(default_factory=list)
    verified_by: str = ""
    verified_at: str = ""

    def level(self, lang: str = "en") -> str:
        """The provenance level of the text in ``lang``."""
        return (self.verification_zh or self.verification) if lang == "zh" else self.verification

    @property
    def overall_verification(self) -> str:
        """The provenance level of the clause: the weakest of the texts it holds."""
        states = [self.verification] if self.text() else []
        if self.text_zh():
            states.append(self.level("zh"))
        return weakest(states or [self.verification])

    @property
    def provenance(self) -> str:
        return self.overall_verification

    def copy_of(self, lang: str = "en") -> str:
        """The copy a reproduction in ``lang`` was taken from."""
        return (self.copy_zh or self.copy) if lang == "zh" else self.copy

    def text(self, lang: str = "en", with_labels: bool = True) -> str:
        """Plain text with paragraph labels, paragraphs separated by blank lines."""
        lines: list[str] = []

        def emit(para: Para, depth: int) -> None:
            own = para.zh if lang == "zh" else para.text
            if own:
                label = para.label
                if with_labels and label:
                    label = f"{label}." if depth == 0 else f"({label})"
                    lines.append(f"{label} {own}")
                else:
                    lines.append(own)
            for sub in para.subs:
                emit(sub, depth + 1)

        for para in self.paras:
            emit(para, 0)
        emit = None     # noqa: F841 - cuts the recursive closure's reference cycle
        return "\n\n".join(lines)

    def text_zh(self) -> str:
        return self.text("zh")

    def strengths(self) -> list[str]:
        return [p.strength for para in self.paras for p in para.walk() if p.strength]

    def to_dict(self) -> dict:
        return {
            "id": self.id, "source": self.source, "kind": self.kind, "number": self.number,
            "title": self.title, "title_zh": self.title_zh, "chapter": self.chapter, "chapter_zh": self.chapter_zh,
            "verification": self.verification, "verification_zh": self.verification_zh,
            "copy": self.copy, "copy_zh": self.copy_zh, "precedent": self.precedent,
            "precedent_zh": self.precedent_zh, "divergence": self.divergence,
            "incomplete": self.incomplete, "url": self.url, "note": self.note,
            "topics": list(self.topics), "provides": list(self.provides),
            "requires": list(self.requires), "defines": list(self.defines), "uses": list(self.uses),
            "refers_to": list(self.refers_to), "conflicts_with": list(self.conflicts_with),
            "alternative_to": list(self.alternative_to),
            "paras": [p.to_dict() for p in self.paras], "footnotes": list(self.footnotes),
            "verified_by": self.verified_by, "verified_at": self.verified_at,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Clause":
        """The clause ``data`` describes; ValueError when it is not a clause (a damaged record)."""
        try:
            kwargs = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "paras"}
            clause = cls(**kwargs)
            clause.paras = [Para.from_dict(p) for p in data.get("paras", [])]
            # a record written before the provenance levels ("verified" / "unverified")
            clause.verification = level_of(clause.verification)
            if clause.verification_zh:
                clause.verification_zh = level_of(clause.verification_zh)
        except (TypeError, AttributeError) as exc:
            raise ValueError(f"not the record of a clause ({exc})") from exc
        return clause

    def display_heading(self, sources: dict[str, Source] | None = None, lang: str = "en") -> str:
        """'CoE AI Convention, Article 16 – Risk and impact management framework'."""
        source = (sources or {}).get(self.source)
        name = source.label(lang) if source else self.source
        if lang == "zh":
            return self._heading_zh(_instrument_zh(name, source))
        kind_word = {"article": "Article", "item": "Item", "principle": "Principle",
                     "recital": "Recital", "paragraph": "Paragraph", "action": "Action"}.get(self.kind, "")
        head = f"{name}, {kind_word} {self.number}".strip() if self.number else name
        if self.kind == "preamble":
            head = f"{name}, Preamble"
        title = self.title_zh if lang == "zh" and self.title_zh else self.title
        return f"{head} – {title}" if title else head


    def _heading_zh(self, name: str) -> str:
        """'欧洲委员会人工智能框架公约第十六条 – 风险和影响管理框架' (the title in English when
        there is no Chinese one)."""
        from .labels import chinese_numeral
        number = self.number or ""
        if self.kind in ("article", "item") and number.isdigit():
            number = chinese_numeral(int(number))
        pattern = {"article": "第{}条", "item": "第{}项", "principle": "原则{}", "recital": "序言第{}段",
                   "paragraph": "第{}段", "action": "行动{}"}.get(self.kind, "{}")
        head = f"{name}{pattern.format(number)}" if number else name
        if self.kind == "preamble":
            head = f"{name}序言"
        title = self.title_zh or self.title
        return f"{head} – {title}" if title else head


def _instrument_zh(name: str, source: "Source | None") -> str:
    """An instrument's Chinese name as a heading cites it: 《区域全面经济伙伴关系协定》; the model
    clauses by their plain name (no instrument), without the note in brackets."""
    name = re.sub(r"（[^（）]*）$", "", name).strip()
    if not name or "《" in name or not any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return name
    return name if source is not None and source.nature == "workbench-model" else f"《{name}》"


def source_labels(sources: dict[str, "Source"]) -> dict[str, str]:
    """Each source instrument's short name ("DEPA", "CoE AI Convention"), by id: how the program
    names a clause's provenance."""
    return {sid: s.short or s.title for sid, s in sources.items()}

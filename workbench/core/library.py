"""The clause library as domain objects: sources, clauses, paragraphs (loaded by storage)."""
from __future__ import annotations

from dataclasses import dataclass, field

STRENGTHS = ("mandatory", "hortatory", "permissive", "declaratory")
VERIFICATION = ("verified", "unverified")
NATURES = ("binding-treaty", "resolution", "soft-law", "policy-declaration", "workbench-model")


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
    verification: str = "verified"
    verification_zh: str = ""
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

    @property
    def overall_verification(self) -> str:
        """``unverified`` if any text the clause holds is unverified."""
        states = [self.verification] if self.text() else []
        if self.text_zh():
            states.append(self.verification_zh or self.verification)
        if not states:
            states = [self.verification]
        return "unverified" if "unverified" in states else "verified"

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
        return "\n\n".join(lines)

    def text_zh(self) -> str:
        return self.text("zh")

    def strengths(self) -> list[str]:
        return [p.strength for para in self.paras for p in para.walk() if p.strength]

    def to_dict(self) -> dict:
        return {
            "id": self.id, "source": self.source, "kind": self.kind, "number": self.number,
            "title": self.title, "title_zh": self.title_zh, "chapter": self.chapter,
            "verification": self.verification, "verification_zh": self.verification_zh,
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
        except (TypeError, AttributeError) as exc:
            raise ValueError(f"not the record of a clause ({exc})") from exc
        return clause

    def display_heading(self, sources: dict[str, Source] | None = None, lang: str = "en") -> str:
        """'CoE AI Convention, Article 16 – Risk and impact management framework'."""
        source = (sources or {}).get(self.source)
        name = source.label(lang) if source else self.source
        kind_word = {"article": "Article", "item": "Item", "principle": "Principle",
                     "recital": "Recital", "paragraph": "Paragraph"}.get(self.kind, "")
        head = f"{name}, {kind_word} {self.number}".strip() if self.number else name
        if self.kind == "preamble":
            head = f"{name}, Preamble"
        title = self.title_zh if lang == "zh" and self.title_zh else self.title
        return f"{head} – {title}" if title else head

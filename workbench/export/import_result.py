"""What an import produced: the new draft and an honest report of everything not placed as it stood.

Readers (``docx_reader``, ``akn_reader``) fill an ``ImportResult``; ``importing`` picks the
reader. Each report entry says what happened (a heading kept as text, text joined to the
paragraph before, a label kept as printed that does not follow the numbering, an element left
out, lines kept aside as the document's front matter), where it stood in the file (paragraph,
table row, element) and the text concerned. "Everything in the file was mapped" is said only
when there is no entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..core.labels import labelled
from ..core.messages import Message, msg
from ..core.model import Draft, NodeKind

#: Entry kinds. ``note`` is information only (nothing was changed or lost).
KINDS = ("left-out", "as-text", "moved", "joined", "label", "aside", "note")


class ImportFailure(ValueError):
    """A file that cannot be imported, with a message naming the file and the problem."""


@dataclass
class ReportEntry:
    """One thing the drafter should know about an import."""

    kind: str
    what: str
    where: str = ""
    text: str = ""

    def __str__(self) -> str:
        head = msg("{where}: {what}", where=self.where, what=self.what) if self.where else self.what
        return msg("{head} — “{text}”", head=head, text=self.text) if self.text else head

    def to_dict(self) -> dict:
        return {"kind": self.kind, "where": str(self.where), "what": str(self.what), "text": self.text}


def snippet(text: str, length: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[:length - 1] + "…"


@dataclass
class ImportResult:
    """The imported draft (new ids) and the report of the import."""

    draft: Draft
    entries: list[ReportEntry] = field(default_factory=list)
    source_format: str = ""

    def add(self, kind: str, what: str, where: str = "", text: str = "") -> None:
        self.entries.append(ReportEntry(kind, what, where, snippet(text) if text else ""))

    @property
    def unmapped(self) -> list[str]:
        """What was not placed exactly where it stood, one line each (with its position)."""
        return [str(e) for e in self.entries if e.kind != "note"]

    @property
    def notes(self) -> list[str]:
        return [str(e) for e in self.entries if e.kind == "note"]

    def counts(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        for node in self.draft.walk():
            kinds[node.kind.value] = kinds.get(node.kind.value, 0) + 1
        return kinds

    def summary(self) -> dict:
        kinds = self.counts()
        closing = self.draft.closing()
        return {"title": self.draft.title, "title_zh": self.draft.title_zh, "format": self.source_format,
                "articles": kinds.get(NodeKind.ARTICLE.value, 0),
                "chapters": len(self.draft.chapters()),
                "divisions": [self.heading(node) for node in self.draft.chapters()],
                "annexes": [self.heading(node) for node in self.draft.annexes()],
                "closing": closing is not None and bool(closing.children),
                "recitals": kinds.get(NodeKind.RECITAL.value, 0),
                "unmapped": self.unmapped, "notes": self.notes,
                "report": [e.to_dict() for e in self.entries]}

    def heading(self, node, lang: str | None = None) -> str:
        """A division's heading as printed: "Chapter II – Institutions", "一、愿景目标" (a Chinese label that
        ends in its own punctuation is not followed by a space), "第二章 机构"."""
        from ..core.numbering import Numbering

        numbering = getattr(self, "_numbering", None) or Numbering.of(self.draft)
        self._numbering = numbering
        lang = lang or ("en" if node.title or not node.title_zh else "zh")
        label = numbering.label(node, lang)
        title = node.title if lang == "en" else node.title_zh
        return labelled(label, title, lang)

    def report(self) -> Message:
        s = self.summary()
        lines = [msg("Imported “{title}” from {format}: {articles} articles, {chapters} divisions, {annexes} "
                     "annexes, {recitals} recitals{closing}.", title=s["title"], format=s["format"],
                     articles=s["articles"], chapters=s["chapters"], annexes=len(s["annexes"]),
                     recitals=s["recitals"],
                     closing=msg(", the closing formula") if s["closing"] else "")]
        lines += [msg("  note: {note}", note=n) for n in self.notes]
        unmapped = self.unmapped
        if unmapped:
            lines.append(msg("{count} item(s) were not placed exactly where they stood:", count=len(unmapped)))
            lines += [msg("  - {item}", item=u) for u in unmapped]
        else:
            lines.append(msg("Everything in the file was mapped."))
        return _joined(lines)


def _joined(lines: list[str]) -> Message:
    """Lines as one message whose parts stay translatable."""
    template = "\n".join("{line%d}" % i for i in range(len(lines)))
    return Message(template, {f"line{i}": line for i, line in enumerate(lines)})


def position(paragraph: int | None = None, table: int | None = None, row: int | None = None) -> str:
    """Where an element stood in a Word file."""
    if table is not None:
        return msg("table {table}, row {row}", table=table, row=row)
    return msg("paragraph {number}", number=paragraph)

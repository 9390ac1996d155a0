"""What every exporter shares: export options, source notes (provenance), alternatives, labels."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Callable

from ..core.library import Clause, Source
from ..core.messages import msg
from ..core.model import Draft, Node
from ..core.numbering import chinese_numeral

LANGUAGES = ("en", "zh", "both")


class ExportError(RuntimeError):
    """An export that cannot be made, with a message naming the problem."""


#: What each provenance level says under exported text (clauses/README.md, "Provenance").
_LEVEL_WORDS = {
    "official": {"en": " (official text)", "zh": "（正式文本）"},
    "reproduction": {"en": " (reproduction of the official text from {copy})",
                     "zh": "（正式文本的转载，取自{copy}）"},
    "transcription": {"en": " (unverified transcription: not checked against an official text)",
                      "zh": "（未经核实的转录文本：尚未与正式文本核对）"},
}


@dataclass
class SourceNote:
    """Where an article or recital was taken from, and the provenance level of its text."""

    clause_id: str
    instrument: str = ""
    instrument_zh: str = ""
    kind: str = "article"
    number: str = ""
    title: str = ""
    verification: str = "official"       # provenance level of the English text (core.library.LEVELS)
    verification_zh: str = ""
    model: bool = False
    found: bool = True
    incomplete: bool = False             # the library's copy of the text breaks off
    copy: str = ""                       # a reproduction: the copy it was taken from
    copy_zh: str = ""
    precedent: str = ""                  # a model clause: the treaty it follows
    precedent_zh: str = ""

    def level(self, lang: str) -> str:
        if self.model:
            return "model"
        return (self.verification_zh or self.verification) if lang == "zh" else self.verification

    def unverified(self, lang: str) -> bool:
        """True for a working transcription (or a clause no longer in the library)."""
        return self.level(lang) in ("transcription", "unverified")

    def citation(self, lang: str = "en") -> str:
        """'CoE AI Convention, Article 12 – Title' / '《…》第十二条'."""
        if not self.found:
            return (f"library clause {self.clause_id} (no longer in the library)" if lang != "zh"
                    else f"条款库条目 {self.clause_id}（已不在条款库中）")
        name = (self.instrument_zh or self.instrument) if lang == "zh" else self.instrument
        if lang == "zh":
            where = ""
            if self.number and self.kind == "article":
                number = chinese_numeral(int(self.number)) if self.number.isdigit() else self.number
                where = f"第{number}条"
            elif self.number:
                where = f"第{self.number}项"
            elif self.kind == "preamble":
                where = "序言"
            return f"{name}{where}"
        word = {"article": "Article", "item": "Item", "principle": "Principle", "recital": "Recital",
                "paragraph": "Paragraph", "action": "Action"}.get(self.kind, self.kind.title())
        head = f"{name}, {word} {self.number}" if self.number else (
            f"{name}, Preamble" if self.kind in ("preamble", "recital") else name)
        return f"{head} – {self.title}" if self.title else head

    def sentence(self, lang: str = "en") -> str:
        """The footnote: source and what its provenance level means, in ``lang``."""
        if self.model:
            if lang == "zh":
                after = self.precedent_zh or self.precedent
                return (f"工作台起草的示范条款，参照{after}；并非任何条约的正式文本。" if after
                        else "工作台起草的示范条款，并非取自任何条约。")
            return (f"Model clause drafted by the workbench, after {self.precedent}; not the official "
                    "text of any treaty." if self.precedent
                    else "Model clause drafted by the workbench; not taken from any treaty.")
        state = self.level(lang)
        words = _LEVEL_WORDS.get("transcription" if state == "unverified" else state, {})
        copy = (self.copy_zh or self.copy) if lang == "zh" else self.copy
        status = words.get("zh" if lang == "zh" else "en", "").format(copy=copy or "?")
        if lang == "zh":
            return f"来源：{self.citation('zh')}{status}。"
        return f"Source: {self.citation('en')}{status}."


def fallback_note(clause_id: str, labels: dict[str, str] | None = None) -> SourceNote:
    """A note from the clause id alone, when the library was not consulted (status unknown)."""
    source, _, local = clause_id.partition("/")
    kind, _, number = local.partition("-")
    kind = {"art": "article", "pp": "recital", "op": "paragraph"}.get(kind, kind or "article")
    return SourceNote(clause_id, instrument=(labels or {}).get(source, source), kind=kind,
                      number=number, verification="unknown")


def source_notes(draft: Draft, clause: Callable[[str], Clause],
                 sources: dict[str, Source]) -> dict[str, SourceNote]:
    """A note for every library clause the draft's nodes derive from.

    ``clause(id)`` returns the library clause (e.g. ``Workspace.clause``) or raises; a clause no
    longer in the library gets a note that says so (and counts as unverified).
    """
    notes: dict[str, SourceNote] = {}
    for node in draft.walk():
        cid = node.derived_from
        if not cid or cid in notes:
            continue
        try:
            found = clause(cid)
        except Exception:  # noqa: BLE001 - any lookup failure means "not in the library"
            notes[cid] = SourceNote(cid, verification="transcription", found=False)
            continue
        source = sources.get(found.source)
        notes[cid] = SourceNote(
            clause_id=cid, instrument=(source.short or source.title) if source else found.source,
            instrument_zh=(source.title_zh if source else "") or "", kind=found.kind,
            number=found.number, title=found.title, verification=found.verification,
            verification_zh=found.verification_zh,
            model=bool(source and source.is_model) or found.verification == "model",
            incomplete=found.incomplete, copy=found.copy, copy_zh=found.copy_zh,
            precedent=found.precedent, precedent_zh=found.precedent_zh)
    return notes


@dataclass
class ExportOptions:
    """How a draft is exported (the CLI flags and the Export dialog's fields)."""

    language: str = "en"                 # en | zh | both
    status: str = "Draft"                # "Draft — Rev.2", shown on the title page and in headers
    date: _dt.date | str | None = None   # None: today
    confidentiality: str = ""            # e.g. "Restricted"; empty: no line
    footnotes: bool = False              # each article's source in a footnote
    line_numbers: bool = False
    compilation: bool = False            # alternatives as [Option 1 | Option 2]; else clean text
    sources: dict[str, SourceNote] = field(default_factory=dict)
    clause_labels: dict[str, str] = field(default_factory=dict)   # source id -> short name
    toc_pages: dict[str, int] = field(default_factory=dict)       # bookmark -> page number
    toc_placeholder: int = 0             # the layout pass's page number for every entry (docx_pages)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ExportError(msg("unknown language {language!r}; use one of {allowed}", language=self.language,
                                  allowed=", ".join(LANGUAGES)))

    @property
    def languages(self) -> list[str]:
        return ["en", "zh"] if self.language == "both" else [self.language]

    def date_text(self, lang: str) -> str:
        value = self.date or _dt.date.today()
        if isinstance(value, str):
            try:
                value = _dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        if lang == "zh":
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.day} {value.strftime('%B')} {value.year}"

    def iso_date(self) -> str:
        value = self.date or _dt.date.today()
        if isinstance(value, str):
            try:
                return _dt.date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                return _dt.date.today().isoformat()
        return value.isoformat()


# ----- alternatives ------------------------------------------------------------------------------
@dataclass
class Option:
    """One bracketed alternative of a node's text, with who proposed, supports and opposes it."""

    text: str
    text_zh: str = ""
    proposer: str = ""
    supporters: list[str] = field(default_factory=list)
    opponents: list[str] = field(default_factory=list)
    status: str = "open"                 # open | agreed | withdrawn
    id: str = ""

    def attribution(self, lang: str = "en") -> str:
        parts = []
        if lang == "zh":
            if self.proposer:
                parts.append(f"由{self.proposer}提出")
            if self.supporters:
                parts.append("支持方：" + "、".join(self.supporters))
            if self.opponents:
                parts.append("反对方：" + "、".join(self.opponents))
            if self.status != "open":
                parts.append({"agreed": "已商定", "withdrawn": "已撤回"}.get(self.status, self.status))
            return "；".join(parts)
        if self.proposer:
            parts.append(f"proposed by {self.proposer}")
        if self.supporters:
            parts.append("supported by " + ", ".join(self.supporters))
        if self.opponents:
            parts.append("opposed by " + ", ".join(self.opponents))
        if self.status != "open":
            parts.append(self.status)
        return "; ".join(parts)


def _names(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def alternatives(node: Node) -> list[Option]:
    """The node's options, its own text first, from ``node.attrs["alternatives"]``.

    Each stored alternative is a dict with ``text`` (and optionally ``text_zh``, ``proposer``,
    ``supporters``, ``opponents``, ``status``, ``id``). The node's own text is Option 1, with
    the attribution stored under ``attrs["proposer"]`` etc. if any. An empty list means the
    node has no alternatives.
    """
    raw = node.attrs.get("alternatives") if node.attrs else None
    if not raw or not isinstance(raw, list):
        return []
    own = Option(text=node.text, text_zh=node.text_zh, proposer=str(node.attrs.get("proposer", "")),
                 supporters=_names(node.attrs.get("supporters")),
                 opponents=_names(node.attrs.get("opponents")),
                 status=str(node.attrs.get("status", "open")), id=node.id)
    options = [own]
    for i, item in enumerate(raw, start=1):
        if isinstance(item, dict) and item.get("group"):
            continue            # a bracket around words inside the text (core.brackets spans)
        if isinstance(item, str):
            options.append(Option(text=item, id=f"{node.id}-alt{i}"))
        elif isinstance(item, dict):
            options.append(Option(
                text=str(item.get("text", "")), text_zh=str(item.get("text_zh", "")),
                proposer=str(item.get("proposer", "") or item.get("by", "")),
                supporters=_names(item.get("supporters")), opponents=_names(item.get("opponents")),
                status=str(item.get("status", "open")), id=str(item.get("id") or f"{node.id}-alt{i}")))
    return options


# ----- labels in both languages --------------------------------------------------------------------
LABELS = {
    "contents": {"en": "Contents", "zh": "目录"},
    "preamble": {"en": "Preamble", "zh": "序言"},
    "no_text": {"en": "[No English text of this provision is available.]",
                "zh": "〔本条款无中文文本。〕"},
    "english_only": {"en": "This instrument has no authentic Chinese text; the English text follows.",
                     "zh": "本文书无中文作准文本；以下为英文文本。"},
    "fallback": {"en": "[No English text is available; the Chinese text is reproduced.]",
                 "zh": "〔本条款无中文文本，以下为英文原文。〕"},
    "unverified": {"en": "Unverified transcription: not yet checked against an official text.",
                   "zh": "未经核实的转录文本：尚未与正式文本核对。"},
    "incomplete": {"en": "Incomplete text: the copy in the clause library breaks off.",
                   "zh": "文本不完整：条款库中的副本不完整。"},
}


def label(key: str, lang: str) -> str:
    return LABELS[key]["zh" if lang == "zh" else "en"]

"""Precedents: trade agreements whose texts a drafter consults beside the library (never library text).

A precedent collection is imported from a folder the drafter supplies (the ToTA corpus of
450 agreements notified to the WTO, see ``workbench.precedents.tota``); the program ships none.
Wherever precedents are shown or exported, their attribution and licence go with them
(``ATTRIBUTION``, ``LICENCE``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .messages import msg

ATTRIBUTION = ("Texts of Trade Agreements (ToTA) by Wolfgang Alschner, Julia Seiermann and Dmitriy "
               "Skougarevskiy, “Text-as-data analysis of preferential trade agreements: Mapping the PTA "
               "landscape”, UNCTAD Research Paper No. 5 (2017)")
LICENCE = "CC BY-NC 4.0 (attribution, non-commercial use)"
LICENCE_URL = "https://creativecommons.org/licenses/by-nc/4.0/"


class PrecedentError(RuntimeError):
    """A precedent folder, file or database that cannot be used, with a message naming the problem."""


def attribution_line() -> str:
    """One line naming the collection and its licence (under every list of precedents)."""
    return msg("Precedents: {attribution}; licence {licence}", attribution=ATTRIBUTION, licence=LICENCE)


@dataclass
class PrecedentArticle:
    """One article of a precedent agreement, as its text was published (OCR errors included)."""

    id: str                   # the collection's article identifier (unique in the collection)
    number: str = ""          # as printed ("ARTICLE 14.2")
    name: str = ""            # its heading ("Scope and General Provisions")
    chapter: str = ""         # the chapter's heading ("Electronic Commerce")
    chapter_number: str = ""  # "CHAPTER 14"
    text: str = ""
    ord: int = 0
    damage: float = 0.0       # share of its words run together by character recognition

    def heading(self) -> str:
        number = " ".join(self.number.split()).title() if self.number else ""
        return " ".join(p for p in (number, self.name) if p)


@dataclass
class PrecedentAgreement:
    """An agreement of a precedent collection with its metadata (WTO RTA database card)."""

    id: str                   # "pta_449": the collection's identifier, stable across imports
    name: str
    type: str = ""
    wto_rta_id: str = ""
    status: str = ""
    notification: str = ""
    date_signed: str = ""
    date_into_force: str = ""
    date_notification: str = ""
    date_inactive: str = ""
    parties: list[str] = field(default_factory=list)            # ISO 3166 alpha-3, current signatories
    parties_original: list[str] = field(default_factory=list)
    composition: str = ""
    region: str = ""
    crossregional: str = ""
    language: str = ""
    sources: list[dict] = field(default_factory=list)           # {"lang", "type", "url"}
    articles: list[PrecedentArticle] = field(default_factory=list)
    damage: float = 0.0       # share of its words run together (the text is flagged above a limit)
    damaged: bool = False     # flagged: character-recognition damage (kept, shown with a warning)
    file: str = ""            # the file it was imported from

    @property
    def year(self) -> int | None:
        for date in (self.date_signed, self.date_into_force, self.date_notification):
            if date[:4].isdigit():
                return int(date[:4])
        return None

    @property
    def date(self) -> str:
        return self.date_signed or self.date_into_force or self.date_notification

    def chapters(self) -> list[str]:
        return list(dict.fromkeys(a.chapter for a in self.articles if a.chapter))


#: Share of run-together words from which an article, or a whole agreement, is flagged as damaged.
ARTICLE_DAMAGED = 0.02
AGREEMENT_DAMAGED = 0.005


def provenance_note(agreement: PrecedentAgreement | dict, article: PrecedentArticle | dict) -> str:
    """The note an alternative taken from a precedent carries: where the wording comes from."""
    get = (lambda o, k: o.get(k, "")) if isinstance(agreement, dict) else getattr
    aget = (lambda o, k: o.get(k, "")) if isinstance(article, dict) else getattr
    heading = aget(article, "heading") if isinstance(article, dict) else article.heading()
    year = get(agreement, "year")
    return msg("Precedent: {agreement} ({year}), {article} [{article_id}]; from {collection}, {licence}",
               agreement=get(agreement, "name"), year=year or "?", article=heading or aget(article, "id"),
               article_id=aget(article, "id"), collection="ToTA", licence=LICENCE)

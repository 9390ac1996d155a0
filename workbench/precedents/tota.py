"""Reading one ToTA file (``pta_N.xml``): an agreement's metadata, chapters and articles.

ToTA (Texts of Trade Agreements, CC BY-NC 4.0) stores each agreement as ``<treaty>`` with a
``<meta>`` card (name, type, WTO RTA id, status, dates, parties as ISO alpha-3 codes, region,
language, sources) and a ``<body>`` of ``<chapter>`` / ``<article>`` elements. A file is read
with the standard library's parser after two checks: it is not too large, and it declares no
document type (no DTD means no entities to expand and nothing external to fetch).
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..core.messages import msg
from ..core.precedents import PrecedentAgreement, PrecedentArticle, PrecedentError

#: A ToTA file is at most about 1 MB; anything far larger is not one.
MAX_BYTES = 32 * 1024 * 1024
FILE_NAME = re.compile(r"^pta_(\d+)\.xml$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*")


class NotToTA(PrecedentError):
    """A file that is not a ToTA agreement (skipped by an import, with this reason)."""


def is_candidate(path: Path) -> bool:
    """Whether a file's name is a ToTA agreement's (``pta_N.xml``)."""
    return bool(FILE_NAME.match(path.name))


def clean_text(text: str) -> str:
    """The article's text with its line breaks kept as paragraphs: runs of spaces and no-break
    spaces become one space, each line is stripped, a blank line separates paragraphs."""
    lines = [_SPACES.sub(" ", line).strip() for line in (text or "").split("\n")]
    out, blank = [], False
    for line in lines:
        if not line:
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


def _text(element: ET.Element | None, tag: str) -> str:
    found = element.find(tag) if element is not None else None
    return " ".join((found.text or "").split()) if found is not None else ""


def _codes(meta: ET.Element, tag: str) -> list[str]:
    holder = meta.find(tag)
    if holder is None:
        return []
    return [" ".join((c.text or "").split()).upper() for c in holder.findall("partyisocode") if (c.text or "").strip()]


def read(path: Path | str) -> PrecedentAgreement:
    """The agreement in ``path``; NotToTA (with the reason) for a file that is not a ToTA agreement."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise NotToTA(msg("{name}: too large for a ToTA file ({size} MB)", name=path.name,
                              size=size // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as exc:
        raise NotToTA(msg("{name}: cannot be read ({reason})", name=path.name, reason=exc.strerror or exc)) from exc
    if not data.strip():
        raise NotToTA(msg("{name}: the file is empty", name=path.name))
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise NotToTA(msg("{name}: declares a document type or entities, which ToTA files never do; not read",
                          name=path.name))
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise NotToTA(msg("{name}: not well-formed XML ({reason})", name=path.name, reason=exc)) from exc
    meta, body = root.find("meta"), root.find("body")
    if root.tag != "treaty" or meta is None or body is None:
        raise NotToTA(msg("{name}: not a ToTA agreement (no <treaty> with <meta> and <body>)", name=path.name))
    number = _text(meta, "treaty_identifier")
    match = FILE_NAME.match(path.name)
    ident = f"pta_{number}" if number.isdigit() else (f"pta_{match.group(1)}" if match else path.stem)
    agreement = PrecedentAgreement(
        id=ident, name=_text(meta, "name") or ident, type=_text(meta, "type"),
        wto_rta_id=_text(meta, "wto_rta_id"), status=_text(meta, "status"),
        notification=_text(meta, "notification"), date_signed=_text(meta, "date_signed"),
        date_into_force=_text(meta, "date_into_force"), date_notification=_text(meta, "date_notification"),
        date_inactive=_text(meta, "date_inactive"), parties=_codes(meta, "parties"),
        parties_original=_codes(meta, "parties_original"), composition=_text(meta, "composition"),
        region=_text(meta, "region"), crossregional=_text(meta, "crossregional"),
        language=_text(meta, "language"), file=path.name,
        sources=[{"lang": s.get("lang", ""), "type": s.get("type", ""), "url": " ".join((s.text or "").split())}
                 for s in meta.findall("source")])
    order = 0
    for chapter in body.iter("chapter"):
        chapter_name = " ".join(chapter.get("name", "").split())
        chapter_number = " ".join(chapter.get("number", "").split())
        for article in chapter.iter("article"):
            order += 1
            agreement.articles.append(PrecedentArticle(
                id=article.get("article_identifier") or f"{ident}-{order}",
                number=" ".join(article.get("number", "").split()), name=" ".join(article.get("name", "").split()),
                chapter=chapter_name, chapter_number=chapter_number, text=clean_text("".join(article.itertext())),
                ord=order))
    if not agreement.articles:
        raise NotToTA(msg("{name}: the agreement has no articles", name=path.name))
    return agreement

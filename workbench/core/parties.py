"""Parties to a negotiation: the list offered when positions are recorded, and their Chinese names.

The list (``resources/parties.toml``) holds the UN member States, observers and the European
Union, each with the name UN Chinese texts give it, and other spellings of the same party ("Korea,
Republic of"). A party name may hold commas: names are always handled as a list, never split.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache

from ..paths import RESOURCES_DIR
from .bracket_model import all_brackets, parties_of


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    try:
        with open(RESOURCES_DIR / "parties.toml", "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}, {}
    return dict(data.get("names", {})), dict(data.get("aliases", {}))


def known_parties() -> list[str]:
    """The names offered for positions, in the list's order (UN short names)."""
    return list(_table()[0])


#: English names read with "the" in running text ("proposed by the United States").
_THE = ("United ", "European ", "Russian Federation", "Republic of ", "Democratic ", "Netherlands", "Philippines",
        "Bahamas", "Gambia", "Holy See", "State of Palestine", "Marshall Islands", "Solomon Islands", "Comoros",
        "Maldives", "Niger", "Congo", "Sudan", "Central African Republic", "Dominican Republic", "Syrian Arab Republic",
        "Lao People's", "African Union", "Czech Republic", "Kyrgyz Republic", "Islamic Republic", "USA", "EU")


def party_name(party: str, lang: str = "en") -> str:
    """``party`` as a text in ``lang`` prints it: in Chinese from the list, in English with "the" where
    running text needs it ("the United States"); else as recorded."""
    if not party:
        return party
    if lang != "zh":
        return "the " + party if party.startswith(_THE) else party
    names, aliases = _table()
    return names.get(party) or aliases.get(party) or party


def parties_in(draft) -> list[str]:
    """Every party named in a draft's brackets, its proposals' meta and lineage, in first-seen order."""
    seen: dict[str, None] = {}
    if draft.meta.get("party"):
        seen[draft.meta["party"]] = None
    for source in draft.meta.get("compiled_from", []):
        if source.get("party"):
            seen[source["party"]] = None
    for bracket in all_brackets(draft):
        for option in bracket.options:
            for party in sorted(parties_of(option)):
                seen.setdefault(party, None)
    return list(seen)

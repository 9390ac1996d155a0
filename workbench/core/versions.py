"""Versions: immutable snapshots of a draft with label, author or party, time and parent."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from .messages import msg
from .model import Draft, new_id
from .text import clean_line, clean_text


def now_iso() -> str:
    """The current UTC time, to the second, ISO 8601."""
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Version:
    """A saved state of a draft. Frozen: a version is never changed once saved."""

    id: str
    draft_id: str
    label: str
    author: str
    created: str
    snapshot: dict = field(compare=False, repr=False)
    party: str = ""
    note: str = ""
    parent_id: str | None = None
    built_from: tuple = field(default=(), compare=False)   # proposals merged into it (meta["compiled_from"])

    @classmethod
    def of(cls, draft: Draft, label: str, author: str = "", party: str = "", note: str = "",
           parent_id: str | None = None) -> "Version":
        label, author, party, note = clean_line(label), clean_line(author), clean_line(party), clean_text(note)
        if not label.strip():
            raise ValueError(msg("a version needs a label, e.g. “Chair's text Rev.1”"))
        return cls(id=new_id("v"), draft_id=draft.id, label=label.strip(), author=author,
                   created=now_iso(), snapshot=draft.to_dict(), party=party, note=note,
                   parent_id=parent_id, built_from=tuple(draft.meta.get("compiled_from") or ()))

    def draft(self) -> Draft:
        """A fresh Draft object equal to the one saved (edits to it never touch the version)."""
        return Draft.from_dict(self.snapshot)

    def summary(self) -> dict:
        return {"id": self.id, "draft_id": self.draft_id, "label": self.label,
                "author": self.author, "party": self.party, "note": self.note,
                "created": self.created, "parent_id": self.parent_id,
                "built_from": [dict(s) for s in self.built_from]}


def lineage(versions: list[Version], version_id: str) -> list[Version]:
    """The chain from the root version to ``version_id`` (base → proposals → Rev.n)."""
    by_id = {v.id: v for v in versions}
    chain: list[Version] = []
    current = by_id.get(version_id)
    while current is not None and current not in chain:
        chain.append(current)
        current = by_id.get(current.parent_id) if current.parent_id else None
    return list(reversed(chain))

"""A proposal received as a Word or Akoma Ntoso file: read, linked to its base version and its party.

The file is read by the importer (``importing``); ``core.linking`` pairs its articles and paragraphs
with those of the version it was drafted on — the one the drafter names, else the saved version it
most resembles — so that merging it records only what the delegation changed.
"""
from __future__ import annotations

from pathlib import Path

from ..core.linking import LinkReport, best_base, link_to_base
from ..core.messages import msg
from ..core.model import Draft
from ..core.parties import party_name
from .common import ExportError
from .importing import ImportResult, import_file


def read_proposal(path: Path | str, party: str, versions: list, base=None,
                  title: str | None = None) -> tuple[Draft, object, LinkReport, ImportResult]:
    """(the new draft, its base version, how it was linked, the import result). ``base`` is the
    version it answers, or None to take the most similar of ``versions``."""
    path = Path(path)
    if not party.strip():
        raise ExportError(msg("a proposal needs the name of the party making it"))
    result = import_file(path, title=title)
    draft = result.draft
    if base is None:
        base, _score = best_base(draft, versions)
        if base is None:
            raise ExportError(msg("{name} resembles no saved version: save the base text as a version, or name "
                                  "the version it was drafted on", name=path.name))
    report = link_to_base(draft, base.draft(), party, base.id)
    draft.meta["based_on_draft"] = base.draft_id
    if title is None:
        draft.title = f"{base.draft().title} — proposal of {party_name(party.strip())}"
    return draft, base, report, result

"""Proposals as the workspace holds them: each with its party and the version it was drafted on.

``proposal_of`` turns a version or a draft into a ``core.bracketing.Proposal`` carrying its base
(the version named by ``meta["based_on_version"]``) and the record the compilation's lineage keeps.
A draft merged as it stands is first saved as a version ("… as received"), so that the lineage of
Rev.1 names an immutable text. (A proposal received as a file: ``export.proposal_import``.)
"""
from __future__ import annotations

from ..core.bracketing import Proposal
from ..core.model import Draft
from .errors import WorkspaceError


def proposal_of(ws, kind: str, ref: str, draft: Draft | None = None, save: bool = True) -> Proposal:
    """The proposal named by ``(kind, ref)``: ``("version", id)`` or ``("draft", id)`` (``draft``: the
    draft as the caller holds it, e.g. the window's copy). A draft is saved as a version first."""
    if kind == "version":
        version = ws.version(ref)
        text = version.draft()
        party = version.party or text.meta.get("party", "") or version.author
    else:
        text = draft if draft is not None else ws.load_draft(ref)
        party = text.meta.get("party", "")
        version = None
        if save:
            version = ws.save_version(text, f"{text.title} (as received)", party=party,
                                      note="saved when merged into a compilation")
    base_id = text.meta.get("based_on_version", "")
    base, label = None, ""
    if base_id:
        try:
            base_version = ws.version(base_id)
            base, label = base_version.draft(), base_version.label
        except WorkspaceError:
            base = None
    source = {"version": version.id if version else "", "draft": text.id, "party": party or text.title,
              "label": version.label if version else text.title}
    return Proposal(party or text.title, text, base, label, base_id, source)

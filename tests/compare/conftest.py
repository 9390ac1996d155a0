"""Fixtures for comparison tests: a CoE-based draft and a second version of it.

The second version differs from the first by exactly three things a negotiator does: one
article deleted, one article moved (which renumbers most of the others and the references to
them), and one paragraph of a third article changed.
"""
from __future__ import annotations

import pytest

from workbench.core.assemble import draft_from_source
from workbench.core.model import Draft

from .compare_helpers import COE, make_second_version


@pytest.fixture(scope="session")
def coe_clauses(library_workspace_file):
    from workbench.storage import Workspace
    with Workspace.open(library_workspace_file) as ws:
        clauses = ws.clauses(source=COE)
        labels = {sid: s.short or s.title for sid, s in ws.sources().items()}
    if len(clauses) < 30:
        pytest.skip("the CoE AI Convention is not in the clause library")
    return clauses, labels


@pytest.fixture
def coe_draft(coe_clauses) -> Draft:
    return draft_from_source("CoE-based draft", coe_clauses[0])


@pytest.fixture
def two_versions(workspace, coe_draft):
    """The draft saved as "Base text", edited, saved again as China's proposal."""
    workspace.create_draft(coe_draft)
    v1 = workspace.save_version(coe_draft, "Base text", author="Chair")
    draft = workspace.load_draft(coe_draft.id)
    done = make_second_version(draft, lambda edit: workspace.apply(draft, edit))
    v2 = workspace.save_version(workspace.load_draft(coe_draft.id), "Proposal of China", party="China")
    return v1, v2, done

"""Checker fixtures: the real clause library in a real workspace, whole source instruments as drafts."""
from __future__ import annotations

import pytest
from checker_helpers import COE, build_ideal

from workbench.core.assemble import draft_from_source


@pytest.fixture
def checker(workspace):
    from workbench.checker import Checker
    return Checker.for_workspace(workspace)


@pytest.fixture
def coe_draft(workspace):
    return draft_from_source("CoE AI Convention", workspace.clauses(source=COE))


@pytest.fixture
def coe_report(checker, coe_draft):
    return checker.check(coe_draft)


@pytest.fixture
def ideal_draft(workspace):
    return build_ideal(workspace)

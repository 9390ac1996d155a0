"""The ideal-treaty checker: criteria as data, registered rules, dependency graph, impact analysis.

    checker = Checker.for_workspace(workspace)        # library read once per workspace, cached
    report = checker.check(draft)                     # Report: score, groups, findings
    report.to_dict()                                  # {"score", "groups", "criteria": [...]} (CLI --json)
    impact_of_removal(draft, article_id, checker)     # what would break
    build_graph(checker.context(draft))               # networkx DiGraph over draft (and library)
"""
from .criteria import Criteria, CriteriaError, default_criteria, load_criteria
from .engine import Checker, check_draft
from .findings import Evidence, Finding, Report, Suggestion
from .graph import build_graph
from .impact import Impact, impact_of_move, impact_of_removal
from .library_index import LibraryIndex, index_for_workspace
from .registry import CHECKS, register_check

__all__ = ["CHECKS", "Checker", "Criteria", "CriteriaError", "Evidence", "Finding", "Impact", "LibraryIndex",
           "Report", "Suggestion", "build_graph", "check_draft", "default_criteria", "impact_of_move",
           "impact_of_removal", "index_for_workspace", "load_criteria", "register_check"]

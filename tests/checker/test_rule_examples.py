"""The docstring examples of every checker module and rule run as tests (pycodestyle-style)."""
import doctest
import importlib
import pkgutil

import pytest

import workbench.checker as checker_package
from workbench.checker import CHECKS, default_criteria

MODULES = sorted(name for _f, name, _p in pkgutil.iter_modules(checker_package.__path__))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"workbench.checker.{name}")
    failures, _tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                                       raise_on_error=False, report=True)
    assert failures == 0, f"{failures} docstring example(s) failed in workbench.checker.{name}"


def test_every_registered_rule_has_runnable_examples():
    for criterion_id, rule in CHECKS.items():
        examples = doctest.DocTestFinder().find(rule)
        assert examples and examples[0].examples, f"the rule for {criterion_id} ({rule.__name__}) has no examples"
        assert criterion_id in {c.id for c in default_criteria()}, f"rule registered for unknown criterion {criterion_id}"


def test_special_rules_are_registered_under_their_ids():
    for cid in ("B1", "B4", "B6", "B7", "U1", "U7", "F1", "F2", "F3", "F4", "F5", "F6", "F7"):
        assert cid in CHECKS

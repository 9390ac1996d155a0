"""The operations the benchmark times, found in the feature modules (None where one is missing).

Each ``*_call`` returns a callable doing exactly what the GUI and the CLI call for that
operation, or raises ``Unavailable`` with the reason when the feature is not in the tree yet, so
the benchmark prints "not available yet" instead of a number it did not measure.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable


class Unavailable(Exception):
    """The feature module an operation needs is not in the tree (yet)."""


def _import(module: str, *names: str):
    try:
        loaded = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise Unavailable(f"no module {exc.name}") from exc
        raise
    missing = [n for n in names if not hasattr(loaded, n)]
    if missing:
        raise Unavailable(f"{module} has no {', '.join(missing)}")
    return [getattr(loaded, n) for n in names]


def checker_for(workspace) -> Callable:
    """``Checker.for_workspace(ws).check``: the full check with suggestions (the checker panel's)."""
    (checker_class,) = _import("workbench.checker", "Checker")
    checker = checker_class.for_workspace(workspace)
    return checker.check


def checker_call(workspace) -> Callable | None:
    """The checker's ``check`` for ``workspace``, or None when there is no checker."""
    try:
        return checker_for(workspace)
    except Unavailable:
        return None


def compare_call() -> Callable:
    """``workbench.core.compare.compare(old, new)``: the structure-aware comparison."""
    (compare,) = _import("workbench.core.compare", "compare")
    return compare


def export_calls(workspace) -> tuple[Callable, Callable]:
    """(export, baseline): the real .docx export of a draft to a path, and plain python-docx
    writing given (style, text) paragraphs from the same template to a path."""
    export_docx, bare_docx_baseline = _import("workbench.export.docx_writer", "export_docx", "bare_docx_baseline")
    (options_class,) = _import("workbench.export.common", "ExportOptions")
    labels = {sid: s.short or s.title for sid, s in workspace.sources().items()}

    def export(draft, path: Path):
        return export_docx(draft, path, options_class(clause_labels=labels))

    def baseline(paragraphs, path: Path):
        return bare_docx_baseline(paragraphs, path=path)

    return export, baseline

"""The workspace (SQLite; schema migrations through sqlite-utils) and the clause-library loader.

The names below are loaded on first use (PEP 562), so that ``storage.check_ahead`` can be
imported at the very start of the application without the workspace code behind it.
"""
from __future__ import annotations

import importlib

TYPE_CHECKING = False           # not ``typing``'s: nothing more is imported before the check starts

_EXPORTS = {"Library": "library", "LibraryError": "library", "Vocabulary": "library", "load_library": "library",
            "ConflictError": "workspace", "DraftInfo": "workspace", "Workspace": "workspace",
            "WorkspaceError": "workspace"}

__all__ = ["ConflictError", "DraftInfo", "Library", "LibraryError", "Vocabulary", "Workspace",
           "WorkspaceError", "load_library"]

if TYPE_CHECKING:
    from .library import Library, LibraryError, Vocabulary, load_library
    from .workspace import ConflictError, DraftInfo, Workspace, WorkspaceError


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value

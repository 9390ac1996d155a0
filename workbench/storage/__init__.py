"""The workspace (SQLite through sqlite-utils) and the clause-library loader."""
from .library import Library, LibraryError, Vocabulary, load_library
from .workspace import ConflictError, DraftInfo, Workspace, WorkspaceError

__all__ = ["ConflictError", "DraftInfo", "Library", "LibraryError", "Vocabulary", "Workspace",
           "WorkspaceError", "load_library"]

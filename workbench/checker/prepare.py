"""``python -m workbench.checker.prepare WORKSPACE``: read every library clause the checker has not
read yet and keep the readings in the workspace (the window runs this in a separate process for
a large library, so that the reading never holds up the window)."""
from __future__ import annotations

import sys

from ..storage import Workspace, WorkspaceError
from ..storage.analysis import LibraryReader
from .criteria import default_criteria
from .library_index import read_clauses, term_aliases
from .stored import reading_version


def prepare(path: str) -> int:
    """Read the unread clauses of the workspace at ``path``; returns how many were read."""
    with Workspace.open(path, create=False, sync_library=False) as workspace:
        terms = workspace.vocabulary.terms
    criteria = default_criteria()
    aliases = term_aliases(terms)
    version = reading_version(criteria, aliases)
    reader = LibraryReader(path)
    missing = [cid for cid, summary in reader.summaries(version) if summary is None]
    return len(read_clauses(reader, version, criteria, aliases, missing, contents=False))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m workbench.checker.prepare WORKSPACE\n")
        return 2
    try:
        count = prepare(argv[0])
    except WorkspaceError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    sys.stdout.write(f"{count} clauses read\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

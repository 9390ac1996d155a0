"""``python -m workbench.checker.service WORKSPACE``: a process that checks drafts for the window.

With a large library, reading the library and checking a long draft are seconds of Python work;
in a thread of the window's own process they would compete with the window for the interpreter
and make every keystroke wait. The window sends each draft to this process instead and gets the
report and the dependency graph back (``workbench.ui.check_service``).

Messages on stdin and stdout are pickles, each preceded by its length (8 bytes, big-endian);
they pass only between the window and the process it started. Request: a ``Draft`` or a
snapshot of one (``core.snapshot``), or None to stop. Answer: ``("ok", report, graph)`` or
``("error", message)``. Request ``("impact", snapshot, article_id, edit)``: what the edit (a
removal or a move of that article) would break; answer ``("ok", impact or None)`` (None: the
article keeps its number, nothing to ask).
"""
from __future__ import annotations

import sys
from typing import BinaryIO

from ..core.messages import Message, message_in
from ..core.snapshot import assemble, is_snapshot
from ..pipes import Pickled, PickledList, read_message, write_message
from ..storage import Workspace, WorkspaceError
from .engine import Checker
from .graph import build_graph

def serve(path: str, requests: BinaryIO, answers: BinaryIO) -> int:
    """Answer check requests until asked to stop or the window goes away."""
    try:
        workspace = Workspace.open(path, create=False, sync_library=False)
    except WorkspaceError as exc:
        write_message(answers, ("error", message_in(exc)))
        return 1
    try:
        while True:
            try:
                draft = read_message(requests)
            except EOFError:
                return 0
            if draft is None:
                return 0
            try:
                # the index follows the library: a clause verified meanwhile makes a new one
                checker = Checker.for_workspace(workspace)
                if isinstance(draft, tuple) and draft[:1] == ("impact",):
                    from .impact import impact_of_edit
                    _tag, snapshot, article_id, edit = draft
                    answer = ("ok", impact_of_edit(assemble(snapshot), article_id, edit, checker))
                else:
                    report, ctx = checker.analyse(assemble(draft) if is_snapshot(draft) else draft)
                    # the graph stays pickled in the window until it is drawn (pipes.Pickled), and the
                    # legal elements (read only by a saved or exported report) until they are read
                    report.elements = PickledList(report.elements)
                    answer = ("ok", report, Pickled(build_graph(ctx)))
            except Exception as exc:  # noqa: BLE001 - reported in the window, the process goes on
                # the message as raised (a core Message keeps what the window translates)
                text = message_in(exc)
                answer = ("error", text if isinstance(text, Message) else f"{type(exc).__name__}: {exc}")
            write_message(answers, answer)
    finally:
        workspace.close()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m workbench.checker.service WORKSPACE\n")
        return 2
    answers = sys.stdout.buffer
    sys.stdout = sys.stderr                  # nothing printed by mistake may garble the answers
    return serve(argv[0], sys.stdin.buffer, answers)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

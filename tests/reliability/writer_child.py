"""A writer process for the reliability tests: applies the edit stream to a draft, acknowledging each.

``python tests/reliability/writer_child.py WORKSPACE DRAFT_ID [MAX_STEPS [wait]]`` continues the stream
from the step the stored draft has reached and prints ``ack N`` (flushed) after each
``Workspace.apply`` has returned, i.e. after the edit is committed. It stops after MAX_STEPS
edits (default: never; the test kills it). With MAX_STEPS it ends by printing ``done``.
With ``wait`` it prints ``loaded`` once it holds the draft and waits for a line on stdin first.
A WorkspaceError (e.g. a conflict) is printed as ``error <message>`` and ends it with status 3.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edit_stream import step_edit, stored_step  # noqa: E402

from workbench.storage import Workspace, WorkspaceError  # noqa: E402


def main(argv: list[str]) -> int:
    path, draft_id = argv[0], argv[1]
    limit = int(argv[2]) if len(argv) > 2 else None
    ws = Workspace.open(path, sync_library=False)
    draft = ws.load_draft(draft_id)
    if argv[3:4] == ["wait"]:
        sys.stdout.write("loaded\n")
        sys.stdout.flush()
        sys.stdin.readline()
    done = 0
    try:
        while limit is None or done < limit:
            step = stored_step(draft) + 1
            ws.apply(draft, step_edit(draft, step))
            sys.stdout.write(f"ack {step}\n")
            sys.stdout.flush()
            done += 1
    except WorkspaceError as exc:
        sys.stdout.write(f"error {exc}\n")
        sys.stdout.flush()
        return 3
    ws.close()
    sys.stdout.write("done\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

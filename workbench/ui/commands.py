"""Thin QUndoCommands: each wraps one reversible core edit (or one library-clause change).

The edit is already applied and committed when the command is pushed (``Session.push_edit``),
so the first ``redo()`` only announces the change; later ``undo()``/``redo()`` calls go through
``Workspace.revert`` / ``Workspace.apply``. Consecutive typing in one text field merges into a
single command (same ``merge_key``, no undo or redo in between).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from ..core.edits import Change, Edit, SetFields
from ..core.merge import touches
from ..core.library import Clause

if TYPE_CHECKING:
    from ..core.model import Draft


class Session(Protocol):
    """What the commands ask of ``ui.session.Session`` (named here, so that the two modules do not
    import each other)."""

    generation: int

    def emit_change(self, draft: "Draft", change: Change) -> None: ...
    def run_command(self, command: "EditCommand", forward: bool) -> None: ...
    def clause_updated(self, clause_id: str) -> None: ...
    def store_clause(self, clause: Clause, who: str, action: str) -> None: ...

TYPING_ID = 0x5457  # QUndoCommand.id() of mergeable text edits


class EditCommand(QUndoCommand):
    """One core Edit on one draft."""

    def __init__(self, session: Session, draft: "Draft", edit: Edit, change: Change, text: str,
                 merge_key: tuple | None = None):
        super().__init__(text)
        self.session, self.draft, self.edit = session, draft, edit
        self.first_change: Change | None = change
        self.footprint = touches(change)       # what it touched: another program's change there makes it unsafe
        self.merge_key = merge_key
        self.generation = session.generation

    def id(self) -> int:  # noqa: A003 - Qt's name
        return TYPING_ID if self.merge_key is not None else -1

    def redo(self) -> None:
        if self.first_change is not None:
            change, self.first_change = self.first_change, None
            self.session.emit_change(self.draft, change)
            return
        self.session.run_command(self, forward=True)

    def undo(self) -> None:
        self.session.run_command(self, forward=False)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Typing: keep this command's old values, take the newer command's new values."""
        if not isinstance(other, EditCommand) or other.merge_key is None:
            return False
        if (other.merge_key != self.merge_key or other.draft is not self.draft
                or other.generation != self.generation or other.generation != self.session.generation):
            return False
        if not (isinstance(self.edit, SetFields) and isinstance(other.edit, SetFields)
                and self.edit.node_id == other.edit.node_id
                and set(self.edit.values) == set(other.edit.values)):
            return False
        self.edit.values = dict(other.edit.values)
        return True


class ClauseCommand(QUndoCommand):
    """A change to a library clause (e.g. official text pasted and marked verified)."""

    def __init__(self, session: Session, old: Clause, new: Clause, who: str, action: str, text: str):
        super().__init__(text)
        self.session, self.old, self.new, self.who, self.action = session, old, new, who, action
        self.pushed = False

    def redo(self) -> None:
        if not self.pushed:
            self.pushed = True
            self.session.clause_updated(self.new.id)
            return
        self.session.store_clause(self.new, self.who, f"redo {self.action}")

    def undo(self) -> None:
        self.session.store_clause(self.old, self.who, f"undo {self.action}")

"""The open workspace as the GUI sees it: loaded drafts, one undo stack, change signals.

Every change to a draft goes through ``Session.push_edit``: the core edit is applied and
committed by ``Workspace.apply`` first (so a failure is reported and nothing is pushed), then a
thin ``EditCommand`` goes on the undo stack; its ``undo()``/``redo()`` call ``Workspace.revert``
/ ``Workspace.apply``. After each of these ``draft_changed(draft, change)`` is emitted and the
Qt models refresh from the ``Change`` alone. The workspace file is the document: there is
nothing to "save", and killing the program loses nothing that was shown.
"""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..core.edits import Change, Edit
from ..core.library import Clause
from ..core.model import Draft, DraftError
from ..storage import ConflictError, Workspace, WorkspaceError
from .commands import ClauseCommand, EditCommand
from .errors import message_of

#: What can go wrong when an edit is applied or stored, reported to the drafter as a message.
EDIT_ERRORS = (DraftError, WorkspaceError, sqlite3.Error, OSError)


class Session(QObject):
    """One open workspace: the drafts loaded from it, the undo stack, and change signals."""

    draft_changed = Signal(object, object)   # Draft, Change — after every apply / undo / redo
    draft_reloaded = Signal(object)          # Draft replaced by its stored state after a failure
    drafts_changed = Signal()                # a draft was created, deleted or renamed
    clause_changed = Signal(str)             # a library clause was changed (verified, reverted)
    failed = Signal(str)                     # a message for the drafter

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.generation = 0          # bumped by every undo/redo: typing never merges across them
        self._drafts: dict[str, Draft] = {}
        self._clauses: dict[str, Clause | None] = {}
        self._verification: dict[str, str | None] = {}
        self._source_labels: dict[str, str] | None = None

    # ----- drafts ---------------------------------------------------------------------------
    def draft_infos(self):
        return self.workspace.drafts(count_articles=False)

    def draft(self, draft_id: str) -> Draft:
        """The loaded draft (read from the workspace the first time it is asked for)."""
        if draft_id not in self._drafts:
            self._drafts[draft_id] = self.workspace.load_draft(draft_id)
        return self._drafts[draft_id]

    def create_draft(self, draft: Draft) -> Draft:
        self.workspace.create_draft(draft)
        self._drafts[draft.id] = draft
        self.drafts_changed.emit()
        return draft

    def delete_draft(self, draft_id: str) -> None:
        """Delete a draft (not undoable: the undo stack is cleared, its commands name the draft)."""
        self.workspace.delete_draft(draft_id)
        self._drafts.pop(draft_id, None)
        self.undo_stack.clear()
        self.drafts_changed.emit()

    # ----- the one path for edits -----------------------------------------------------------
    def push_edit(self, draft: Draft, edit: Edit, text: str | None = None,
                  merge_key: tuple | None = None) -> Change | None:
        """Apply ``edit`` to ``draft``, commit it and push it on the undo stack.

        Returns the Change, or None when the edit was refused or could not be stored (the
        drafter gets a message through ``failed``; the draft is unchanged).
        """
        try:
            change = self.workspace.apply(draft, edit)
        except ConflictError as exc:
            self.failed.emit(self.tr("{0}\nThe draft has been reloaded from the workspace.").format(message_of(exc)))
            QTimer.singleShot(0, lambda draft_id=draft.id: self.reload_draft(draft_id))
            return None
        except EDIT_ERRORS as exc:
            self.failed.emit(message_of(exc))
            return None
        self.undo_stack.push(EditCommand(self, draft, edit, change, text or edit.label, merge_key))
        return change

    def run_command(self, command: EditCommand, forward: bool) -> None:
        """Called by EditCommand.redo()/undo() after the first push."""
        self.generation += 1
        try:
            if forward:
                change = self.workspace.apply(command.draft, command.edit)
            else:
                change = self.workspace.revert(command.draft, command.edit)
        except EDIT_ERRORS as exc:
            command.setObsolete(True)
            self.failed.emit(self.tr("{0}\nThe draft has been reloaded from the workspace.").format(message_of(exc)))
            QTimer.singleShot(0, lambda draft_id=command.draft.id: self.reload_draft(draft_id))
            return
        self.emit_change(command.draft, change)

    def emit_change(self, draft: Draft, change: Change) -> None:
        self.draft_changed.emit(draft, change)
        if change.draft_fields:
            self.drafts_changed.emit()

    def reload_draft(self, draft_id: str) -> None:
        """Replace a loaded draft by its stored state and forget the undo history."""
        self.undo_stack.clear()
        self._drafts.pop(draft_id, None)
        try:
            draft = self.draft(draft_id)
        except WorkspaceError as exc:
            self.failed.emit(message_of(exc))
            self.drafts_changed.emit()
            return
        self.draft_reloaded.emit(draft)

    # ----- the library ----------------------------------------------------------------------
    def clause(self, clause_id: str) -> Clause | None:
        """A library clause (cached), or None if the library has no such clause."""
        if clause_id not in self._clauses:
            try:
                self._clauses[clause_id] = self.workspace.clause(clause_id)
            except WorkspaceError:
                self._clauses[clause_id] = None
        return self._clauses[clause_id]

    def verification(self, clause_id: str) -> str | None:
        """A library clause's overall verification status (cached with the clause), or None."""
        if clause_id not in self._verification:
            clause = self.clause(clause_id)
            self._verification[clause_id] = clause.overall_verification if clause is not None else None
        return self._verification[clause_id]

    def source_labels(self) -> dict[str, str]:
        if self._source_labels is None:
            self._source_labels = {sid: s.short or s.title for sid, s in self.workspace.sources().items()}
        return self._source_labels

    def update_clause(self, new: Clause, who: str, action: str, text: str) -> bool:
        """Store a drafter's change to a library clause as an undoable step."""
        old = self.workspace.clause(new.id)
        try:
            self.workspace.update_clause(new, who, action)
        except EDIT_ERRORS as exc:
            self.failed.emit(message_of(exc))
            return False
        self.undo_stack.push(ClauseCommand(self, old, new, who, action, text))
        return True

    def store_clause(self, clause: Clause, who: str, action: str) -> None:
        """Called by ClauseCommand.redo()/undo() after the first push."""
        self.generation += 1
        try:
            self.workspace.update_clause(clause, who, action)
        except EDIT_ERRORS as exc:
            self.failed.emit(message_of(exc))
        self.clause_updated(clause.id)

    def clause_updated(self, clause_id: str) -> None:
        self._clauses.pop(clause_id, None)
        self._verification.pop(clause_id, None)
        self.clause_changed.emit(clause_id)

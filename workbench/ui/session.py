"""The open workspace as the GUI sees it: loaded drafts, one undo stack, change signals.

Every change to a draft goes through ``Session.push_edit``: the core edit is applied and
committed by ``Workspace.apply`` first (so a failure is reported and nothing is pushed), then a
thin ``EditCommand`` goes on the undo stack; its ``undo()``/``redo()`` call ``Workspace.revert``
/ ``Workspace.apply``. After each of these ``draft_changed(draft, change)`` is emitted and the
Qt models refresh from the ``Change`` alone. The workspace file is the document: there is
nothing to "save", and killing the program loses nothing that was shown.

Other programs may change the workspace meanwhile (a command in a terminal, another window).
The session follows them (``follow_others``, a cheap ``PRAGMA data_version`` poll): a loaded
draft takes over the stored state in place, and undo steps that another program's change made
unsafe are dropped. An edit made on the older state is merged when it touches nothing the other
program changed; otherwise nothing is thrown away: ``conflict`` hands the case to the window,
which shows both versions side by side to keep one (``keep_mine`` / ``keep_theirs``).
"""
from __future__ import annotations

import gc
import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..core.edits import Change, Edit, follow_index
from ..core.library import Clause
from ..core.merge import adopt, changed_nodes
from ..core.model import Draft, DraftError, Node
from ..core.numbering import Numbering
from ..storage import ConflictError, Workspace, WorkspaceError
from ..storage.errors import EditConflict
from ..storage.journal import TypingJournal
from .commands import ClauseCommand, EditCommand
from .errors import message_of

#: What can go wrong when an edit is applied or stored, reported to the drafter as a message.
EDIT_ERRORS = (DraftError, WorkspaceError, sqlite3.Error, OSError)
#: How often the session looks for other programs' changes (one cheap query).
FOLLOW_MS = 700
#: How long after the last edit the log's pages are copied into the workspace file.
CHECKPOINT_MS = 3000
#: How long after the last edit what the edits left behind is collected and frozen (``collect_idle``).
COLLECT_MS = 400


def collect_idle() -> None:
    """Collect the cyclic garbage while the drafter pauses, and freeze what survives (review F15).

    The collector's full passes go over every object of its oldest generation; with a long draft
    loaded they took 40-110 ms and fell on whichever edit happened to trigger one. The draft's
    elements are frozen out of the generations once loaded (``Session.draft``); what edits, checks
    and views make afterwards accumulates there again. Frozen in a pause, after a pass over the
    young generations only (a few ms; a full pass would be the stall itself), it leaves the passes
    that come during edits a small heap. An object frozen while alive and later left in a cycle is
    not reclaimed; the edit path keeps no cycles (``core.edits``), so this is little.
    """
    gc.collect(1)
    gc.freeze()


@dataclass
class ConflictCase:
    """An edit that collides with another program's change: both kept until the drafter chooses."""

    draft: Draft            # as the window holds it (the edit is not applied)
    edit: Edit
    fresh: Draft            # as now stored
    change: Change          # what the edit touched
    text: str               # the undo text of the edit
    merge_key: tuple | None = None
    orphan: object = None   # the typing-journal entry it came from (typing of a window that ended)


class Session(QObject):
    """One open workspace: the drafts loaded from it, the undo stack, and change signals."""

    draft_changed = Signal(object, object)   # Draft, Change — after every apply / undo / redo
    draft_reloaded = Signal(object)          # Draft took over its stored state (whole view refreshes)
    drafts_changed = Signal()                # a draft was created, deleted or renamed
    clause_changed = Signal(str)             # a library clause was changed (verified, reverted)
    failed = Signal(str)                     # a message for the drafter
    conflict = Signal(object)                # a ConflictCase for the window to show
    about_to_follow = Signal()               # typing is committed before other programs' changes come in
    workspace_changed = Signal()             # another program changed something (versions, drafts …)
    held_edit_done = Signal()                # an edit held for its impact was made or dropped (``edit_held``)

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.generation = 0          # bumped by every undo/redo: typing never merges across them
        self.edit_held = False       # a removal or move waits for its impact (ui.impact_guard)
        self.journal = TypingJournal(workspace)
        self._drafts: dict[str, Draft] = {}
        self._clauses: dict[str, Clause | None] = {}
        self._verification: dict[str, str | None] = {}
        self._source_labels: dict[str, str] | None = None
        self._open_conflicts = 0
        # the numbers of one draft, shared, with the changes made since they were worked out (or None)
        self._numbering: tuple[Draft, Numbering, Change | None] | None = None
        self._index: tuple[Draft, dict] | None = None            # its node id -> (node, parent), shared
        self._seen = self._workspace_state()
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self.follow_others)
        self._follow.start()
        self._checkpoint = QTimer(self)           # the file itself catches up once the drafter pauses
        self._checkpoint.setSingleShot(True)
        self._checkpoint.setInterval(CHECKPOINT_MS)
        self._checkpoint.timeout.connect(self.workspace.checkpoint)
        self.draft_changed.connect(lambda *_args: self._checkpoint.start())
        self._collect = QTimer(self)
        self._collect.setSingleShot(True)
        self._collect.setInterval(COLLECT_MS)
        self._collect.timeout.connect(collect_idle)
        self.draft_changed.connect(lambda *_args: self._collect.start())
        # connected first: every view asking for numbers while following a change gets new ones
        self.draft_changed.connect(self._numbers_changed)
        self.draft_reloaded.connect(lambda _draft: self._drop_numbering())

    # ----- numbers shared by the views -----------------------------------------------------------
    def numbering(self, draft: Draft) -> Numbering:
        """The numbering of ``draft`` as it stands: worked out once per structural change and
        shared by the outline and the editor (typing changes no number)."""
        if self._numbering is None or self._numbering[0] is not draft:
            self._numbering = (draft, Numbering.of(draft), None)
        elif self._numbering[2] is not None:     # the numbers before the changes since: follow them
            self._numbering = (draft, Numbering.after(self._numbering[1], draft, self._numbering[2],
                                                      self.index(draft)), None)
        return self._numbering[1]

    def index(self, draft: Draft) -> dict[str, tuple[Node, Node | None]]:
        """``draft.index()`` as it stands (node id -> (node, parent)), worked out once per
        structural change and shared by the views; not to be changed by its callers."""
        if self._index is None or self._index[0] is not draft:
            self._index = (draft, draft.index())
        return self._index[1]

    def find(self, draft: Draft, node_id: str) -> Node:
        """``draft.find(node_id)`` through the shared index (which follows every change of the
        draft, so an id it lacks is not in the draft: no walk of a long draft to say so)."""
        entry = self.index(draft).get(node_id)
        if entry is None:
            raise draft.absent(node_id)
        return entry[0]

    def _followed(self, draft: Draft) -> dict[str, tuple[Node, Node | None]] | None:
        """The id index of ``draft`` when one is being followed (lent to edits; never built for them)."""
        return self._index[1] if self._index is not None and self._index[0] is draft else None

    def _drop_numbering(self) -> None:
        self._numbering = self._index = None

    def _numbers_changed(self, draft: Draft, change: Change) -> None:
        """After a change to ``draft``: numbers are worked out again when next asked for; the id
        index follows what the change touched (built again only after a reload)."""
        if change.words_only:
            return
        if self._numbering is not None and self._numbering[0] is draft:   # followed when next asked
            pending = self._numbering[2]
            self._numbering = (draft, self._numbering[1], (pending or Change()).merge(change))
        else:
            self._numbering = None
        if self._index is not None and (self._index[0] is not draft
                                        or not follow_index(draft, self._index[1], change)):
            self._index = None

    # ----- drafts ---------------------------------------------------------------------------
    def draft_infos(self):
        return self.workspace.drafts(count_articles=False)

    def draft(self, draft_id: str) -> Draft:
        """The loaded draft (read from the workspace the first time it is asked for)."""
        if draft_id not in self._drafts:
            self._drafts[draft_id] = self.workspace.load_draft(draft_id)
            # The draft's elements live as long as the window: out of the cyclic collector's
            # generations, whose full passes over a long draft's objects stalled edits at random.
            gc.freeze()
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

        Returns the Change, or None when the edit was refused, could not be stored, or collides
        with another program's change (then ``conflict`` carries it: nothing is lost).
        """
        change = None
        try:
            change = self.workspace.apply(draft, edit, merge=True, index=self._followed(draft))
        except EditConflict as exc:
            self.hold_conflict()
            self.conflict.emit(ConflictCase(draft, edit, exc.fresh, exc.change, text or edit.label, merge_key))
            return None
        except ConflictError as exc:            # the draft is gone, or changes without pause
            self.failed.emit(message_of(exc))
            QTimer.singleShot(0, lambda draft_id=draft.id: self.reload_draft(draft_id))
            return None
        except EDIT_ERRORS as exc:
            self.failed.emit(message_of(exc))
            return None
        finally:                                # views may look before the change is announced
            if change is None:
                self._drop_numbering()
            else:
                self._numbers_changed(draft, change)
        if change.reloaded:
            self._took_over(draft, change.foreign)
        self.undo_stack.push(EditCommand(self, draft, edit, change, text or edit.label, merge_key))
        return change

    def run_command(self, command: EditCommand, forward: bool) -> None:
        """Called by EditCommand.redo()/undo() after the first push."""
        self.generation += 1
        try:
            if forward:
                change = self.workspace.apply(command.draft, command.edit, merge=True,
                                              index=self._followed(command.draft))
            else:
                change = self.workspace.revert(command.draft, command.edit, merge=True,
                                               index=self._followed(command.draft))
        except BaseException as exc:
            self._drop_numbering()                  # whatever became of the draft
            if not isinstance(exc, EDIT_ERRORS):
                raise
            command.setObsolete(True)
            self.failed.emit(self.tr("{0}\nThe draft has been reloaded from the workspace.").format(message_of(exc)))
            QTimer.singleShot(0, lambda draft_id=command.draft.id: self.reload_draft(draft_id))
            return
        self._numbers_changed(command.draft, change)    # views may look before the change is announced
        if change.reloaded:
            self._took_over(command.draft, change.foreign, keep=command)
        self.emit_change(command.draft, change)

    def emit_change(self, draft: Draft, change: Change) -> None:
        self.draft_changed.emit(draft, change)
        if change.draft_fields:
            self.drafts_changed.emit()

    def reload_draft(self, draft_id: str) -> None:
        """Replace a loaded draft's content by its stored state and forget the undo history."""
        self.undo_stack.clear()
        draft = self._drafts.get(draft_id)
        try:
            fresh = self.workspace.load_draft(draft_id)
        except WorkspaceError as exc:
            self._drafts.pop(draft_id, None)
            self.failed.emit(message_of(exc))
            self.drafts_changed.emit()
            return
        if draft is None:
            self._drafts[draft_id] = draft = fresh
        else:
            adopt(draft, fresh)
        self.draft_reloaded.emit(draft)

    # ----- other programs' changes ---------------------------------------------------------------
    def _workspace_state(self) -> tuple:
        try:
            return (self.workspace.data_version(), tuple(sorted(self.workspace.stored_revisions().items())),
                    self.workspace.clause_history_mark())
        except (WorkspaceError, sqlite3.Error):
            return ()

    def follow_others(self) -> None:
        """Take over what other programs changed in the workspace since the last look (cheap when
        nothing changed: one query)."""
        if self.workspace.closed or self._open_conflicts:
            return
        try:
            if self._seen and self.workspace.data_version() == self._seen[0]:
                return
        except (WorkspaceError, sqlite3.Error):
            return
        self.about_to_follow.emit()              # the editor commits its typing first
        before, now = self._seen, self._workspace_state()
        if not now:
            return
        self._seen = now
        stored = dict(now[1])
        if not before or dict(before[1]).keys() != stored.keys():
            self.drafts_changed.emit()
        for draft_id, draft in list(self._drafts.items()):
            if draft_id not in stored:
                self._drafts.pop(draft_id)
                self.undo_stack.clear()
                self.failed.emit(self.tr("The draft “{0}” was deleted by another window or program.").format(
                    draft.title))
                self.drafts_changed.emit()
            elif stored[draft_id] != self.workspace.known_revision(draft_id):
                self._follow_draft(draft)
        if before and before[2] != now[2]:
            for clause_id in list(self._clauses):
                self.clause_updated(clause_id)
        self.workspace_changed.emit()

    def _follow_draft(self, draft: Draft) -> None:
        try:
            fresh = self.workspace.load_draft(draft.id)
        except WorkspaceError as exc:
            self.failed.emit(message_of(exc))
            return
        foreign = changed_nodes(draft, fresh)
        titles = (draft.title, draft.title_zh) != (fresh.title, fresh.title_zh)
        adopt(draft, fresh)
        self._took_over(draft, foreign)
        if titles:
            self.drafts_changed.emit()

    def _took_over(self, draft: Draft, foreign: set[str], keep: EditCommand | None = None) -> None:
        """``draft`` now holds changes of another program: drop the undo steps they make unsafe (those
        touching the same elements) and refresh every view of the draft."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if command is keep or not isinstance(command, EditCommand) or command.draft is not draft:
                continue
            if command.footprint & foreign:
                self.undo_stack.clear()
                self.failed.emit(self.tr("Another window or program changed the same text; the undo history of "
                                         "this draft was cleared so that undo never overwrites its change."))
                break
        self.draft_reloaded.emit(draft)

    # ----- conflicts --------------------------------------------------------------------------------
    @property
    def conflicts_open(self) -> int:
        return self._open_conflicts

    def hold_conflict(self) -> None:
        """A conflict is being shown: other programs' changes wait until the drafter has chosen."""
        self._open_conflicts += 1

    def keep_mine(self, case: ConflictCase) -> Change | None:
        """Apply the drafter's edit over the other program's change."""
        self._resolve(case)
        change = self.push_edit(case.draft, case.edit, case.text)
        if change is not None:
            self.journal.clear_for(case.draft.id, case.edit)
        return change

    def keep_theirs(self, case: ConflictCase) -> None:
        """Drop the drafter's edit; the draft shows what the other program stored."""
        self._resolve(case)
        self.journal.clear_for(case.draft.id, case.edit)

    def _resolve(self, case: ConflictCase) -> None:
        self._open_conflicts = max(0, self._open_conflicts - 1)
        try:
            fresh = self.workspace.load_draft(case.draft.id)
        except WorkspaceError as exc:
            self.failed.emit(message_of(exc))
            return
        foreign = changed_nodes(case.draft, fresh)
        adopt(case.draft, fresh)
        self._seen = self._workspace_state()
        self._took_over(case.draft, foreign)

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
            from ..core.library import source_labels
            self._source_labels = source_labels(self.workspace.sources())
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

    def close(self) -> None:
        """Stop following the workspace (the window is closing)."""
        self._follow.stop()
        self._checkpoint.stop()
        self._collect.stop()
        gc.unfreeze()               # what the window held (frozen, ``collect_idle``) can be reclaimed


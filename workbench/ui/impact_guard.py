"""The impact warning in front of ``window.session.push_edit``, worked out off the window's thread.

Before an article is removed, or moved to another number, the drafter is told what would break.
Working that out means two full checks of the draft (seconds for a 10,000-article draft, and the
checker itself takes seconds to build with a large library): it runs in the checking process when
there is one, else in a worker thread, on a snapshot of the draft (``core.snapshot``). The edit
waits for the answer; the window does not. Every other edit goes straight through, and never
waits for the checker to be built. Undo and redo do not pass through here and are never
interrupted.
"""
from __future__ import annotations

import threading
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..core.edits import Compound, MoveNode, RemoveNode
from ..core.model import Draft, NodeKind
from ..first_imports import import_checker
from .errors import message_of
from .impact_dialog import ask_about


def article_edited(draft: Draft, edit) -> str | None:
    """The article an edit removes or moves (one article, one move), else None: nothing to ask."""
    if isinstance(edit, RemoveNode):
        node_id = edit.node_id
    else:
        moves = edit.edits if isinstance(edit, Compound) else [edit]
        if len(moves) != 1 or not isinstance(moves[0], MoveNode):
            return None
        node_id = moves[0].node_id
    try:
        return node_id if draft.find(node_id).kind is NodeKind.ARTICLE else None
    except Exception:  # noqa: BLE001 - an edit naming nothing is refused later by the core
        return None


class Held:
    """What ``push_edit`` returns for an edit held until its impact is known: accepted, made later."""

    def __bool__(self) -> bool:
        return True


HELD = Held()


class ImpactGuard(QObject):
    """Holds a removal or a move until its impact is known, then makes it (or asks first)."""

    answered = Signal(object, object)     # request token, Impact | None | Exception

    def __init__(self, window, panel):
        super().__init__(window)
        self.window, self.panel = window, panel
        self.session = window.session
        self.original = self.session.push_edit
        self.pending = None                  # (token, draft, edit, text, merge_key, article_id, edits seen)
        self._edits = 0                      # edits applied to any draft (a held edit waits for none)
        self._worker: threading.Thread | None = None
        self.answered.connect(self._answered)
        self.session.draft_changed.connect(self._count)
        self.session.draft_reloaded.connect(self._count)
        self.session.push_edit = self.push_edit

    def _count(self, *_args) -> None:
        self._edits += 1

    def push_edit(self, draft, edit, text=None, merge_key=None):
        article_id = article_edited(draft, edit)
        if article_id is None:
            return self.original(draft, edit, text, merge_key)
        if self.pending is not None:            # one held at a time: it was worked out on this state
            self.window.show_message(QCoreApplication.translate("ImpactGuard", "Looking at what the change would affect…"))
            return None
        token = object()
        self.pending = (token, draft, edit, text, merge_key, article_id, self._edits)
        self.session.edit_held = True
        snapshot = self.panel.snapshots.take(draft)
        self.window.show_message(QCoreApplication.translate("ImpactGuard", "Looking at what the change would affect…"))
        self._worker = threading.Thread(target=self._work, args=(token, snapshot, article_id, edit),
                                        name="impact", daemon=True)
        self._worker.start()
        return HELD                          # made later, in _answered

    def _work(self, token, snapshot, article_id, edit) -> None:
        try:
            import_checker()                       # (an impact's classes too, when unpickled)
            if self.panel.service is not None:
                result = self.panel.service.impact(snapshot, article_id, edit)
            else:
                from ..checker.impact import impact_of_edit
                from ..core.snapshot import assemble
                result = impact_of_edit(assemble(snapshot), article_id, edit, self.panel.ensure_checker())
        except Exception as exc:  # noqa: BLE001 - reported in the window
            result = exc
        try:
            self.answered.emit(token, result)
        except RuntimeError:                 # the window went away meanwhile
            pass

    def wait(self, seconds: float = 60) -> bool:
        """Wait for the answer being worked out and act on it (tests); True if there was one."""
        worker = self._worker
        if worker is None:
            return False
        worker.join(seconds)
        QCoreApplication.sendPostedEvents(self)
        QCoreApplication.processEvents()
        return True

    def _answered(self, token, result) -> None:
        if self.pending is None or self.pending[0] is not token or getattr(self.window, "_closed", False):
            return
        _token, draft, edit, text, merge_key, article_id, seen = self.pending
        self._worker = None
        try:
            self._decide(draft, edit, text, merge_key, article_id, seen, result)
        finally:
            self.pending = None
            self.session.edit_held = False
            self.session.held_edit_done.emit()

    def _decide(self, draft, edit, text, merge_key, article_id, seen, result) -> None:
        self.window.statusBar().clearMessage()
        if seen != self._edits:
            self.window.show_message(QCoreApplication.translate(
                "ImpactGuard", "The draft changed before the change could be made; make it again."))
            return
        if isinstance(result, Exception):                # no warning possible: the edit still goes ahead
            self.window.show_message(message_of(result))
            result = None
        if result is not None and not result.safe:
            lang = getattr(getattr(self.window, "translations", None), "lang", "en")
            checker = self.panel.checker
            if checker is None:
                from ..checker.criteria import default_criteria
                checker = SimpleNamespace(criteria=default_criteria())
            if not ask_about(self.window, draft, result, lang, checker, edit):
                return
        selected = self.window.outline.selected_node()
        if self.original(draft, edit, text, merge_key) is not None and selected is not None \
                and selected.id == article_id and not isinstance(edit, RemoveNode):
            self.window.outline.select_node(article_id)

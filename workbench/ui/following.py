"""The window beside other programs (part of MainWindow): their changes come in, collisions are shown
side by side, typing a killed window had not committed is put back.

``Session`` does the work (``follow_others``, ``keep_mine``/``keep_theirs``, the typing journal);
this mixin connects it to the window: the editor commits its typing before another program's
changes come in, a ``ConflictDialog`` opens for a collision, and on opening, the typing journal of
a window that ended without committing is applied where the text is as it was, and shown beside
the stored text where it is not.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from ..core.edits import Change, SetFields
from ..core.model import DraftError, NodeKind
from ..storage import WorkspaceError
from .conflict_dialog import KEEP_MINE, ConflictDialog
from .session import ConflictCase


class Following:
    """Part of MainWindow: see the module."""

    def install_following(self) -> None:
        self.conflict_dialog: ConflictDialog | None = None
        self.session.about_to_follow.connect(lambda: self.editor.flush(end_group=False))
        self.session.conflict.connect(self.show_conflict)
        QTimer.singleShot(0, self.recover_typing)

    def show_conflict(self, case: ConflictCase) -> ConflictDialog:
        lang = getattr(getattr(self, "translations", None), "lang", "en")
        dialog = ConflictDialog(case, self.session.source_labels(), lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._conflict_chosen(d))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _conflict_chosen(self, dialog: ConflictDialog) -> None:
        case = dialog.case
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None
        if dialog.choice == KEEP_MINE:
            self.session.keep_mine(case)
        else:
            self.session.keep_theirs(case)
            self.show_message(QCoreApplication.translate(
                "MainWindow", "The other version was kept; your text is on the clipboard."))
        orphan = getattr(case, "orphan", None)
        if orphan is not None:
            self.session.journal.forget(orphan)

    # ----- typing a window ended without committing ----------------------------------------------
    def recover_typing(self) -> list[str]:
        """Put back the typing of windows that ended before committing it; returns what was put back."""
        if self._closed:
            return []
        journal = self.session.journal
        recovered: list[str] = []
        for typed in journal.orphans():
            try:
                draft = self.session.draft(typed.draft_id)
                node = draft.find(typed.node_id)
            except (WorkspaceError, DraftError):
                self.report(QCoreApplication.translate(
                    "MainWindow", "Typing not saved when the program stopped could not be put back, because its "
                                  "text was removed meanwhile. It was:\n{0}").format(typed.value))
                journal.forget(typed)
                continue
            stored = getattr(node, typed.field, None)
            if stored is None or stored == typed.value:
                journal.forget(typed)
                continue
            edit = SetFields(node.id, {typed.field: typed.value}, label="Recover typing")
            text = QCoreApplication.translate("MainWindow", "Recovered typing")
            if stored == typed.base:
                if self.session.push_edit(draft, edit, text) is not None:
                    journal.forget(typed)
                    recovered.append(self._element_label(draft, node))
                continue
            case = ConflictCase(draft, edit, draft.copy(), Change(upserted={node.id}), text, orphan=typed)
            self.session.hold_conflict()
            self.show_conflict(case)
        if recovered:
            self.report(QCoreApplication.translate(
                "MainWindow", "Typing that was not saved when the program stopped was put back: {0}. Undo "
                              "(Ctrl+Z) removes it.").format(", ".join(recovered)))
        return recovered

    def _element_label(self, draft, node) -> str:
        from ..core.numbering import Numbering

        numbering = Numbering.of(draft)
        lang = getattr(getattr(self, "translations", None), "lang", "en")
        article = node
        index = draft.index()
        while article is not None and article.kind is not NodeKind.ARTICLE:
            parent = index.get(article.id, (None, None))[1]
            if parent is None:
                break
            article = parent
        label = numbering.label(article, lang) if article is not None else ""
        return f"“{draft.title}” {label}".strip()


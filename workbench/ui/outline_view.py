"""The Draft outline panel: draft chooser, tree of preamble/chapters/articles, structure actions."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QDrag, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QMenu,
                               QMessageBox, QToolBar, QToolButton, QTreeView, QVBoxLayout, QWidget)

from ..core.edits import RemoveNode, SetFields
from ..core.model import Draft, DraftError, Node, NodeKind
from ..core.numbering import Numbering
from ..core.operations import move_article
from .errors import message_of
from .i18n import current_lang
from .outline_model import NodeIdRole, OutlineModel
from .outline_ops import add_chapter, step


class OutlineView(QTreeView):
    """Drag to reorder (the model moves nodes itself, so nothing is removed after the drag)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        indexes = [i for i in self.selectionModel().selectedRows(0)
                   if self.model().flags(i) & Qt.ItemFlag.ItemIsDragEnabled]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        drag.exec(Qt.DropAction.MoveAction)


#: A draft of more articles opens with its chapters folded (the chapter of the selected article
#: unfolds; the outline's menu unfolds them all): after each structural edit the tree lays out every
#: unfolded row again, which on 10,000 rows is felt (review F15), and no one reads 10,000 headings at once.
FOLD_ABOVE = 2_000


def ask(parent, text: str) -> bool:
    """Ask a yes/no question (tests replace ``OutlinePanel.confirm``)."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("OutlinePanel", "Treaty Workbench"), text)
    return answer == QMessageBox.StandardButton.Yes


class OutlinePanel(QWidget):
    """The outline of the current draft and the actions that change its structure."""

    current_node_changed = Signal(object)   # node id or None
    draft_chosen = Signal(str)
    new_draft_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.confirm = lambda text: ask(self, text)
        self._queued_move: tuple[str, int] | None = None     # (article, steps) asked for while a move waits
        held = getattr(session, "held_edit_done", None)
        if held is not None:
            held.connect(self._held_edit_done)
        self.model = OutlineModel(session, self)
        self.drafts = QComboBox(self)
        self.drafts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.drafts.setMinimumContentsLength(16)
        self.drafts.activated.connect(lambda i: self.draft_chosen.emit(self.drafts.itemData(i)))
        self.new_button = QToolButton(self)
        self.new_button.clicked.connect(self.new_draft_requested)
        self.view = OutlineView(self)
        self.view.setModel(self.model)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(1, 118)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._expand_new)
        self.model.modelReset.connect(self._expand_all)

        self.add_chapter_action = QAction(self)
        self.add_chapter_action.triggered.connect(self._add_chapter_dialog)
        self.rename_action = QAction(self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.triggered.connect(self._rename_dialog)
        self.remove_action = QAction(self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.triggered.connect(self.remove_selected)
        self.move_up_action = QAction(self)
        self.move_up_action.setShortcut(QKeySequence("Alt+Up"))
        self.move_up_action.triggered.connect(lambda: self.move_selected(-1))
        self.move_down_action = QAction(self)
        self.move_down_action.setShortcut(QKeySequence("Alt+Down"))
        self.move_down_action.triggered.connect(lambda: self.move_selected(+1))
        self.move_to_action = QAction(self)
        self.move_to_action.setShortcut(QKeySequence("Ctrl+M"))
        self.move_to_action.triggered.connect(lambda: self.move_to_position())
        self.unfold_action = QAction(self)
        self.unfold_action.triggered.connect(lambda: self.view.expandAll())
        self.fold_action = QAction(self)
        self.fold_action.triggered.connect(lambda: self.view.collapseAll())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.toolbar = QToolBar(self)
        for action in self.actions_list():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.toolbar.addAction(action)

        top = QHBoxLayout()
        top.addWidget(self.drafts, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def actions_list(self) -> list[QAction]:
        return [self.add_chapter_action, self.rename_action, self.remove_action,
                self.move_up_action, self.move_down_action, self.move_to_action]

    def _context_menu(self, point) -> None:
        menu = QMenu(self)
        for action in self.actions_list():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.unfold_action)
        menu.addAction(self.fold_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(point))

    # ----- draft and selection ----------------------------------------------------------------
    @property
    def draft(self) -> Draft | None:
        return self.model.draft

    def set_draft(self, draft: Draft | None) -> None:
        self.model.set_draft(draft)
        self.refresh_drafts()
        self.current_node_changed.emit(None)

    def refresh_drafts(self) -> None:
        current = self.draft.id if self.draft is not None else None
        self.drafts.blockSignals(True)
        self.drafts.clear()
        zh = current_lang() == "zh"
        for info in self.session.draft_infos():         # each draft under its title in the UI language
            shown, other = (info.title_zh, info.title) if zh and info.title_zh else (info.title, info.title_zh)
            self.drafts.addItem(shown or info.id, info.id)
            self.drafts.setItemData(self.drafts.count() - 1, other or None, Qt.ItemDataRole.ToolTipRole)
        at = self.drafts.findData(current)
        self.drafts.setCurrentIndex(at)
        self.drafts.blockSignals(False)

    def selected_node(self) -> Node | None:
        return self.model.node(self.view.currentIndex())

    def select_node(self, node_id: str | None) -> bool:
        index = self.model.index_of(node_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_node_changed.emit(current.data(NodeIdRole) if current.isValid() else None)

    def _expand_new(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            index = self.model.index(row, 0, parent)
            node = self.model.node(index)
            if node is not None and node.kind is NodeKind.CHAPTER:
                self.view.expand(index)

    def _expand_all(self) -> None:
        numbering = self.model.numbering
        if numbering is not None and len(numbering.articles) > FOLD_ABOVE:
            return                          # a long draft opens folded (the selected article's chapter unfolds)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            node = self.model.node(index)
            if node is not None and node.kind is NodeKind.CHAPTER:
                self.view.expand(index)

    # ----- structure actions ------------------------------------------------------------------
    def add_chapter(self, title: str, title_zh: str = "") -> str | None:
        if self.draft is None:
            return None
        edit, chapter = add_chapter(self.draft, title, title_zh, self.selected_node())
        if self.session.push_edit(self.draft, edit, self.tr("Add chapter")) is None:
            return None
        self.select_node(chapter.id)
        return chapter.id

    def _add_chapter_dialog(self) -> None:
        if self.draft is None:
            return
        from .dialogs import TitlesDialog   # loaded when first needed
        dialog = TitlesDialog(self.tr("New chapter"), parent=self)
        if dialog.exec() == TitlesDialog.DialogCode.Accepted:
            title, title_zh = dialog.values()
            self.add_chapter(title or self.tr("New chapter"), title_zh)

    def rename(self, node_id: str, title: str, title_zh: str) -> bool:
        node = self.draft.find(node_id)
        values = {k: v for k, v in (("title", title), ("title_zh", title_zh)) if getattr(node, k) != v}
        if not values:
            return False
        return self.session.push_edit(self.draft, SetFields(node_id, values, label="Rename"),
                                      self.tr("Rename")) is not None

    def _rename_dialog(self) -> None:
        node = self.selected_node()
        if node is None or node.kind is NodeKind.RECITAL:
            return
        from .dialogs import TitlesDialog   # loaded when first needed
        dialog = TitlesDialog(self.tr("Rename"), node.title, node.title_zh, self)
        if dialog.exec() == TitlesDialog.DialogCode.Accepted:
            self.rename(node.id, *dialog.values())

    def remove_selected(self) -> None:
        node = self.selected_node()
        if node is None or self.draft is None:
            return
        articles = sum(1 for n in node.walk() if n.kind is NodeKind.ARTICLE)
        if node.kind in (NodeKind.CHAPTER, NodeKind.PREAMBLE) and node.children:
            text = (self.tr("Remove this chapter and its %n article(s)?", "", articles)
                    if node.kind is NodeKind.CHAPTER else self.tr("Remove the preamble and its recitals?"))
            if not self.confirm(text + "\n" + self.tr("(Edit ▸ Undo brings it back.)")):
                return
        label = self.model.heading(node, current_lang())
        self.session.push_edit(self.draft, RemoveNode(node.id, label="Remove"), self.tr("Remove {0}").format(label))

    def move_selected(self, delta: int) -> None:
        node = self.selected_node()
        if node is None or self.draft is None or node.kind is NodeKind.PREAMBLE:
            return
        if node.kind is NodeKind.ARTICLE and getattr(self.session, "edit_held", False):
            # a move waits for its impact: further steps add up, made as one move when it is done
            queued = self._queued_move
            self._queued_move = (node.id, (queued[1] if queued and queued[0] == node.id else 0) + delta)
            return
        edit = step(self.draft, node, delta)
        if edit is not None:
            self.session.push_edit(self.draft, edit, self.tr("Move up") if delta < 0 else self.tr("Move down"))
            self.select_node(node.id)

    def move_to_position(self, position: int | None = None) -> bool:
        """Move the selected article so that it becomes Article ``position`` (asked when None)."""
        node = self.selected_node()
        if node is None or self.draft is None or node.kind is not NodeKind.ARTICLE:
            self.window().show_message(self.tr("Select the article to move first."))
            return False
        total = len(self.draft.articles())
        current = Numbering.of(self.draft).articles[node.id]
        if position is None:
            position, ok = QInputDialog.getInt(
                self, self.tr("Move to position"),
                self.tr("Move Article {0} to position (1–{1}):").format(current, total), current, 1, total)
            if not ok:
                return False
        if position == current:
            return False
        try:
            edit = move_article(self.draft, node, position)
        except DraftError as exc:
            self.window().show_message(message_of(exc))
            return False
        if self.session.push_edit(self.draft, edit, self.tr("Move Article {0} to position {1}")
                                  .format(current, position)) is None:
            return False
        self.select_node(node.id)
        return True

    def _held_edit_done(self) -> None:
        """The held edit is done: make the steps asked for meanwhile, as one move."""
        queued, self._queued_move = self._queued_move, None
        if not queued or self.draft is None or not queued[1]:
            return
        node_id, delta = queued
        articles = self.draft.articles()
        at = next((i for i, a in enumerate(articles) if a.id == node_id), None)
        if at is None:
            return
        position = min(max(at + 1 + delta, 1), len(articles))
        if position == at + 1:
            return
        edit = move_article(self.draft, articles[at], position)
        self.session.push_edit(self.draft, edit, self.tr("Move up") if delta < 0 else self.tr("Move down"))
        self.select_node(node_id)

    # ----- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Create a new draft"))
        self.drafts.setToolTip(self.tr("The draft shown; a workspace can hold several drafts"))
        self.add_chapter_action.setText(self.tr("Add chapter…"))
        self.add_chapter_action.setIconText(self.tr("+ Chapter"))
        self.rename_action.setText(self.tr("Rename…"))
        self.rename_action.setIconText(self.tr("Rename"))
        self.remove_action.setText(self.tr("Remove"))
        self.move_up_action.setText(self.tr("Move up"))
        self.move_up_action.setIconText("▲")
        self.move_down_action.setText(self.tr("Move down"))
        self.move_down_action.setIconText("▼")
        self.move_to_action.setText(self.tr("Move to position…"))
        self.move_to_action.setIconText(self.tr("Move to…"))
        self.unfold_action.setText(self.tr("Unfold all chapters"))
        self.fold_action.setText(self.tr("Fold all chapters"))
        for action in self.actions_list():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(action.text().rstrip("…") + (f" ({keys})" if keys else ""))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.model.refresh_all()
        if not getattr(self.window(), "_closed", False):
            self.refresh_drafts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The Versions panel: lineage of versions, save, open, restore, proposals; installs comparison and brackets.

``install_versions(window)`` (also ``install``, as ``ui.extensions`` expects) adds the Versions,
Alternatives and Comparison docks to the main window, Draft-menu actions, and an always-visible
"open brackets" count in the status bar.
"""
from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core import brackets as br
from ..core.model import DraftError
from ..storage import WorkspaceError
from .errors import message_of

VERSION_ROLE = Qt.ItemDataRole.UserRole


class SaveVersionDialog(QDialog):
    """Label, author, party and note of a version to save."""

    def __init__(self, party: str = "", author: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save version"))
        self.label, self.author, self.party = QLineEdit(self), QLineEdit(author, self), QLineEdit(party, self)
        self.label.setPlaceholderText(self.tr("e.g. Chair's text Rev.1"))
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(90)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a4262c")
        form = QFormLayout(self)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Party (delegation):"), self.party)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.label.text().strip():
            self.problem.setText(self.tr("A version needs a label."))
            return
        self.accept()


class VersionsPanel(QWidget):
    """All versions of the workspace as lineage trees; actions on the selected ones."""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.save_button, self.open_button = QPushButton(self), QPushButton(self)
        self.restore_button, self.proposal_button = QPushButton(self), QPushButton(self)
        self.compare_button, self.import_button = QPushButton(self), QPushButton(self)
        self.all_drafts = QCheckBox(self)
        self.all_drafts.setObjectName("allDraftsVersions")
        self.all_drafts.toggled.connect(lambda _on: self.refresh())
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for button in (self.save_button, self.proposal_button, self.compare_button):
            row1.addWidget(button)
        for button in (self.open_button, self.restore_button, self.import_button):
            row2.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_drafts)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.save_button.clicked.connect(lambda: self.save_version())
        self.open_button.clicked.connect(lambda: self.open_version())
        self.restore_button.clicked.connect(lambda: self.restore_version())
        self.proposal_button.clicked.connect(lambda: self.new_proposal())
        self.compare_button.clicked.connect(lambda: self.compare_selected())
        self.import_button.clicked.connect(lambda: self.import_proposal())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.compare_selected())
        self.retranslate()

    @property
    def workspace(self):
        return self.window_.session.workspace

    # ----- the tree ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        from ..core.proposals import lineage_forest   # the comparison engine: loaded when used
        from .versions_restore import lineage_of

        selected = set(self.selected_ids())
        self.tree.clear()
        current = self.window_.current_draft.id if self.window_.current_draft is not None else None
        try:
            versions = self.workspace.versions(snapshots=False)
        except WorkspaceError as exc:
            self.window_.show_message(message_of(exc))
            return

        def add(node, parent):
            v = node.version
            note = v.note
            if v.built_from:
                names = ", ".join(s.get("party") or s.get("label", "") for s in v.built_from)
                note = (note + "; " if note else "") + self.tr("built from the proposals of {0}").format(names)
            item = QTreeWidgetItem([v.label, v.party or v.author, v.created.replace("T", " ")[:16], note])
            item.setData(0, VERSION_ROLE, v.id)
            item.setToolTip(0, note or v.label)
            if v.draft_id == current:
                font = QFont(item.font(0))
                font.setBold(True)
                item.setFont(0, font)
            (parent.addChild(item) if parent is not None else self.tree.addTopLevelItem(item))
            item.setSelected(v.id in selected)
            for child in node.children:
                add(child, item)
            item.setExpanded(True)

        if not self.all_drafts.isChecked() and current is not None:
            versions = lineage_of(versions, self.window_.current_draft)
        for root in lineage_forest(versions):
            add(root, None)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [item.data(0, VERSION_ROLE) for item in self.tree.selectedItems()]

    def select(self, *version_ids: str) -> None:
        self.tree.clearSelection()
        for item in self._items():
            if item.data(0, VERSION_ROLE) in version_ids:
                self.tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                item.setSelected(True)

    def _items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        has_draft = self.window_.current_draft is not None
        self.save_button.setEnabled(has_draft)
        self.open_button.setEnabled(count == 1)
        self.restore_button.setEnabled(count == 1 and has_draft)
        self.proposal_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count in (1, 2))
        self.import_button.setEnabled(True)

    # ----- actions ------------------------------------------------------------------------------------
    def save_version(self, label: str | None = None, author: str = "", party: str = "", note: str = ""):
        draft = self.window_.current_draft
        if draft is None:
            return None
        if label is None:
            dialog = SaveVersionDialog(draft.meta.get("party", ""), _user(), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            label, author, party = dialog.label.text(), dialog.author.text(), dialog.party.text()
            note = dialog.note.toPlainText()
        try:
            version = self.workspace.save_version(draft, label, author=author.strip(), party=party.strip(),
                                                  note=note.strip())
        except WorkspaceError as exc:
            self.window_.report(message_of(exc))
            return None
        self.refresh()
        self.select(version.id)
        self.window_.show_message(self.tr("Saved version “{0}”.").format(version.label))
        return version

    def _one(self):
        ids = self.selected_ids()
        return self.workspace.version(ids[0]) if len(ids) == 1 else None

    def open_version(self) -> bool:
        """Open the selected version as a new draft (the version itself never changes)."""
        from ..core.proposals import derive_draft   # the comparison engine: loaded when used

        version = self._one()
        if version is None:
            return False
        title = self.tr("{0} (from version “{1}”)").format(version.draft().title, version.label)
        draft = derive_draft(version.draft(), title, {"based_on_version": version.id})
        return self.window_.create_draft(draft)

    def restore_version(self, answer=None) -> bool:
        """Give the current draft the selected version's content, once the drafter confirms (undo
        brings the text back). A version of another draft is never poured into this one: it is
        offered as a new draft instead. ``answer(box)`` replaces the question in tests."""
        from ..core.proposals import restore_edit   # the comparison engine: loaded when used
        from .versions_restore import ask_restore

        version = self._one()
        draft = self.window_.current_draft
        if version is None or draft is None:
            return False
        choice = ask_restore(self, version, draft, self.window_.session, answer)
        if choice == "open":
            return self.open_version()
        if choice != "restore":
            return False
        try:
            edit = restore_edit(draft, version)
        except DraftError as exc:
            self.window_.report(message_of(exc))
            return False
        if not self.window_.push_edit(edit, self.tr("Restore version “{0}”").format(version.label)):
            return False
        self.window_.show_message(self.tr("Restored version “{0}” into this draft (Edit ▸ Undo brings the "
                                          "text back).").format(version.label))
        return True

    def new_proposal(self, party: str | None = None) -> bool:
        """Start a party's proposal: a new draft from the selected (base) version."""
        from ..core.proposals import proposal_from_version   # the comparison engine: loaded when used

        version = self._one()
        if version is None:
            return False
        if party is None:
            party, ok = QInputDialog.getText(self, self.tr("New proposal"),
                                             self.tr("Party making the proposal:"))
            if not ok:
                return False
        try:
            draft = proposal_from_version(version, party)
        except DraftError as exc:
            self.window_.report(message_of(exc))
            return False
        return self.window_.create_draft(draft)

    def import_proposal(self, answer=None) -> bool:
        """A proposal received as a Word or Akoma Ntoso file: linked to its base (the selected version,
        else the one it most resembles) and its party, opened as a new draft."""
        from ..core.parties import parties_in
        from ..export.proposal_import import read_proposal
        from .negotiation_dialogs import ImportProposalDialog

        versions = self.workspace.versions()
        parties = parties_in(self.window_.current_draft) if self.window_.current_draft is not None else []
        ids = self.selected_ids()
        dialog = ImportProposalDialog(versions, parties, ids[0] if len(ids) == 1 else None, self)
        if answer is not None:
            answer(dialog)
        elif dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        base_id = dialog.base.currentData()
        base = next((v for v in versions if v.id == base_id), None)
        try:
            draft, version, report, _ = read_proposal(Path(dialog.path.edit.text().strip()).expanduser(),
                                                      dialog.party.currentText(), versions, base)
        except Exception as exc:  # noqa: BLE001 - an unreadable file is a message
            self.window_.report(self.tr("Could not import the proposal: {0}").format(message_of(exc)))
            return False
        if not self.window_.create_draft(draft):
            return False
        self.window_.show_message(self.tr("Imported the proposal of {0}, drafted on “{1}”: {2}, {3}.").format(
            draft.meta.get("party", ""), version.label, self.tr("%n article(s) paired", "", report.articles),
            self.tr("%n added", "", report.added)))
        return True

    def compare_selected(self) -> bool:
        """Compare two selected versions, or one with the current draft, in the Comparison panel."""
        ids = self.selected_ids()
        if not ids or len(ids) > 2:
            return False
        versions = sorted((self.workspace.version(i) for i in ids), key=lambda v: v.created)
        old = ("version", versions[0].id)
        if len(versions) == 2:
            new = ("version", versions[1].id)
        elif self.window_.current_draft is not None:
            new = ("draft", self.window_.current_draft.id)
        else:
            return False
        view = self.window_.compare_view
        view.fill_sources(self.workspace, self.window_.current_draft.id if self.window_.current_draft else None)
        view.choose(old, new)
        dock = self.window_.docks.get("compareDock")
        if dock is not None:
            dock.show()
            dock.raise_()
        return view.compare_chosen()

    # ----- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Version"), self.tr("Party / author"), self.tr("Saved"), self.tr("Note")])
        self.all_drafts.setText(self.tr("Versions of all drafts"))
        self.all_drafts.setToolTip(self.tr("Unticked: the versions of the current draft and those it was made from"))
        self.save_button.setText(self.tr("Save version…"))
        self.open_button.setText(self.tr("Open as draft"))
        self.restore_button.setText(self.tr("Restore into current draft"))
        self.proposal_button.setText(self.tr("New proposal…"))
        self.compare_button.setText(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Compare two selected versions, or one with the current draft"))
        self.import_button.setText(self.tr("Import proposal…"))
        self.import_button.setToolTip(self.tr("A proposal received as a Word or Akoma Ntoso file, linked to the "
                                              "version it was drafted on and to its party"))
        dock = self.parentWidget()
        if dock is not None and dock.objectName() == "versionsDock":
            dock.setWindowTitle(self.tr("Versions"))
        for action, text in zip(getattr(self.window_, "versions_actions", []), _versions_action_texts()):
            action.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is no problem
        return ""


class BracketCount(QLabel):
    """The status-bar count of open brackets in the current draft."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.count = 0
        self._draft = None
        self._by_node: dict[str, int] = {}      # element id -> open brackets on it (only those with any)
        self.setObjectName("openBrackets")

    def refresh(self, *_args) -> None:
        """Count the open brackets of the current draft again, all of it."""
        draft = self._draft = self.window_.current_draft
        self._by_node = {}
        if draft is not None:
            for node in draft.walk():
                self._count(node)
        self._show()

    def follow(self, draft, change) -> None:
        """After an edit of the current draft: count again only the elements it touched (a walk of
        every element of a long draft at each edit would be felt)."""
        if draft is not self._draft or change.reloaded or change.foreign:
            self.refresh()
            return
        if change.words_only:                   # typing changes no bracket
            return
        session = self.window_.session
        index = session.index(draft)
        for node_id in [n for n in self._by_node if n not in index]:
            del self._by_node[node_id]          # removed, with whatever held it
        for node_id in change.upserted:
            entry = index.get(node_id)
            if entry is not None:
                for node in entry[0].walk():
                    self._count(node)
        self._show()

    def _count(self, node) -> None:
        found = br.open_brackets_of(node)
        if found:
            self._by_node[node.id] = found
        else:
            self._by_node.pop(node.id, None)

    def _show(self) -> None:
        self.count = sum(self._by_node.values())
        self.setText(self.tr("Open brackets: {0}").format(self.count))
        self.setStyleSheet("color: #a4262c; font-weight: bold" if self.count else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def install_versions(window) -> None:
    """Add the Versions, Alternatives and Comparison panels, actions and the bracket count.

    The panels are built when first needed (``MainWindow.add_lazy_dock``): at start they sit
    behind other tabs, or hidden (Comparison), and cost nothing until the drafter opens them.
    """
    count = BracketCount(window)
    window.bracket_count = count
    window.statusBar().addPermanentWidget(count)

    def current_draft_id() -> str | None:
        return window.current_draft.id if window.current_draft is not None else None

    def current_article_id() -> str | None:
        return window.current_article_id if window.current_draft is not None else None

    def build_versions() -> VersionsPanel:
        panel = VersionsPanel(window)
        panel.refresh()
        return panel

    def build_brackets():
        from .brackets_panel import BracketsPanel

        panel = BracketsPanel(window)
        panel.retranslate()
        panel.show_article(current_article_id())
        return panel

    def build_compare():
        from .compare_view import CompareView

        view = CompareView(window)
        view.retranslate()
        view.fill_sources(window.session.workspace, current_draft_id())
        return view

    def name_versions(dock) -> None:
        dock.setWindowTitle(QCoreApplication.translate("VersionsPanel", "Versions"))
        for action, text in zip(getattr(window, "versions_actions", []), _versions_action_texts()):
            action.setText(text)

    window.add_lazy_dock("versions_panel", build_versions, name_versions,
                         Qt.DockWidgetArea.RightDockWidgetArea, "versionsDock")
    window.add_lazy_dock("brackets_panel", build_brackets,
                         lambda dock: dock.setWindowTitle(QCoreApplication.translate("BracketsPanel", "Alternatives")),
                         Qt.DockWidgetArea.RightDockWidgetArea, "bracketsDock")
    dock = window.add_lazy_dock("compare_view", build_compare,
                                lambda dock: dock.setWindowTitle(QCoreApplication.translate("CompareView", "Comparison")),
                                Qt.DockWidgetArea.BottomDockWidgetArea, "compareDock")
    dock.hide()

    def draft_shown(*_args) -> None:
        count.refresh()
        if (versions := window.built_panel("versions_panel")) is not None:
            versions.refresh()
        if (brackets := window.built_panel("brackets_panel")) is not None:
            brackets.show_article(current_article_id())
        if (compare := window.built_panel("compare_view")) is not None:
            compare.fill_sources(window.session.workspace, current_draft_id())

    def article_shown(article_id) -> None:
        if (brackets := window.built_panel("brackets_panel")) is not None:
            brackets.show_article(article_id)

    def draft_edited(draft, change) -> None:
        count.follow(draft, change)
        if (brackets := window.built_panel("brackets_panel")) is not None:
            brackets.refresh()

    window.current_draft_changed.connect(draft_shown)
    window.current_article_changed.connect(article_shown)
    window.draft_changed.connect(draft_edited)
    menu = getattr(window, "draft_menu", None)
    if menu is not None:
        menu.addSeparator()
        actions = []
        for slot in (lambda: window.versions_panel.save_version(), lambda: (dock.show(), dock.raise_(), draft_shown())):
            action = QAction(window)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
            actions.append(action)
        window.versions_actions = actions
        name_versions(window.docks["versionsDock"])          # names the actions
    draft_shown()


def _versions_action_texts() -> tuple[str, str]:
    return (QCoreApplication.translate("VersionsPanel", "Save version…"),
            QCoreApplication.translate("VersionsPanel", "Compare…"))


#: ``ui.extensions`` installs every module through ``install(window)``.
install = install_versions

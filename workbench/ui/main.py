"""Application start-up and the main window: Library, Draft outline and Article editor panels.

Extension points for other panels and dialogs (checker, export/import, versions …)::

    window.add_dock(widget, title, area, object_name) -> QDockWidget
        Adds a dockable panel; its toggle appears under View ▸ Panels and its place is saved
        and restored with the window layout. ``title`` should already be translated (call
        ``dock.setWindowTitle`` again on ``QEvent.Type.LanguageChange``).
    window.file_menu, window.edit_menu, window.draft_menu, window.view_menu, window.tools_menu,
    window.help_menu
        The menus, to add actions to.
    window.draft_changed(draft, change)        Signal after every applied, undone or redone edit.
    window.current_draft_changed(draft)        Signal when another draft is shown (or None).
    window.current_article_changed(article_id) Signal when the selected article changes (or None).
    window.extensions_installed()              Signal once the extensions are in place.
    window.select_article(article_id)          Select an article of the current draft.
    window.push_edit(edit, text=None)          Apply a core Edit through the undo stack.
    window.current_draft, window.session.workspace
        The draft shown and the open Workspace (read-only use; change drafts via push_edit).

Register a module with ``install(window)`` in ``workbench/ui/extensions.py`` to be installed
when the window opens (before the layout is restored). The application (``run``) opens its window
with ``defer_extensions=True``: the extensions are installed right after the window's first
paint, so it appears sooner, and their docks are then put where the saved layout had them.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QUndoView, QWidget

from ..core.edits import Compound, Edit, InsertNodes, SetDraftFields
from ..core.model import Draft, DraftError, NodeKind
from ..storage import Workspace, WorkspaceError
from . import icons, settings
from .editor import ArticleEditor
from .errors import message_of
from .extensions import install_extensions
from .i18n import LANGUAGES, Translations, language_name
from .library_panel import LibraryPanel
from .outline_ops import add_clauses_after
from .outline_view import OutlinePanel
from .session import Session
from .window_state import WindowState
from .recovery import keep_backup, read_only_note
from .workspace_files import WorkspaceFiles
from .following import Following


def _first_inserted(edit: Edit) -> str | None:
    """The id of the first article or recital an edit inserts (to select it afterwards)."""
    edits = edit.edits if isinstance(edit, Compound) else [edit]
    for part in edits:
        if isinstance(part, InsertNodes):
            for node in part.nodes:
                if node.kind in (NodeKind.ARTICLE, NodeKind.RECITAL, NodeKind.CHAPTER):
                    return node.id
    return None


class _Placeholder(QWidget):
    """Holds a lazily built panel's place in its dock (see ``MainWindow.add_lazy_dock``)."""

    def __init__(self, retranslate: Callable[[QDockWidget], None]):
        super().__init__()
        self._retranslate = retranslate

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and isinstance(self.parentWidget(), QDockWidget):
            self._retranslate(self.parentWidget())
        super().changeEvent(event)


class MainWindow(WindowState, WorkspaceFiles, Following, QMainWindow):
    """One open workspace: library, outline of the current draft, editor of the selected article."""

    draft_changed = Signal(object, object)
    current_draft_changed = Signal(object)
    current_article_changed = Signal(object)
    extensions_installed = Signal()

    def __init__(self, workspace: Workspace, translations: Translations | None = None, parent=None,
                 extensions: list[str] | None = None, defer_extensions: bool = False):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.app_icon())
        self.translations = translations or Translations(QCoreApplication.instance())
        self.session = Session(workspace, self)
        self.current_draft: Draft | None = None
        self.current_article_id: str | None = None
        self.errors: list[str] = []
        self.docks: dict[str, QDockWidget] = {}
        self._lazy_panels: dict[str, tuple[QDockWidget, Callable[[], QWidget]]] = {}
        self._layout_settled = False
        self._on_screen: dict[QDockWidget, bool] = {}       # lazy docks: on screen (tab in front)?
        self._closed = False
        self._install_queued = False

        self.editor = ArticleEditor(self.session, self)
        self.setCentralWidget(self.editor)
        self.library = LibraryPanel(self.session, self)
        self.outline = OutlinePanel(self.session, self)
        self.library.set_language(self.translations.lang)
        self.editor.set_language(self.translations.lang)
        self.undo_view = QUndoView(self.session.undo_stack, self)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)

        self._build_menus()
        self.library_dock = self.add_dock(self.library, "", Qt.DockWidgetArea.LeftDockWidgetArea, "libraryDock")
        self.outline_dock = self.add_dock(self.outline, "", Qt.DockWidgetArea.LeftDockWidgetArea, "outlineDock")
        self.splitDockWidget(self.library_dock, self.outline_dock, Qt.Orientation.Horizontal)
        self.history_dock = self.add_dock(self.undo_view, "", Qt.DockWidgetArea.RightDockWidgetArea, "historyDock")
        self.history_dock.hide()
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        self.resize(min(1440, available.width()) if available else 1400,
                    min(900, available.height()) if available else 860)

        self.session.draft_changed.connect(self._draft_changed)
        self.session.draft_reloaded.connect(self._draft_reloaded)
        self.session.drafts_changed.connect(self.outline.refresh_drafts)
        self.session.failed.connect(self.report)
        self.session.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.library.add_requested.connect(self.add_clauses)
        self.library.verify_requested.connect(self.verify_clause)
        self.library.message.connect(self.show_message)
        self.outline.current_node_changed.connect(self._node_selected)
        self.outline.draft_chosen.connect(self.set_current_draft)
        self.outline.new_draft_requested.connect(self.new_draft_dialog)
        self.editor.navigate.connect(self.select_article)
        self.editor.message.connect(self.show_message)
        self.editor.typing.connect(lambda: self.undo_action.setEnabled(True))
        self.install_following()
        if workspace.read_only:
            self.read_only_label = QLabel(self.tr("Read-only"), self)
            self.read_only_label.setObjectName("readOnlyLabel")
            self.read_only_label.setToolTip(read_only_note(workspace))
            self.statusBar().addPermanentWidget(self.read_only_label)

        self.extensions = extensions
        self.extension_problems: list[str] = []
        self.extensions_pending = True            # until install_extensions_now() has run
        if not defer_extensions:
            self.install_extensions_now(report=False)
        self.retranslate()
        self._restore()
        for problem in self.extension_problems:
            self.show_message(problem)

    def install_extensions_now(self, report: bool = True) -> None:
        """Install the extensions (once). Done in ``__init__`` unless ``defer_extensions``: then
        right after the first paint, and their docks are put back where the saved layout had them
        (or, on a first start, arranged as the default layout arranges them)."""
        if not self.extensions_pending or self._closed:
            return
        self.extensions_pending = False
        self.extension_problems = install_extensions(self, self.extensions)
        if getattr(self, "_restored", False):
            self._restore_extension_docks()
        if report:
            for problem in self.extension_problems:
                self.show_message(problem)
        self.extensions_installed.emit()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.extensions_pending and not self._install_queued:
            self._install_queued = True           # the window is on screen: now the extensions
            QTimer.singleShot(0, self, self.install_extensions_now)

    # ----- extension points ----------------------------------------------------------------
    def add_lazy_dock(self, attribute: str, build: Callable[[], QWidget], retranslate: Callable[[QDockWidget], None],
                      area: Qt.DockWidgetArea, object_name: str) -> QDockWidget:
        """Add a dock whose panel is built only when needed: when the dock is on screen once the
        layout is settled (shown, or its tab raised), or when code first reads ``window.<attribute>``.

        A panel hidden behind another tab at start costs nothing then. Until it is built, the dock
        holds an empty placeholder and ``retranslate(dock)`` keeps its title (and anything else the
        panel would name) in the UI language."""
        placeholder = _Placeholder(retranslate)
        dock = self.add_dock(placeholder, "", area, object_name)
        retranslate(dock)
        self._lazy_panels[attribute] = (dock, build)
        self._on_screen[dock] = False
        dock.visibilityChanged.connect(lambda visible: self._dock_on_screen(dock, attribute, visible))
        return dock

    def _dock_on_screen(self, dock: QDockWidget, attribute: str, visible: bool) -> None:
        # the signal, not isVisible(), tells whether a tabbed dock's tab is the one in front
        self._on_screen[dock] = visible
        if visible:
            self._build_if_shown(attribute)

    def built_panel(self, attribute: str) -> QWidget | None:
        """The panel ``window.<attribute>`` if it has been built, else None (never builds it)."""
        return None if attribute in self._lazy_panels else getattr(self, attribute, None)

    def __getattr__(self, name: str):
        lazy = self.__dict__.get("_lazy_panels")
        if not lazy or name not in lazy:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        dock, build = lazy.pop(name)
        try:
            panel = build()
        except BaseException:
            lazy[name] = (dock, build)                # asked for again, it is built again
            raise
        setattr(self, name, panel)
        placeholder = dock.widget()
        dock.setWidget(panel)
        if placeholder is not None:
            placeholder.deleteLater()
        return panel

    def _build_if_shown(self, attribute: str) -> None:
        dock = self._lazy_panels.get(attribute, (None,))[0]
        if dock is not None and self._layout_settled and self._on_screen.get(dock) and not self._closed:
            try:
                getattr(self, attribute)
            except Exception as exc:  # noqa: BLE001 - as an extension that fails: reported, never fatal
                self.show_message(f"{attribute}: {message_of(exc)}")

    def _layout_is_settled(self) -> None:
        """The docks are where they stay (saved layout restored, or the default one made): build
        the lazy panels that are on screen. Not before the extensions are installed: their docks
        are then still to be arranged."""
        if self.extensions_pending:
            return
        self._layout_settled = True
        for attribute in list(self._lazy_panels):
            self._build_if_shown(attribute)

    def add_dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea, object_name: str) -> QDockWidget:
        """Add ``widget`` as a dockable panel named ``object_name`` (saved with the layout)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        dock.setWidget(widget)
        # added after the layout was restored: back where it was saved, else in ``area`` (asking
        # to restore a dock already added would hide one the saved layout does not know)
        if not (getattr(self, "_restored", False) and self.restoreDockWidget(dock)):
            self.addDockWidget(area, dock)
        self.docks[object_name] = dock
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def push_edit(self, edit: Edit, text: str | None = None) -> bool:
        """Apply ``edit`` to the current draft through the undo stack; False if it was refused."""
        if self.current_draft is None:
            self.report(self.tr("There is no draft open."))
            return False
        return self.session.push_edit(self.current_draft, edit, text) is not None

    def select_article(self, article_id: str) -> bool:
        return self.outline.select_node(article_id)

    # ----- menus ----------------------------------------------------------------------------
    def _action(self, menu, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())     # triggered(bool) is no argument of slot
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)           # every platform binding (Ctrl+Y and Ctrl+Shift+Z)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.draft_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.tools_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        f = self.file_menu
        self.new_draft_action = self._action(f, self.new_draft_dialog, QKeySequence.StandardKey.New)
        f.addSeparator()
        self.new_workspace_action = self._action(f, self.new_workspace_dialog)
        self.open_action = self._action(f, self.open_workspace_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = f.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_copy_action = self._action(f, self.save_copy_dialog, QKeySequence("Ctrl+Shift+S"))
        f.addSeparator()
        self.rename_draft_action = self._action(f, self.rename_draft_dialog)
        self.delete_draft_action = self._action(f, self.delete_draft)
        f.addSeparator()
        self.quit_action = self._action(f, self.close, QKeySequence.StandardKey.Quit)
        e = self.edit_menu
        self.undo_action = self._action(e, self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(e, self.redo, QKeySequence.StandardKey.Redo)
        e.addSeparator()
        self.find_action = self._action(e, self.focus_search, QKeySequence.StandardKey.Find)
        d = self.draft_menu
        self.add_action = self._action(d, self.library.request_add, QKeySequence("Ctrl+D"))
        d.addSeparator()
        for action in self.outline.actions_list():
            d.addAction(action)
        self.panels_menu = self.view_menu.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(self.language_group)
            action.setCheckable(True)
            action.setChecked(code == self.translations.code)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.verify_action = self._action(self.tools_menu, self._verify_current)
        self.about_action = self._action(self.help_menu, self.about)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.draft_menu.setTitle(self.tr("&Draft"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_draft_action.setText(self.tr("&New draft…"))
        self.new_workspace_action.setText(self.tr("New &workspace…"))
        self.open_action.setText(self.tr("&Open workspace…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_copy_action.setText(self.tr("Save a &copy as…"))
        self.rename_draft_action.setText(self.tr("Re&name draft…"))
        self.delete_draft_action.setText(self.tr("&Delete draft…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Find in library"))
        self.add_action.setText(self.tr("&Add selected clauses to draft"))
        self.panels_menu.setTitle(self.tr("&Panels"))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setText(language_name(code))
        self.verify_action.setText(self.tr("&Paste official text and record its provenance…"))
        self.about_action.setText(self.tr("&About Treaty Workbench"))
        self.library_dock.setWindowTitle(self.tr("Library"))
        self.outline_dock.setWindowTitle(self.tr("Draft outline"))
        self.history_dock.setWindowTitle(self.tr("Undo history"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self._update_undo_actions()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Switch the UI language now (and remember the choice)."""
        self.editor.flush()
        if not self.translations.switch(code):
            self.report(self.tr("The translation for {0} is missing; the interface stays in English.")
                        .format(language_name(code)))
        settings.set_language_setting(code)
        self.language_actions[self.translations.code].setChecked(True)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.library.set_language(self.translations.lang)
        self.editor.set_language(self.translations.lang)

    def _update_undo_actions(self, *_args) -> None:
        if self._closed:
            return
        stack = self.session.undo_stack
        self.undo_action.setEnabled(stack.canUndo() or self.editor.has_pending())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("&Undo {0}").format(stack.undoText()).strip())
        self.redo_action.setText(self.tr("&Redo {0}").format(stack.redoText()).strip())

    def _update_title(self) -> None:
        name = Path(self.session.workspace.path).name
        draft = ""
        if self.current_draft is not None:
            zh = self.translations.lang == "zh" and self.current_draft.title_zh
            draft = self.current_draft.title_zh if zh else self.current_draft.title
        self.setWindowTitle(self.tr("{0} — {1} — Treaty Workbench").format(draft, name) if draft
                            else self.tr("{0} — Treaty Workbench").format(name))
        self.status.setText(self.tr("Every change is saved in {0}").format(name))

    # ----- messages -------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def report(self, text: str) -> None:
        """Tell the drafter what went wrong (never blocks: the box is window-modal)."""
        self.errors.append(text)
        self.show_message(text.splitlines()[0] if text else "")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Treaty Workbench"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ----- drafts and selection ---------------------------------------------------------------
    def set_current_draft(self, draft_id: str | None) -> bool:
        self.editor.flush()
        draft = None
        if draft_id is not None:
            try:
                draft = self.session.draft(draft_id)
            except WorkspaceError as exc:
                self.report(message_of(exc))
                return False
        self.current_draft = draft
        self.outline.set_draft(draft)
        self.editor.show_node(draft, None)
        self._save_selection()
        self._update_title()
        self.current_draft_changed.emit(draft)
        return True

    def _node_selected(self, node_id: str | None) -> None:
        self.editor.show_node(self.current_draft, node_id)
        article = None
        if node_id and self.current_draft is not None:
            try:
                node = self.session.find(self.current_draft, node_id)
                article = node.id if node.kind is NodeKind.ARTICLE else None
            except DraftError:
                pass
        if article != self.current_article_id:
            self.current_article_id = article
            self.current_article_changed.emit(article)
        self._save_selection()

    def _draft_changed(self, draft: Draft, change) -> None:
        if draft is not self.current_draft:
            if draft.id in {d.id for d in self.session.draft_infos()}:
                self.set_current_draft(draft.id)      # undo/redo of another draft: show it
        self.draft_changed.emit(draft, change)
        if change.draft_fields:
            self._update_title()

    def _draft_reloaded(self, draft: Draft) -> None:
        """The draft took over its stored state (another program's change, a failure): show it again,
        on the element that was selected."""
        if self.current_draft is not None and self.current_draft.id == draft.id:
            selected = self.outline.selected_node()
            self.set_current_draft(draft.id)
            if selected is not None:
                self.outline.select_node(selected.id)

    def _save_selection(self) -> None:
        if self._closed:
            return
        node = self.outline.selected_node()
        try:
            self.session.workspace.set_setting("ui.selection", {
                "draft": self.current_draft.id if self.current_draft else None,
                "node": node.id if node is not None else None})
        except Exception:  # noqa: BLE001 - a read-only workspace must not stop browsing
            pass

    def new_draft_dialog(self) -> None:
        from .dialogs import NewDraftDialog   # loaded when first needed
        dialog = NewDraftDialog(self.session, self.translations.lang, self)
        if dialog.exec() == NewDraftDialog.DialogCode.Accepted:
            self.create_draft(dialog.make_draft())

    def create_draft(self, draft: Draft) -> bool:
        try:
            self.session.create_draft(draft)
        except (WorkspaceError, OSError) as exc:
            self.report(message_of(exc))
            return False
        return self.set_current_draft(draft.id)

    def rename_draft_dialog(self) -> None:
        if self.current_draft is None:
            return
        from .dialogs import TitlesDialog   # loaded when first needed
        dialog = TitlesDialog(self.tr("Rename draft"), self.current_draft.title, self.current_draft.title_zh, self)
        if dialog.exec() == TitlesDialog.DialogCode.Accepted:
            title, title_zh = dialog.values()
            self.push_edit(SetDraftFields({"title": title or self.current_draft.title, "title_zh": title_zh}),
                           self.tr("Rename draft"))

    def delete_draft(self) -> None:
        draft = self.current_draft
        if draft is None:
            return
        question = self.tr("Delete the draft “{0}” and its saved versions? This cannot be undone.")
        if not self.outline.confirm(question.format(draft.title)):
            return
        try:
            self.session.delete_draft(draft.id)
        except WorkspaceError as exc:
            self.report(message_of(exc))
            return
        remaining = self.session.draft_infos()
        self.set_current_draft(remaining[0].id if remaining else None)

    # ----- editing ----------------------------------------------------------------------------
    def add_clauses(self, clause_ids: list[str]) -> bool:
        """Add library clauses after the selected article (the keyboard way; drag uses the model)."""
        if self.current_draft is None:
            self.report(self.tr("Create a draft first (File ▸ New draft)."))
            return False
        clauses = [self.session.clause(cid) for cid in clause_ids]
        if any(c is None for c in clauses):
            self.report(self.tr("The library has no clause {0}.").format(clause_ids[clauses.index(None)]))
            return False
        try:
            edit = add_clauses_after(self.current_draft, clauses, self.outline.selected_node(),
                                         self.session.index(self.current_draft))
        except DraftError as exc:
            self.report(message_of(exc))
            return False
        if self.session.push_edit(self.current_draft, edit,
                                  self.tr("Add %n clause(s)", "", len(clauses))) is None:
            return False
        new_id = _first_inserted(edit)
        if new_id:
            self.outline.select_node(new_id)
        self.show_message(self.tr("Added %n clause(s) to the draft", "", len(clauses)))
        return True

    def undo(self) -> None:
        self.editor.flush()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self.editor.flush()
        self.session.undo_stack.redo()

    def focus_search(self) -> None:
        self.library_dock.show()
        self.library_dock.raise_()
        self.library.search.setFocus()
        self.library.search.selectAll()

    def _verify_current(self) -> None:
        if self.library.current_clause_id:
            self.verify_clause(self.library.current_clause_id)
        else:
            self.show_message(self.tr("Select a clause in the library first"))

    def verify_clause(self, clause_id: str) -> None:
        clause = self.session.clause(clause_id)
        if clause is None:
            return
        if clause.verification == "model":
            self.show_message(self.tr("A model clause is drafted by the workbench: it is never official treaty text"))
            return
        from .dialogs import VerifyDialog   # loaded when first needed
        dialog = VerifyDialog(clause, self)
        if dialog.exec() == VerifyDialog.DialogCode.Accepted:
            self.session.update_clause(dialog.result_clause, dialog.who.text().strip(), "verify",
                                       self.tr("Verify {0}").format(clause_id))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Treaty Workbench"), self.tr(
            "Treaty Workbench builds an international AI treaty from verbatim clauses of existing "
            "instruments. Every change is saved in the workspace file as it is made."))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._closed:
            event.accept()
            return
        self.editor.flush()
        try:
            self._save_selection()
            self.save_layout()
        except Exception as exc:  # noqa: BLE001 - closing must always work
            self.errors.append(str(exc))
        self._closed = True
        self.session.close()
        if not self.session.conflicts_open:
            self.session.journal.clear_session()        # committed above; a conflict keeps its typing
        self.session.undo_stack.clear()
        problem = keep_backup(self.session.workspace)   # the last good state, offered if the file is damaged
        if problem:
            self.errors.append(problem)
        self.session.workspace.close()
        event.accept()


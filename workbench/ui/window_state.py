"""Window state kept in the workspace: layout, last selection, library query; the first start."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer

from ..storage import WorkspaceError
from .errors import message_of


class WindowState:
    """Restore and save what the drafter had open (part of MainWindow)."""

    def _restore(self) -> None:
        ws = self.session.workspace
        layout = ws.setting("ui.layout") or {}
        if layout.get("geometry"):
            self.restoreGeometry(QByteArray.fromBase64(layout["geometry"].encode()))
        self._saved_state = QByteArray.fromBase64(layout["state"].encode()) if layout.get("state") else None
        if self._saved_state is not None:
            self.restoreState(self._saved_state)
            self._layout_is_settled()
        else:
            self._needs_default_layout = True
        self._restored = True
        library = ws.setting("ui.library") or {}
        if library.get("query"):
            self.library.search.setText(library["query"])
            self.library.run_search()
            self.library._timer.stop()            # already searched
        if library.get("clause"):
            self.library.select_clause(library["clause"])
        selection = ws.setting("ui.selection") or {}
        drafts = {d.id for d in self.session.draft_infos()}
        if not ws.setting("ui.started"):            # the first start of this workspace
            if not drafts:
                self._create_starter_draft()
                drafts = {d.id for d in self.session.draft_infos()}
            try:
                ws.set_setting("ui.started", True)
            except Exception:  # noqa: BLE001 - a read-only workspace can still be browsed
                pass
        wanted = selection.get("draft")
        if wanted not in drafts:
            infos = self.session.draft_infos()
            wanted = infos[-1].id if infos else None
        self.set_current_draft(wanted)
        if selection.get("node") and self.current_draft is not None and wanted == selection.get("draft"):
            self.outline.select_node(selection["node"])

    def _default_layout(self) -> None:
        """First start: Library | Outline | Editor; panels added by extensions share one tabbed
        area under the editor on screens too narrow for a fourth column."""
        if getattr(self, "_closed", False):
            return
        try:
            self._arrange_default_layout()
        finally:
            self._layout_is_settled()

    def _arrange_default_layout(self) -> None:
        mine = {self.library_dock, self.outline_dock, self.history_dock}
        extra = [d for d in self.docks.values() if d not in mine and not d.isHidden()
                 and self.dockWidgetArea(d) in (Qt.DockWidgetArea.RightDockWidgetArea,
                                                Qt.DockWidgetArea.BottomDockWidgetArea)]
        width = self.width()
        narrow = width < 1800
        if narrow and extra:
            self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
            for dock in extra:
                self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        for dock in extra[1:]:
            self.tabifyDockWidget(extra[0], dock)
        if narrow and extra:                        # panels shown later (Comparison) join the tabs,
            for dock in self.docks.values():        # rather than squeezing in beside them
                if dock not in mine and dock not in extra and dock.isHidden():
                    self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
                    self.tabifyDockWidget(extra[0], dock)
                    dock.hide()
        if extra:
            extra[0].raise_()
            if narrow:
                self.resizeDocks([extra[0]], [int(self.height() * 0.34)], Qt.Orientation.Vertical)
        screen = self.screen()
        if screen is not None:                      # the docks may have pushed the window past the screen
            available = screen.availableGeometry()
            self.resize(min(self.width(), available.width()), min(self.height(), available.height()))
            width = self.width()
        docks = [self.library_dock, self.outline_dock] + ([] if narrow else extra[:1])
        sizes = [int(width * 0.25), int(width * 0.25)] + ([] if narrow else [int(width * 0.2)])
        self.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)

    def _create_starter_draft(self) -> None:
        """A new workspace opens with a draft built on the framework-convention skeleton."""
        from ..storage.skeletons import SkeletonError, find_skeleton   # on a first start only

        try:
            title = QCoreApplication.translate("MainWindow", "Draft AI treaty")
            draft = find_skeleton("framework-convention").draft(title, "人工智能条约草案")
            self.session.create_draft(draft)
        except (SkeletonError, WorkspaceError) as exc:
            self.show_message(message_of(exc))

    def save_layout(self) -> None:
        self.session.workspace.set_setting("ui.library", {"query": self.library.search.text(),
                                                          "clause": self.library.current_clause_id})
        self.session.workspace.set_setting("ui.layout", {
            "geometry": bytes(self.saveGeometry().toBase64()).decode(),
            "state": bytes(self.saveState().toBase64()).decode()})

    def _restore_extension_docks(self) -> None:
        """Extensions installed after the layout was restored (``defer_extensions``): their docks
        go where the saved layout had them, shown or hidden as they were (an extension may hide
        its dock when it installs); on a first start the default layout arranges them."""
        if self._saved_state is not None:
            self.restoreState(self._saved_state)
            self._layout_is_settled()
        elif not getattr(self, "_needs_default_layout", False):   # else it is still to come
            # after the new docks' queued show (a dock added to a shown window appears later)
            QTimer.singleShot(0, self, self._default_layout)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_needs_default_layout", False):
            self._needs_default_layout = False
            # once the window has its real size; the window as context: never after it is gone
            QTimer.singleShot(0, self, self._default_layout)


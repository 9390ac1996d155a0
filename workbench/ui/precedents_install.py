"""The precedents in the main window: the Precedents panel, File ▸ Import precedents…, and the lineage
of a whole draft, each long job in a process of its own so that the window never waits.

The import runs ``treaty-workbench precedents import FOLDER --progress lines`` as a child process
(the collection is a database beside the workspace; the workspace itself is never opened by it)
and shows its progress in a progress dialog, then a summary: agreements, articles, damaged texts
flagged, skipped files and why. The whole-draft lineage runs ``workbench.precedents.batch``.
"""
from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from . import folders
from ..core.messages import Message
from ..core.precedents import PrecedentError
from ..files import precedents_path
from .errors import message_of





def _message(data) -> str:
    """A message sent by the child as {"template", "params"} (or text), in the UI language."""
    if isinstance(data, dict) and data.get("template"):
        return message_of(Message(data["template"], data.get("params") or {}))
    return str(data or "")


class ImportRun(QObject):
    """One import in a child process, with its progress dialog; ``summary`` when it is done."""

    def __init__(self, window, folder: str):
        super().__init__(window)
        self.window_, self.folder = window, folder
        self.summary: dict | None = None
        self.error = ""
        self.progress = QProgressDialog(QCoreApplication.translate("PrecedentsPanel", "Importing precedents…"), QCoreApplication.translate("PrecedentsPanel", "Cancel"), 0, 1000, window)
        self.progress.setObjectName("precedentsImportProgress")
        self.progress.setWindowTitle(QCoreApplication.translate("PrecedentsPanel", "Import precedents"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "workbench", "precedents", "import", folder, "--workspace",
                                   str(window.session.workspace.path), "--progress", "lines", "--json"])
        self.process.readyReadStandardError.connect(self._progress_lines)
        self.process.finished.connect(self._finished)
        self._err = b""
        self.box: QMessageBox | None = None

    def start(self) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.process.start()

    def cancel(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.error = QCoreApplication.translate("PrecedentsPanel", "The import was cancelled; the precedents are as they were before it.")
            self.process.kill()

    def _progress_lines(self) -> None:
        self._err += bytes(self.process.readAllStandardError())
        *lines, self._err = self._err.split(b"\n")
        for line in lines:
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if "progress" in data:
                self.progress.setValue(int(data["progress"] * 1000))
                self.progress.setLabelText(_message(data))
            elif "error" in data:
                self.error = data["error"]

    def _finished(self, code: int, _status) -> None:
        self._progress_lines()
        self.progress.hide()
        if code == 0 and not self.error:
            try:
                self.summary = json.loads(bytes(self.process.readAllStandardOutput()).decode("utf-8"))
            except ValueError:
                self.error = QCoreApplication.translate("PrecedentsPanel", "The import ended without a summary.")
        elif not self.error:
            self.error = (self._err.decode("utf-8", "replace").strip()
                          or QCoreApplication.translate("PrecedentsPanel", "The import stopped (exit status {0}).").format(code))
        panel = self.window_.built_panel("precedents_panel")
        if panel is not None:
            panel.reopen()
        self.show_result()

    def show_result(self) -> None:
        if self.summary is None:
            self.box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("PrecedentsPanel", "Import precedents"), self.error,
                                   QMessageBox.StandardButton.Ok, self.window_)
        else:
            s = self.summary
            agreements, articles = s["agreements"], s["articles"]
            flagged, skipped = len(s["damaged"]), len(s["skipped"])
            imported = QCoreApplication.translate("PrecedentsPanel", "Imported %n agreement(s)", "", agreements)
            counted = QCoreApplication.translate("PrecedentsPanel", "%n article(s)", "", articles)
            timing = QCoreApplication.translate("PrecedentsPanel", "in {0:.0f} s ({1} added, {2} updated, {3} unchanged).")
            damaged = QCoreApplication.translate("PrecedentsPanel", "%n agreement(s) flagged for damage by character "
                                                 "recognition (kept, marked wherever shown).", "", flagged)
            ignored = QCoreApplication.translate("PrecedentsPanel", "%n file(s) skipped.", "", skipped)
            text = "\n".join([imported + ", " + counted + " " + timing.format(s["seconds"], s["added"], s["updated"],
                                                                            s["unchanged"]), damaged, ignored])
            self.box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PrecedentsPanel", "Import precedents"), text,
                                   QMessageBox.StandardButton.Ok, self.window_)
            details = [_message(item) for item in s["skipped"]]
            if s["damaged"]:
                details += ["", QCoreApplication.translate("PrecedentsPanel", "Flagged for damage:")] + s["damaged"]
            if details:
                self.box.setDetailedText("\n".join(details))
        self.box.setObjectName("precedentsImportSummary")
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.open()


class DraftLineageRun(QObject):
    """The lineage of every article of the current draft, in a child process."""

    def __init__(self, window, panel):
        super().__init__(window)
        from ..core.render import Renderer
        self.window_, self.panel = window, panel
        draft = window.current_draft
        renderer = Renderer(draft)
        self.headings = {}
        items = []
        for article in draft.articles():
            rendered = renderer.article(article)
            self.headings[article.id] = rendered.heading
            items.append({"id": article.id, "text": rendered.text})
        self.rows: list[tuple[str, str, str]] = []
        self.seconds = None
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "workbench.precedents.batch"])
        self.process.readyReadStandardOutput.connect(self._lines)
        self.process.finished.connect(lambda *_a: self._lines())
        self.request = json.dumps({"store": str(panel.store_path), "limit": 3, "items": items}).encode("utf-8")
        self._out = b""

    def start(self) -> None:
        self.panel.show_draft_lineage([])
        self.process.start()
        self.process.write(self.request)
        self.process.closeWriteChannel()

    def _lines(self) -> None:
        self._out += bytes(self.process.readAllStandardOutput())
        *lines, self._out = self._out.split(b"\n")
        for line in lines:
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if "done" in data:
                self.seconds = data["seconds"]
            elif "error" in data:
                self.window_.report(data["error"])
            else:
                first = data.get("first")
                summary = (QCoreApplication.translate("PrecedentsPanel", "in %n agreement(s) since {0}, first {1}, {2}", "", data["agreements"]).format(
                    data["since"] or "?", first["agreement"], first["article"]) if first
                    else QCoreApplication.translate("PrecedentsPanel", "no precedent is nearly the same"))
                self.rows.append((data["id"], self.headings.get(data["id"], data["id"]), summary))
        self.panel.show_draft_lineage(self.rows)


class _Watcher(QObject):
    def __init__(self, window, action: QAction):
        super().__init__(window)
        self.window_, self.action = window, action
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.action.setText(QCoreApplication.translate("PrecedentsPanel", "Import &precedents…"))
        elif event.type() == QEvent.Type.Close:
            for name in ("precedents_import", "draft_lineage_run"):
                process = getattr(getattr(self.window_, name, None), "process", None)
                if process is not None and process.state() != QProcess.ProcessState.NotRunning:
                    process.kill()
                    process.waitForFinished(3000)
            panel = self.window_.built_panel("precedents_panel")
            if panel is not None:
                panel.close_store()
        return False


def import_precedents(window, folder: str | None = None) -> ImportRun | None:
    """Ask for a ToTA folder (unless given) and import it, with a progress dialog and a summary."""
    from ..precedents.importer import _files
    if folder is None:
        folder = folders.open_folder(window, QCoreApplication.translate("PrecedentsPanel",
                                                                         "Folder of the ToTA files (pta_N.xml)"))
        if not folder:
            return None
    try:
        _files(__import__("pathlib").Path(folder))        # a clear message now for a wrong folder
    except PrecedentError as exc:
        window.report(message_of(exc))
        return None
    run = ImportRun(window, folder)
    window.precedents_import = run
    run.start()
    return run


def install(window) -> None:
    path = precedents_path(window.session.workspace.path)

    def build():
        from .precedents_panel import PrecedentsPanel
        panel = PrecedentsPanel(window, path)
        panel.message.connect(window.show_message)
        panel.import_requested.connect(lambda: import_precedents(window))
        panel.draft_lineage_requested.connect(lambda: trace_draft(window, panel))
        if panel.problem:
            window.show_message(panel.problem)
        return panel

    dock = window.add_lazy_dock("precedents_panel", build,
                                lambda dock: dock.setWindowTitle(QCoreApplication.translate("PrecedentsPanel", "Precedents")),
                                Qt.DockWidgetArea.RightDockWidgetArea, "precedentsDock")
    action = QAction(QCoreApplication.translate("PrecedentsPanel", "Import &precedents…"), window)
    action.setObjectName("importPrecedentsAction")
    action.triggered.connect(lambda: import_precedents(window))
    before = getattr(window, "rename_draft_action", None)
    if before is not None:
        window.file_menu.insertAction(before, action)
    else:
        window.file_menu.addAction(action)
    window.import_precedents_action = action
    window.precedents_dock = dock
    _Watcher(window, action)

    def article_shown(article_id) -> None:
        panel = window.built_panel("precedents_panel")
        if panel is not None and article_id and panel.isVisible():
            panel.trace_draft_article(article_id)

    def clause_shown(clause_id: str) -> None:
        panel = window.built_panel("precedents_panel")
        if panel is not None and clause_id and panel.isVisible():
            panel.trace_clause(clause_id)

    window.current_article_changed.connect(article_shown)
    window.library.clause_selected.connect(clause_shown)


def trace_draft(window, panel) -> DraftLineageRun | None:
    if window.current_draft is None:
        window.show_message(QCoreApplication.translate("PrecedentsPanel", "There is no draft open."))
        return None
    run = DraftLineageRun(window, panel)
    window.draft_lineage_run = run
    run.start()
    return run

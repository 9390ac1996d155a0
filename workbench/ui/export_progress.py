"""An export off the GUI thread, behind a modal progress dialog that names each stage.

The options (which read the workspace) are made on the GUI thread; the export itself, which lays
the document out with LibreOffice for the contents' page numbers and so takes a second or more,
runs in a thread on a copy of the draft. The dialog appears when the export takes over a second,
says what is being done, and its Cancel button stops the export before anything is written (the
previous file stays as it was). ``export_with_progress`` returns when the export is over.
"""
from __future__ import annotations

import copy
import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from ..first_imports import import_checker

STAGES = ("write", "layout", "final")
SHOW_AFTER_MS = 1000          # the dialog appears only for an export that takes longer


class ExportCancelled(Exception):
    """The drafter cancelled the export before the file was written."""


class _Relay(QObject):
    """Lives on the GUI thread: the worker's signals reach its slots there (queued)."""

    stage = Signal(str)
    finished = Signal(object, object)       # ((size, report) or None, exception or None)

    def __init__(self, on_stage, on_finished):
        super().__init__()
        self._on_stage, self._on_finished = on_stage, on_finished
        self.stage.connect(self.relay_stage)
        self.finished.connect(self.relay_finished)

    @Slot(str)
    def relay_stage(self, stage: str) -> None:
        self._on_stage(stage)

    @Slot(object, object)
    def relay_finished(self, result, error) -> None:
        self._on_finished(result, error)


def stage_text(stage: str) -> str:
    return {
        "write": QCoreApplication.translate("ExportProgress", "Writing the document…"),
        "layout": QCoreApplication.translate(
            "ExportProgress", "Laying the pages out with LibreOffice for the contents' page numbers…"),
        "final": QCoreApplication.translate("ExportProgress", "Writing the final document…"),
    }.get(stage, stage)


def pages_note(report: dict) -> str:
    """What the drafter is told when the contents have no page numbers ("" when they have)."""
    from ..export.docx_pages import FAILED, NO_OFFICE, QUICK

    paged = report.get("paged")
    state = getattr(paged, "pages", "")
    if state == NO_OFFICE:
        return QCoreApplication.translate(
            "ExportProgress", "The contents have no page numbers: LibreOffice (with its Python bridge) is not "
            "installed. Word fills them in when the contents are updated.")
    if state == QUICK:
        return QCoreApplication.translate(
            "ExportProgress", "The contents have no page numbers (quick export). Word fills them in when the "
            "contents are updated.")
    if state == FAILED:
        return QCoreApplication.translate(
            "ExportProgress", "The contents have no page numbers: the LibreOffice layout failed.")
    return ""


def prepare_export(window, values: dict):
    """(draft, ExportOptions) of the export ``values`` ask for (reads the workspace: GUI thread)."""
    from ..cli.exchange import export_options

    workspace = window.session.workspace
    draft, label = window.current_draft, ""
    if values.get("version_id"):
        version = workspace.version(values["version_id"])
        draft, label = version.draft(), version.label
    options = export_options(workspace, draft, language=values["language"], status=values["status"],
                             version_label=label, date=values["date"],
                             confidentiality=values["confidentiality"], footnotes=values["footnotes"],
                             line_numbers=values["line_numbers"], compilation=values["compilation"])
    return draft, options


def export_message(draft, values: dict, size: int, report: dict) -> str:
    text = QCoreApplication.translate("ExportDialog", "Exported “{0}” to {1} ({2} kB)").format(
        draft.title, values["path"], max(1, size // 1024))
    note = pages_note(report) if values["format"] == "docx" else ""
    return f"{text}. {note}" if note else text


def export_with_progress(window, values: dict) -> str:
    """Export as ``values`` say, in a thread, with a modal progress dialog; returns the message.

    Raises what the export raised, or ``ExportCancelled``."""
    draft, options = prepare_export(window, values)
    draft = copy.deepcopy(draft)
    cancelled = threading.Event()
    dialog = QProgressDialog(window)
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("ExportProgress", "Exporting"))
    dialog.setLabelText(stage_text("write"))
    dialog.setCancelButtonText(QCoreApplication.translate("ExportProgress", "Cancel"))
    dialog.setRange(0, len(STAGES) + 1)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    outcome: dict = {}
    loop = QEventLoop()

    def on_stage(stage: str) -> None:
        if stage in STAGES:
            dialog.setValue(STAGES.index(stage) + 1)
        dialog.setLabelText(stage_text(stage))

    def on_finished(result, error) -> None:
        outcome["result"], outcome["error"] = result, error
        loop.quit()

    def on_cancel() -> None:
        cancelled.set()
        dialog.setLabelText(QCoreApplication.translate("ExportProgress", "Cancelling…"))

    relay = _Relay(on_stage, on_finished)
    dialog.canceled.connect(on_cancel)

    def progress(stage: str) -> None:
        if cancelled.is_set():
            raise ExportCancelled()
        relay.stage.emit(stage)

    def work() -> None:
        from ..cli.exchange import write_export

        report: dict = {}
        try:
            import_checker()                       # a check report in the export: never alongside the check's
            size = write_export(draft, values["path"], values["format"], options,
                                quick=values.get("quick", False), report=report, progress=progress,
                                stop=cancelled.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as it is
            relay.finished.emit(None, exc)
            return
        relay.finished.emit((size, report), None)

    thread = threading.Thread(target=work, name="export", daemon=True)
    thread.start()
    if "error" not in outcome:
        loop.exec()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if outcome["error"] is not None:
        raise outcome["error"]
    size, report = outcome["result"]
    return export_message(draft, values, size, report)

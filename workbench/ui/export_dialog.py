"""File ▸ Export… (Word or Akoma Ntoso, with the export options) and File ▸ Import….

``install_exchange(window)`` (also ``install``, for ``ui/extensions.py``) adds both actions to
``window.file_menu``. The work itself is the Qt-free ``workbench.export`` package; this module
only asks for options and files and reports what happened.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from . import folders
from .errors import message_of


class ExportDialog(QDialog):
    """The options of one export: format, version, language, title-page lines, extras, file."""

    def __init__(self, draft, versions: list, office: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft = draft
        self.setObjectName("exportDialog")
        self.format = QComboBox(self)
        self.format.addItem("", "docx")
        self.format.addItem("", "akn")
        self.version = QComboBox(self)
        self.version.addItem("", None)
        for version in versions:
            self.version.addItem(f"{version.label} — {version.created[:16].replace('T', ' ')}", version.id)
        self.language = QComboBox(self)
        for code in ("en", "zh", "both"):
            self.language.addItem("", code)
        self.status = QLineEdit(self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.confidentiality = QLineEdit(self)
        self.footnotes = QCheckBox(self)
        self.line_numbers = QCheckBox(self)
        self.compilation = QCheckBox(self)
        self.toc_pages = QCheckBox(self)
        self.toc_pages.setEnabled(office)
        self.toc_pages.setChecked(office)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, field in (("format", self.format), ("version", self.version), ("language", self.language),
                           ("status", self.status), ("date", self.date),
                           ("confidentiality", self.confidentiality)):
            self.labels[key] = QLabel(self)          # named in retranslate()
            self.form.addRow(self.labels[key], field)
        for box in (self.footnotes, self.line_numbers, self.compilation, self.toc_pages):
            self.form.addRow("", box)                # check boxes carry their own text
        self.labels["file"] = QLabel(self)
        self.form.addRow(self.labels["file"], row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.editingFinished.connect(self._path_changed)
        self.retranslate()
        self._restore()
        self._format_changed()

    SUFFIXES = {".docx": "docx", ".xml": "akn"}

    def _path_changed(self) -> None:
        """A file name ending in .docx or .xml chooses the format: a name never says one format while
        the file holds the other."""
        wanted = self.SUFFIXES.get(Path(self.path.text().strip()).suffix.lower())
        if wanted is not None and wanted != self.format.currentData():
            self.format.setCurrentIndex(self.format.findData(wanted))

    def accept(self) -> None:
        self._path_changed()
        text = self.path.text().strip()
        suffix = ".docx" if self.format.currentData() == "docx" else ".xml"
        if text and Path(text).suffix.lower() != suffix:
            self.path.setText(text + suffix)
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export draft"))
        self.format.setItemText(0, self.tr("Word document (.docx)"))
        self.format.setItemText(1, self.tr("Akoma Ntoso XML (.xml)"))
        self.version.setItemText(0, self.tr("Current text"))
        for i, text in enumerate((self.tr("English"), self.tr("Chinese"),
                                  self.tr("Both, in parallel columns"))):
            self.language.setItemText(i, text)
        names = {"format": self.tr("Format:"), "version": self.tr("Version:"),
                 "language": self.tr("Language:"), "status": self.tr("Status line:"),
                 "date": self.tr("Date:"), "confidentiality": self.tr("Confidentiality:"),
                 "file": self.tr("File:")}
        for key, text in names.items():
            self.labels[key].setText(text)
        self.status.setPlaceholderText(self.tr("e.g. Draft — Rev.2"))
        self.confidentiality.setPlaceholderText(self.tr("e.g. Restricted (leave empty for none)"))
        self.footnotes.setText(self.tr("Footnotes giving each article's source"))
        self.line_numbers.setText(self.tr("Line numbers"))
        self.compilation.setText(self.tr("Compilation text: alternatives as [Option 1 | Option 2]"))
        self.toc_pages.setText(self.tr("Page numbers in the contents (lays out with LibreOffice)"))
        self.browse.setText(self.tr("Choose…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _format_changed(self, *_args) -> None:
        docx = self.format.currentData() == "docx"
        for widget in (self.line_numbers, self.toc_pages, self.footnotes):
            widget.setVisible(docx)
        suffix = ".docx" if docx else ".xml"
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_suffix(suffix)))
        else:
            self.path.setText(folders.suggested(self.draft.title, suffix))

    def choose_file(self) -> None:
        docx = self.format.currentData() == "docx"
        filters = self.tr("Word documents (*.docx)") if docx else self.tr("Akoma Ntoso XML (*.xml)")
        path = folders.save_file(self, self.tr("Export to"), self.path.text(), filters)
        if path:
            self.path.setText(path)
            self._path_changed()

    def _restore(self) -> None:
        store = QSettings()
        self.format.setCurrentIndex(max(0, self.format.findData(store.value("export/format", "docx"))))
        self.language.setCurrentIndex(max(0, self.language.findData(store.value("export/language", "en"))))
        self.confidentiality.setText(str(store.value("export/confidentiality", "")))
        self.footnotes.setChecked(store.value("export/footnotes", "false") in (True, "true"))

    def remember(self) -> None:
        store = QSettings()
        store.setValue("export/format", self.format.currentData())
        store.setValue("export/language", self.language.currentData())
        store.setValue("export/confidentiality", self.confidentiality.text())
        store.setValue("export/footnotes", "true" if self.footnotes.isChecked() else "false")

    def values(self) -> dict:
        return {"format": self.format.currentData(), "version_id": self.version.currentData(),
                "language": self.language.currentData(), "status": self.status.text().strip(),
                "date": self.date.date().toString("yyyy-MM-dd"),
                "confidentiality": self.confidentiality.text().strip(),
                "footnotes": self.footnotes.isChecked(), "line_numbers": self.line_numbers.isChecked(),
                "compilation": self.compilation.isChecked(),
                "toc_pages": self.toc_pages.isChecked() and self.toc_pages.isEnabled(),
                "quick": self.toc_pages.isEnabled() and not self.toc_pages.isChecked(),
                "path": Path(self.path.text().strip()).expanduser()}


def run_export(window, values: dict) -> str:
    """Export the window's current draft as ``values`` say (here, on this thread); returns a message
    for the drafter. The window uses ``export_progress.export_with_progress``."""
    from ..cli.exchange import write_export
    from .export_progress import export_message, prepare_export

    draft, options = prepare_export(window, values)
    report: dict = {}
    size = write_export(draft, values["path"], values["format"], options,
                        quick=values.get("quick", False), report=report)
    return export_message(draft, values, size, report)


def export_current(window) -> None:
    """File ▸ Export…"""
    from ..export.office import layout_available
    from .export_progress import ExportCancelled, export_with_progress

    if window.current_draft is None:
        window.report(QCoreApplication.translate("ExportDialog", "Open a draft first: there is nothing to export."))
        return
    try:
        versions = window.session.workspace.versions(window.current_draft.id)
    except Exception:  # noqa: BLE001 - versions are optional here
        versions = []
    dialog = ExportDialog(window.current_draft, versions, layout_available(), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    dialog.remember()
    values = dialog.values()
    if not values["path"].parent.is_dir():
        window.report(QCoreApplication.translate("ExportDialog", "The folder {0} does not exist.")
                      .format(values["path"].parent))
        return
    try:
        window.show_message(export_with_progress(window, values))
    except ExportCancelled:
        window.show_message(QCoreApplication.translate("ExportDialog", "Export cancelled: no file was changed."))
    except Exception as exc:  # noqa: BLE001 - any failure is reported, the old file is untouched
        window.report(QCoreApplication.translate("ExportDialog", "The export failed: {0}\nNo file was changed.")
                      .format(message_of(exc)))


def import_file_dialog(window) -> None:
    """File ▸ Import…: a .docx or Akoma Ntoso file becomes a new draft; shows what was not mapped."""
    path = folders.open_file(window, QCoreApplication.translate("ExportDialog", "Import a draft"),
                             QCoreApplication.translate("ExportDialog", "Drafts (*.docx *.xml *.akn);;All files (*)"))
    if not path:
        return
    import_path(window, Path(path))


def import_path(window, path: Path) -> bool:
    from ..export.importing import ImportFailure, import_file

    try:
        result = import_file(path)
        window.session.create_draft(result.draft)
    except (ImportFailure, ValueError, OSError) as exc:
        window.report(QCoreApplication.translate("ExportDialog", "Could not import {0}:\n{1}")
                      .format(path.name, message_of(exc)))
        return False
    if hasattr(window, "set_current_draft"):
        window.set_current_draft(result.draft.id)
    text, informative, details = import_report_texts(result)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ExportDialog", "Import"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    box.setObjectName("importReport")
    box.open()
    window.show_message(text)
    return True


def import_report_texts(result) -> tuple[str, str, str]:
    """(summary, verdict, details) of an import in the drafter's language: what was read, whether
    everything stands where it stood, and each thing that does not, with its place in the file."""
    s = result.summary()
    n_articles, n_divisions, n_annexes, n_recitals = s["articles"], s["chapters"], len(s["annexes"]), s["recitals"]
    articles = QCoreApplication.translate("ExportDialog", "%n article(s)", "", n_articles)   # lupdate reads
    divisions = QCoreApplication.translate("ExportDialog", "%n division(s)", "", n_divisions)  # plain names only
    annexes = QCoreApplication.translate("ExportDialog", "%n annex(es)", "", n_annexes)
    recitals = QCoreApplication.translate("ExportDialog", "%n recital(s)", "", n_recitals)
    text = QCoreApplication.translate("ExportDialog", "Imported “{0}”: {1}, {2}, {3}, {4}.").format(
        s["title"], articles, divisions, annexes, recitals)
    if s["closing"]:
        text += " " + QCoreApplication.translate("ExportDialog", "The closing formula was read as such.")
    moved = [e for e in result.entries if e.kind != "note"]
    n_moved = len(moved)
    if moved:
        informative = QCoreApplication.translate(
            "ExportDialog", "Not everything was placed exactly where it stood: %n item(s); see the details, "
            "each with its place in the file.", "", n_moved)
    else:
        informative = QCoreApplication.translate("ExportDialog", "Everything in the file was mapped.")
    details = "\n".join(message_of(str(e)) for e in moved + [e for e in result.entries if e.kind == "note"])
    return text, informative, details


def install_exchange(window) -> None:
    """Add File ▸ Export… and File ▸ Import… to ``window.file_menu``."""
    export_action = QAction(window)
    export_action.setObjectName("exportAction")
    export_action.triggered.connect(lambda: export_current(window))
    import_action = QAction(window)
    import_action.setObjectName("importAction")
    import_action.triggered.connect(lambda: import_file_dialog(window))
    before = getattr(window, "rename_draft_action", None)
    menu = window.file_menu
    if before is not None:
        menu.insertAction(before, export_action)
        menu.insertAction(before, import_action)
        menu.insertSeparator(before)
    else:
        menu.addAction(export_action)
        menu.addAction(import_action)

    def retranslate() -> None:
        export_action.setText(QCoreApplication.translate("ExportDialog", "&Export…"))
        import_action.setText(QCoreApplication.translate("ExportDialog", "&Import…"))

    retranslate()
    window.export_action, window.import_action = export_action, import_action

    class _Watcher(QWidget):
        def changeEvent(self, event):  # noqa: N802
            if event.type() == QEvent.Type.LanguageChange:
                retranslate()
            super().changeEvent(event)

    window._exchange_watcher = _Watcher(window)
    window._exchange_watcher.hide()


install = install_exchange

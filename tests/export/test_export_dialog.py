"""File ▸ Export… and File ▸ Import… in the real main window (offscreen)."""
from __future__ import annotations

import zipfile

import pytest

pytest.importorskip("PySide6")

from workbench.core.assemble import draft_from_source  # noqa: E402
from workbench.storage import Workspace  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace_path):
    from workbench.ui.main import MainWindow

    win = MainWindow(Workspace.open(workspace_path))
    qtbot.addWidget(win)
    win.show()
    yield win
    if not win._closed:
        win.close()


def test_the_file_menu_offers_export_and_import(window):
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Export…" in texts and "&Import…" in texts


def test_export_dialog_writes_the_chosen_format(window, qtbot, tmp_path):
    from workbench.ui.export_dialog import ExportDialog, run_export

    draft = draft_from_source("GUI treaty", window.session.workspace.clauses(source="coe-ai-convention"))
    window.session.create_draft(draft)
    window.set_current_draft(draft.id)
    dialog = ExportDialog(window.current_draft, [], office=False, parent=window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("both"))
    dialog.status.setText("Draft — Rev.2")
    dialog.confidentiality.setText("Restricted")
    dialog.footnotes.setChecked(True)
    dialog.path.setText(str(tmp_path / "gui.docx"))
    values = dialog.values()
    assert values["format"] == "docx" and values["language"] == "both" and values["footnotes"]
    message = run_export(window, values)
    assert "gui.docx" in message
    with zipfile.ZipFile(tmp_path / "gui.docx") as zf:
        xml = zf.read("word/document.xml").decode()
    assert "Restricted" in xml and "第一条" in xml
    dialog.format.setCurrentIndex(dialog.format.findData("akn"))
    assert dialog.path.text().endswith(".xml") and not dialog.line_numbers.isVisibleTo(dialog)
    run_export(window, dialog.values())
    assert (tmp_path / "gui.xml").read_bytes().startswith(b"<?xml")


def test_import_makes_a_new_draft_and_reports(window, tmp_path):
    from workbench.export.docx_writer import export_docx
    from workbench.ui.export_dialog import import_path

    draft = draft_from_source("To import", window.session.workspace.clauses(source="coe-ai-convention"))
    path = tmp_path / "incoming.docx"
    export_docx(draft, path)
    before = len(window.session.workspace.drafts())
    assert import_path(window, path)
    assert len(window.session.workspace.drafts()) == before + 1
    assert window.current_draft is not None and len(window.current_draft.articles()) == len(draft.articles())
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert not import_path(window, bad)
    assert any("bad.docx" in e for e in window.errors)


def _export_through_the_menu(window, qtbot, path_text: str, fmt: str | None = None) -> None:
    """File ▸ Export…, the real modal dialog filled in by typing, OK clicked."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from workbench.ui.export_dialog import ExportDialog

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, fill)
            return
        if fmt is not None:
            dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        dialog.path.clear()
        qtbot.keyClicks(dialog.path, path_text)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    action = next(a for a in window.file_menu.actions() if a.text() == "&Export…")
    action.trigger()


def test_the_file_name_and_the_format_always_agree(window, qtbot, tmp_path):
    draft = draft_from_source("Named", window.session.workspace.clauses(source="coe-ai-convention"))
    window.session.create_draft(draft)
    window.set_current_draft(draft.id)
    _export_through_the_menu(window, qtbot, str(tmp_path / "typed.xml"), fmt="docx")
    assert (tmp_path / "typed.xml").read_bytes().startswith(b"<?xml"), "a Word file under an .xml name"
    _export_through_the_menu(window, qtbot, str(tmp_path / "noext"), fmt="docx")
    assert zipfile.is_zipfile(tmp_path / "noext.docx")


def test_an_export_never_replaces_the_open_workspace(qtbot, workspace_path):
    """Even a workspace whose name ends in .docx or .xml (any name opens) is never exported over."""
    import shutil

    from workbench.ui.main import MainWindow

    for name, fmt in (("negotiation.docx", "docx"), ("negotiation.xml", "akn")):
        path = workspace_path.with_name(name)
        shutil.copyfile(workspace_path, path)
        window = MainWindow(Workspace.open(path))
        qtbot.addWidget(window)
        window.show()
        draft = draft_from_source("Precious", window.session.workspace.clauses(source="coe-ai-convention"))
        window.session.create_draft(draft)
        window.set_current_draft(draft.id)
        _export_through_the_menu(window, qtbot, str(path), fmt=fmt)
        assert "open workspace" in window.errors[-1] and "No file was changed" in window.errors[-1]
        assert window.session.workspace.load_draft(draft.id).title == "Precious"
        window.close()
        with Workspace.open(path) as ws:
            assert "Precious" in [d.title for d in ws.drafts()]


def test_a_long_export_shows_its_progress_and_leaves_the_window_responsive(window, qtbot, tmp_path,
                                                                          monkeypatch):
    """Exported through the menu with the contents laid out by LibreOffice (over a second here):
    the modal progress dialog appears, names its stage, and the window keeps handling events."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    import workbench.ui.export_progress as export_progress

    monkeypatch.setattr(export_progress, "SHOW_AFTER_MS", 200)   # however fast this machine is
    from .conftest import require_office

    require_office()
    draft = draft_from_source("Progress", window.session.workspace.clauses(source="coe-ai-convention"))
    window.session.create_draft(draft)
    window.set_current_draft(draft.id)
    seen: list[str] = []
    ticks: list[int] = []
    done: list[bool] = []

    def watch() -> None:
        if done:
            return
        ticks.append(1)
        for dialog in window.findChildren(QProgressDialog, "exportProgress"):
            if dialog.isVisible():
                seen.append(dialog.labelText())
        if len(ticks) < 2000:
            QTimer.singleShot(25, watch)

    QTimer.singleShot(0, watch)
    _export_through_the_menu(window, qtbot, str(tmp_path / "progress.docx"), fmt="docx")
    done.append(True)
    assert zipfile.is_zipfile(tmp_path / "progress.docx")
    assert seen, "no progress dialog was shown"
    assert any("LibreOffice" in text for text in seen), seen
    assert len(ticks) > 20, "the GUI thread did not handle events during the export"
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog, "exportProgress"))
    with zipfile.ZipFile(tmp_path / "progress.docx") as zf:
        xml = zf.read("word/document.xml").decode()
    assert "PAGEREF" in xml, "the contents carry their page numbers"


def test_cancelling_the_export_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    import workbench.ui.export_progress as export_progress

    monkeypatch.setattr(export_progress, "SHOW_AFTER_MS", 0)
    from .conftest import require_office

    require_office()
    draft = draft_from_source("Cancelled", window.session.workspace.clauses(source="coe-ai-convention"))
    window.session.create_draft(draft)
    window.set_current_draft(draft.id)
    target = tmp_path / "cancelled.docx"
    target.write_bytes(b"previous")

    def cancel() -> None:
        dialogs = [d for d in window.findChildren(QProgressDialog, "exportProgress") if d.isVisible()]
        if dialogs:
            button = dialogs[0].findChild(QPushButton)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(25, cancel)

    QTimer.singleShot(0, cancel)
    _export_through_the_menu(window, qtbot, str(target), fmt="docx")
    assert target.read_bytes() == b"previous"
    assert "cancelled" in window.statusBar().currentMessage()

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

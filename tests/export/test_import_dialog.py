"""File ▸ Import… in the real main window (offscreen): the report of what was not placed as it stood."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

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


def _report_box(window):
    from PySide6.QtWidgets import QMessageBox
    return window.findChild(QMessageBox, "importReport")


def test_the_import_report_lists_what_was_not_placed_with_its_place(window, tmp_path, qtbot):
    from workbench.ui.export_dialog import import_path

    from .test_import_typed import wto_style
    from .typed import Typed

    clean = tmp_path / "wto.docx"
    wto_style(clean)
    assert import_path(window, clean)
    box = _report_box(window)
    assert "5 articles, 4 divisions, 1 annex" in box.text() and "closing formula" in box.text()
    assert box.informativeText() == "Everything in the file was mapped."
    box.close()
    box.deleteLater()
    qtbot.waitUntil(lambda: _report_box(window) is None)
    t = Typed()
    t.heading("AGREEMENT")
    t.line("The Parties,")
    t.heading("Article 1", center=False)
    t.line("Text of the article.")
    t.heading("General remarks", center=False)
    t.line("More text.")
    odd = tmp_path / "odd.docx"
    t.save(odd)
    window.set_language("zh_CN")
    try:
        assert import_path(window, odd)
        box = _report_box(window)
        assert "1 项" in box.informativeText()
        assert box.detailedText().startswith("第 5 段：一行看似标题的文字按正文保留——“General remarks”")
    finally:
        window.set_language("en")

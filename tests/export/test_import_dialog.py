"""File ▸ Import… in the real main window (offscreen): the report of what was not placed as it stood, and
of how a Chinese draft typed as Chinese legal texts are was read."""
from __future__ import annotations

from contextlib import contextmanager

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


@contextmanager
def _in_chinese(window):
    """The window switched to Chinese for the block, back to English after it."""
    window.set_language("zh_CN")
    try:
        yield
    finally:
        window.set_language("en")


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
    with _in_chinese(window):
        assert import_path(window, odd)
        box = _report_box(window)
        assert "1 项" in box.informativeText()
        assert box.detailedText().startswith("第 5 段：一行看似标题的文字按正文保留——“General remarks”")


def test_run_in_articles_are_imported_and_the_report_says_how_they_were_read(window, tmp_path, qtbot):
    from workbench.ui.export_dialog import import_path

    from .typed import Typed

    t = Typed()
    t.heading("合作协定")
    t.line("双方协议如下：")
    t.line("第一条　为了促进双方合作，制定本协定。")
    t.line("第二条　双方应当加强信息交流。")
    t.line("第三条　本协定自签署之日起生效。")
    path = tmp_path / "zh.docx"
    t.save(path)
    with _in_chinese(window):
        assert import_path(window, path)
        box = _report_box(window)
        shown = "\n".join((box.text(), box.informativeText(), box.detailedText()))
        assert "3 个条标题与其第一段连排" in shown, shown
        box.close()
    draft = window.current_draft
    assert [p.text_zh for a in draft.articles() for p in a.children] == [
        "为了促进双方合作，制定本协定。", "双方应当加强信息交流。", "本协定自签署之日起生效。"]

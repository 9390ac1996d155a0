"""File ▸ Import… of a Chinese draft typed as Chinese legal texts are, in the real window (offscreen)."""
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


def test_run_in_articles_are_imported_and_the_report_says_how_they_were_read(window, tmp_path, qtbot):
    from PySide6.QtWidgets import QMessageBox

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
    window.set_language("zh_CN")
    try:
        assert import_path(window, path)
        box = window.findChild(QMessageBox, "importReport")
        shown = "\n".join((box.text(), box.informativeText(), box.detailedText()))
        assert "3 个条标题与其第一段连排" in shown, shown
        box.close()
    finally:
        window.set_language("en")
    draft = window.current_draft
    assert [p.text_zh for a in draft.articles() for p in a.children] == [
        "为了促进双方合作，制定本协定。", "双方应当加强信息交流。", "本协定自签署之日起生效。"]

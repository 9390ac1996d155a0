"""The Precedents panel in the real window: every button clicked with the mouse, Qt's exceptions caught."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.core.brackets import alternatives
from workbench.core.model import Draft
from workbench.core.operations import add_clauses
from workbench.files import precedents_path
from workbench.storage import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace_path):
    from workbench.ui.main import MainWindow

    with Workspace.open(workspace_path) as ws:
        draft = Draft(title="Digital trade")
        ws.create_draft(draft)
        draft = ws.load_draft(draft.id)
        ws.apply(draft, add_clauses(draft, [ws.clause("cptpp-ch14/art-14.11"), ws.clause("cptpp-ch14/art-14.13")]))
    win = MainWindow(Workspace.open(workspace_path))
    qtbot.addWidget(win)
    win.show()
    win.set_current_draft(draft.id)
    yield win
    if not win._closed:
        win.close()


def _click(qtbot, widget):
    assert widget.isEnabled() and widget.isVisible(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _click_item(qtbot, view, row: int):
    item = view.topLevelItem(row)
    view.scrollToItem(item)
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _panel(window):
    window.precedents_dock.show()
    window.precedents_dock.raise_()
    panel = window.precedents_panel
    window.resizeDocks([window.precedents_dock], [700], Qt.Orientation.Horizontal)
    return panel


def test_search_trace_add_as_alternative_and_whole_draft(window, qtbot, sample_store_file, workspace_path):
    shutil.copyfile(sample_store_file, precedents_path(workspace_path))
    panel = _panel(window)
    assert panel.store is not None and "CC BY-NC 4.0" in panel.attribution.text()
    qtbot.keyClicks(panel.search, "computing facil")
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() > 0)
    tip = panel.results.topLevelItem(0).data(2, Qt.ItemDataRole.ToolTipRole)
    assert "[" in tip and "]" in tip                                  # the snippet, cut when asked for
    _click_item(qtbot, panel.results, 0)
    assert panel.current is not None and "Computing Facilities" in panel.preview.toPlainText()

    traced = panel.current["id"]
    _click(qtbot, panel.trace_button)
    qtbot.waitUntil(lambda: panel.lineage is not None, timeout=30000)
    assert "Computing Facilities" in panel.lineage_label.text()
    assert all(m.article_id != traced for m in panel.lineage.matches)            # itself left out

    article = window.current_draft.articles()[0]
    window.select_article(article.id)
    panel.trace_draft_article(article.id)
    qtbot.waitUntil(lambda: panel.matches.topLevelItemCount() > 0 and "Article 1" in panel.lineage_label.text(),
                    timeout=30000)
    top = panel.lineage.matches[0]
    assert top.agreement_id == "pta_449" and "14.11" in top.article
    _click_item(qtbot, panel.matches, 0)
    assert "precedent" in panel.diff.toPlainText()

    _click(qtbot, panel.add_button)
    node = window.current_draft.find(article.id)
    options = alternatives(node)
    assert len(options) == 1 and "Trans-Pacific Partnership" in options[0]["note"]
    assert "CC BY-NC 4.0" in options[0]["note"] and options[0]["nodes"]
    stored = window.session.workspace.load_draft(window.current_draft.id).find(article.id)
    assert alternatives(stored) == options                   # committed to the workspace
    window.undo()
    assert alternatives(window.current_draft.find(article.id)) == []

    assert window.library.select_clause("cptpp-ch14/art-14.17")          # a library clause: its lineage too
    qtbot.waitUntil(lambda: "cptpp-ch14/art-14.17" in panel.lineage_label.text() and panel.lineage is not None
                    and panel.lineage.matches and "14.17" in panel.lineage.matches[0].article, timeout=30000)
    assert panel.lineage.matches[0].agreement_id == "pta_449"

    _click(qtbot, panel.draft_button)
    qtbot.waitUntil(lambda: panel.draft_table.topLevelItemCount() == 2, timeout=60000)
    assert "2016" in panel.draft_table.topLevelItem(0).text(1)
    second = panel.draft_table.topLevelItem(1)
    rect = panel.draft_table.visualItemRect(second)
    # as a real double click: press and release, then the double click (QTest's alone sets no pressed row)
    qtbot.mouseClick(panel.draft_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.draft_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_article_id == window.current_draft.articles()[1].id
    qtbot.waitUntil(lambda: panel.lineage is not None and panel.lineage.matches
                    and "14.13" in panel.lineage.matches[0].article, timeout=30000)


def test_import_from_the_panel_with_progress_and_summary(window, qtbot, synthetic_folder, monkeypatch):
    panel = _panel(window)
    assert panel.store is None and "Import precedents" in panel.preview.toPlainText()
    assert not panel.trace_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(synthetic_folder))
    (synthetic_folder / "notes.txt").write_text("not an agreement")
    _click(qtbot, panel.import_button)
    run = window.precedents_import
    qtbot.waitUntil(lambda: run.box is not None and run.box.isVisible(), timeout=60000)
    assert "2 agreement" in run.box.text() and "1 file" in run.box.text()
    assert "notes.txt" in run.box.detailedText()
    details = next(b for b in run.box.buttons() if run.box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    _click(qtbot, details)                                         # Show Details…: the skipped files and why
    from PySide6.QtWidgets import QTextEdit
    assert any("notes.txt" in e.toPlainText() and e.isVisible() for e in run.box.findChildren(QTextEdit))
    _click(qtbot, run.box.button(QMessageBox.StandardButton.Ok))
    assert panel.store is not None and panel.store.counts()["articles"] == 4
    qtbot.keyClicks(panel.search, "rules of origin")
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() == 1)


def test_an_import_can_be_cancelled_and_changes_nothing(window, qtbot, sample_folder, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    panel = _panel(window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(sample_folder))
    _click(qtbot, panel.import_button)
    run = window.precedents_import
    qtbot.waitUntil(lambda: run.progress.isVisible())
    _click(qtbot, run.progress.findChild(QPushButton))
    qtbot.waitUntil(lambda: run.box is not None and run.box.isVisible(), timeout=30000)
    assert "cancelled" in run.box.text()
    _click(qtbot, run.box.button(QMessageBox.StandardButton.Ok))
    assert panel.store is None and "Import precedents" in panel.preview.toPlainText()


def test_a_folder_without_agreements_is_explained(window, qtbot, tmp_path, monkeypatch):
    panel = _panel(window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    _click(qtbot, panel.import_button)
    assert any("no ToTA agreement files" in e for e in window.errors)
    assert not precedents_path(window.session.workspace.path).exists()
    window.import_precedents_action.trigger()                    # the File menu's entry asks the same
    assert sum("no ToTA agreement files" in e for e in window.errors) == 2


def test_a_damaged_collection_is_reported_and_the_window_goes_on(window, qtbot, workspace_path):
    precedents_path(workspace_path).write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    messages = []
    window.statusBar().messageChanged.connect(lambda text: messages.append(text) if text else None)
    panel = _panel(window)
    assert panel.store is None and not panel.trace_button.isEnabled()
    assert any(str(precedents_path(workspace_path)) in m for m in messages)
    assert "damaged" in panel.preview.toPlainText() and "Import precedents" in panel.preview.toPlainText()
    qtbot.keyClicks(panel.search, "customs")                  # searching an absent collection: no error
    assert panel.results.topLevelItemCount() == 0

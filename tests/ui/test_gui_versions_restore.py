"""Restore into current draft (issue 17): asked first; another draft's version opens as a new draft;
the outline shows the restored articles at once; the panel shows the current draft's lineage."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from workbench.core.assemble import draft_from_source
from workbench.ui import impact_dialog
from workbench.ui.outline_model import NodeIdRole

COE = "coe-ai-convention"


def outline_ids(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    ids = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        ids.append(index.data(NodeIdRole))
        ids.extend(outline_ids(model, index))
    return ids


def shown_ids(draft):
    from workbench.ui.outline_ops import visible_children

    ids = []

    def walk(node):
        for child in visible_children(draft, node):
            ids.append(child.id)
            walk(child)

    walk(None)
    return ids


def click(role_text):
    def answer(box: QMessageBox):
        button = next(b for b in box.buttons() if b.text() == role_text)
        answer.default = box.defaultButton().text() if box.defaultButton() else None
        button.click()
    return answer


def test_restore_asks_and_the_outline_shows_the_restored_articles(coe_window, monkeypatch):
    window = coe_window
    panel = window.versions_panel
    draft = window.current_draft
    saved = panel.save_version("Rev.1", "me", "", "")
    before = shown_ids(draft)
    monkeypatch.setattr(impact_dialog, "ASK", lambda *args, **kwargs: True)   # "would break N things": go ahead
    chapters = [n for n in draft.children if n.kind.value == "chapter" and len(n.children) >= 2]
    window.select_article(chapters[0].children[-1].id)      # into the next chapter: both chapters stay
    window.outline.move_selected(+1)
    assert window.impact_guard.wait()                       # a move waits for its impact (off the GUI thread)
    window.select_article(chapters[1].children[0].id)       # and one article gone from a chapter that stays
    window.outline.remove_selected()
    assert window.impact_guard.wait()
    assert shown_ids(draft) != before
    panel.select(saved.id)
    assert not panel.restore_version(click("Cancel"))
    assert shown_ids(draft) != before
    answer = click("Restore")
    assert panel.restore_version(answer)
    assert answer.default == "Restore"
    assert shown_ids(window.current_draft) == before
    assert outline_ids(window.outline.model) == before          # no blank rows, no article missing
    assert all(window.outline.model.index_of(i).data() for i in before)
    window.undo()
    assert outline_ids(window.outline.model) == shown_ids(window.current_draft)


def test_another_drafts_version_opens_as_a_new_draft(coe_window):
    window = coe_window
    panel = window.versions_panel
    other = window.current_draft
    saved = panel.save_version("Other Rev.1", "me", "", "")
    second = draft_from_source("Second draft", window.session.workspace.clauses(source=COE)[:3])
    articles = [a.id for a in second.articles()]
    assert window.create_draft(second)
    assert not panel.all_drafts.isChecked()
    panel.refresh()
    assert saved.id not in [item.data(0, 256) for item in panel._items()]    # another draft's lineage
    panel.all_drafts.setChecked(True)
    panel.select(saved.id)
    answer = click("Open as new draft")
    count = len(window.session.draft_infos())
    assert panel.restore_version(answer)
    assert answer.default == "Open as new draft"
    assert len(window.session.draft_infos()) == count + 1
    assert window.current_draft.id not in (other.id, second.id)
    assert [a.id for a in window.session.draft(second.id).articles()] == articles      # untouched
    assert window.session.draft(other.id).articles()


def test_the_chinese_window_fits_a_1440_by_900_screen(coe_window, qtbot):
    window = coe_window
    for attribute in list(window._lazy_panels):
        getattr(window, attribute)
    panel = window.versions_panel
    saved = panel.save_version("Rev.1", "me", "", "")
    panel.select(saved.id)
    panel.compare_selected()
    window.select_article(window.current_draft.articles()[2].id)
    window.set_language("zh_CN")
    qtbot.wait(50)
    assert panel.save_button.text() != "Save version…"
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 900, hint
    window.set_language("en")

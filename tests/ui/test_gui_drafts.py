"""Several drafts per workspace: new draft (empty, skeleton, whole source), switch, rename, delete."""
from __future__ import annotations

from workbench.core.edits import SetFields
from workbench.storage.skeletons import find_skeleton
from workbench.ui.dialogs import NewDraftDialog

COE = "coe-ai-convention"


def test_a_new_workspace_opens_with_a_skeleton_draft(window):
    skeleton = find_skeleton("framework-convention")
    draft = window.current_draft
    assert [c.title for c in draft.chapters()] == [c.title for c in skeleton.chapters]
    assert window.outline.model.rowCount() == 1 + len(skeleton.chapters)
    assert window.outline.model.index(1, 1).data() == f"第一章 {skeleton.chapters[0].title_zh}"


def test_new_draft_dialog_makes_empty_skeleton_and_source_drafts(window, qtbot):
    dialog = NewDraftDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Empty one")
    dialog.empty.setChecked(True)
    empty = dialog.make_draft()
    assert empty.title == "Empty one" and not empty.children
    dialog.from_skeleton.setChecked(True)
    dialog.skeletons.setCurrentIndex(dialog.skeletons.findText("Framework convention"))
    skeleton_draft = dialog.make_draft()
    assert skeleton_draft.preamble() is not None and len(skeleton_draft.chapters()) >= 7
    assert "remedies" in dialog.description.text().lower()
    dialog.from_source.setChecked(True)
    dialog.sources.setCurrentIndex(dialog.sources.findData(COE))
    dialog.title_zh.setText("欧洲委员会公约草案")
    source_draft = dialog.make_draft()
    expected = [c.id for c in window.session.workspace.clauses(source=COE) if c.kind == "article"]
    assert [a.derived_from for a in source_draft.articles()] == expected
    assert source_draft.title_zh == "欧洲委员会公约草案"
    assert window.create_draft(source_draft)
    assert window.current_draft is source_draft
    assert window.outline.drafts.currentData() == source_draft.id


def test_switch_rename_and_delete_drafts(window):
    first = window.current_draft
    from workbench.core.model import Draft
    second = Draft(title="Second draft")
    window.create_draft(second)
    assert window.outline.drafts.count() == 2
    window.set_current_draft(first.id)
    assert window.current_draft is first
    window.push_edit(SetFields(first.chapters()[0].id, {"title": "Changed"}))
    window.set_current_draft(second.id)
    window.undo()                          # undoing an edit of the other draft shows that draft
    assert window.current_draft is first and first.chapters()[0].title != "Changed"
    from workbench.core.edits import SetDraftFields
    window.push_edit(SetDraftFields({"title": "Renamed draft"}))
    assert window.outline.drafts.itemText(window.outline.drafts.currentIndex()) == "Renamed draft"
    assert "Renamed draft" in window.windowTitle()
    window.outline.confirm = lambda text: True
    window.delete_draft()
    assert [d.id for d in window.session.draft_infos()] == [second.id]
    assert window.current_draft.id == second.id

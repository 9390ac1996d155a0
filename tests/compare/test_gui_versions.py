"""The Versions, Alternatives and Comparison panels in the real main window, offscreen."""
from __future__ import annotations

import pytest

from workbench.core import brackets as br
from workbench.core import operations
from workbench.core.assemble import draft_from_source

from workbench.ui import impact_dialog

from .compare_helpers import COE

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace_path):
    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow
    win = MainWindow(Workspace.open(workspace_path))
    qtbot.addWidget(win)
    win.show()
    draft = draft_from_source("CoE-based draft", win.session.workspace.clauses(source=COE))
    assert win.create_draft(draft)
    yield win
    if not win._closed:
        win.close()


def article(draft, number: str):
    return next(a for a in draft.articles() if a.derived_from == f"{COE}/art-{number}")


def make_proposal(window, base, party: str, wording: str):
    panel = window.versions_panel
    panel.select(base.id)
    assert panel.new_proposal(party)
    proposal = window.current_draft
    assert proposal.meta["based_on_version"] == base.id and proposal.meta["party"] == party
    para = article(proposal, "16").children[1]
    assert window.push_edit(operations.edit_text(para, text=para.text.replace("shall be graduated", wording)))
    return proposal


def test_save_version_lineage_and_proposal(window):
    panel = window.versions_panel
    base_draft = window.current_draft
    base = panel.save_version("Base text", author="Chair")
    make_proposal(window, base, "China", "shall, where appropriate, be graduated")
    china = panel.save_version("China proposal", party="China")
    assert china.parent_id == base.id
    top = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    assert top.text(0) == "Base text" and top.child(0).text(0) == "China proposal"
    assert top.child(0).text(1) == "China"
    # the base is another draft's version: offered as a new draft, the proposal untouched
    proposal_id = window.current_draft.id
    panel.select(base.id)
    assert panel.restore_version(lambda box: next(b for b in box.buttons() if b.text() == "Open as new draft").click())
    assert window.current_draft.id != proposal_id
    assert "shall be graduated" in article(window.current_draft, "16").children[1].text
    assert window.set_current_draft(proposal_id)
    # the proposal's own version restored into it: one undoable edit
    para = article(window.current_draft, "16").children[1]
    assert window.push_edit(operations.edit_text(para, text=para.text.replace("where appropriate", "if needed")))
    panel.select(china.id)
    assert panel.restore_version(lambda box: next(b for b in box.buttons() if b.text() == "Restore").click())
    assert "where appropriate, be graduated" in article(window.current_draft, "16").children[1].text
    window.undo()
    assert "if needed, be graduated" in article(window.current_draft, "16").children[1].text
    # open a version as a new draft
    count = len(window.session.draft_infos())
    panel.select(base.id)
    assert panel.open_version()
    assert len(window.session.draft_infos()) == count + 1
    assert window.current_draft.id != base_draft.id


def test_side_by_side_comparison_with_navigation(window, qtbot, monkeypatch):
    monkeypatch.setattr(impact_dialog, "ASK", lambda *args, **kwargs: True)   # "would break …": go ahead
    panel = window.versions_panel
    base = panel.save_version("Base text", author="Chair")
    proposal = make_proposal(window, base, "China", "may be graduated")
    assert window.push_edit(operations.remove_node(proposal, article(proposal, "5")))
    assert window.impact_guard.wait()                   # a removal or move waits for its impact
    assert window.push_edit(operations.move_article(proposal, article(proposal, "22"), 3))
    assert window.impact_guard.wait()
    china = panel.save_version("China proposal", party="China")
    panel.select(base.id, china.id)
    assert panel.compare_selected()
    view = window.compare_view
    assert window.docks["compareDock"].isVisible()
    assert [c.kind for c in view.result.changes] == ["moved", "deleted", "modified"]
    assert view.changes.count() == 3
    view.resize(1200, 500)
    qtbot.wait(10)
    # next change scrolls both panes to it; the panes stay in step
    view.next_change()
    view.next_change()
    view.next_change()
    assert view.current == 2 and not view.next_button.isEnabled()
    row = view.change_rows[2]
    left, right = view.left, view.right
    assert left.verticalScrollBar().value() > 0
    assert abs(right.verticalScrollBar().value() - right.row_tops()[row]) <= 2 or \
        right.verticalScrollBar().value() == right.verticalScrollBar().maximum()
    left.verticalScrollBar().setValue(int(left.row_tops()[10]))
    assert abs(right.verticalScrollBar().value() - right.row_tops()[10]) <= 2
    view.previous_change()
    assert view.current == 1
    assert "may be graduated" in right.toPlainText() and "shall be graduated" in left.toPlainText()
    # the move is described by its new place; each pane shows its own text's numbers
    assert "(now after Article 2" in view.changes.item(0).text()
    assert "(moved: now after Article 2" in left.toPlainText()
    assert "(moved here from after Article 21" in right.toPlainText()
    assert "Article 22 –" in left.toPlainText() and "Article 3 –" in right.toPlainText()


def test_alternatives_panel_merge_choose_undo_and_count(window, tmp_path):
    panel = window.versions_panel
    base_draft = window.current_draft
    base = panel.save_version("Base text", author="Chair")
    make_proposal(window, base, "China", "shall, where appropriate, be graduated")
    china = panel.save_version("China proposal", party="China")
    panel.select(base.id)
    make_proposal(window, base, "Brazil", "may be graduated")
    brazil_draft = window.current_draft
    window.set_current_draft(base_draft.id)
    assert window.bracket_count.count == 0
    assert window.brackets_panel.merge([("version", china.id), ("draft", brazil_draft.id)])
    assert window.bracket_count.count == 1
    assert "Open brackets: 1" in window.bracket_count.text()
    target = article(window.current_draft, "16")
    assert window.select_article(target.id)
    tree = window.brackets_panel.tree
    assert tree.topLevelItemCount() == 1
    options = tree.topLevelItem(0)
    assert [options.child(i).text(1) for i in range(3)] == ["base text", "China", "Brazil"]
    tree.setCurrentItem(options.child(2))
    assert window.brackets_panel.choose_selected()
    assert window.bracket_count.count == 0
    assert "may be graduated" in target.children[1].text
    window.undo()
    assert window.bracket_count.count == 1
    assert "shall be graduated" in article(window.current_draft, "16").children[1].text
    window.undo()                  # the merge itself
    assert window.bracket_count.count == 0
    assert not br.all_brackets(window.current_draft)


def test_compare_a_version_with_a_word_file_and_save_a_redline(window, tmp_path):
    from workbench.export.common import ExportOptions
    from workbench.export.docx_writer import export_docx
    from .compare_helpers import document_xml, revisions
    panel = window.versions_panel
    base = panel.save_version("Base text", author="Chair")
    proposal = make_proposal(window, base, "Kenya", "may be graduated")
    path = tmp_path / "kenya.docx"
    export_docx(proposal, path, ExportOptions())
    view = window.compare_view
    view.fill_sources(window.session.workspace, proposal.id)
    view.choose(("version", base.id), ("file", str(path)))
    assert view.compare_chosen()
    assert [(c.kind, c.old.number) for c in view.result.changes] == [("modified", 16)]
    redline = tmp_path / "redline.docx"
    assert view.save_redline(str(redline), author="Kenya")
    assert {author for _, author, _ in revisions(document_xml(redline))} == {"Kenya"}
    table = tmp_path / "table.docx"
    assert view.save_table(str(table)) and table.stat().st_size > 0
    # a file that is not a Word document is a message, not a crash
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    view.choose(("version", base.id), ("file", str(bad)))
    assert not view.compare_chosen()
    assert "cannot be compared" in view.summary.text()

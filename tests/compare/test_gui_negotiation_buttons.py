"""Every button of the Versions and Alternatives panels, clicked through the real widgets.

Each click goes through ``qtbot.mouseClick``; a modal dialog it opens is answered by a QTimer
poller, as a drafter would answer it; pytest-qt's exception capture is on (its default), so an
exception Qt would swallow in a slot fails the test. (The Alternatives panel's "Merge proposals…"
and "Add alternative…" once did nothing: ``clicked(bool)`` arrived as their first argument.)
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from workbench.core import brackets as br
from workbench.core import operations
from workbench.core.assemble import draft_from_source
from workbench.core.numbering import Numbering
from workbench.ui.negotiation_dialogs import (AlternativeDialog, CompilationDialog, ImportProposalDialog,
                                              MergeDialog, PositionsDialog)
from workbench.ui import impact_dialog
from workbench.ui.versions_panel import SaveVersionDialog

from .compare_helpers import COE
from .gui_helpers import answer, click, press, stop_pollers

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _pollers():
    yield
    stop_pollers()


@pytest.fixture
def window(qtbot, workspace_path):
    from workbench.storage import Workspace
    from workbench.ui.main import MainWindow
    win = MainWindow(Workspace.open(workspace_path))
    qtbot.addWidget(win)
    win.show()
    assert win.create_draft(draft_from_source("Chair's base text", win.session.workspace.clauses(source=COE)))
    yield win
    if not win._closed:
        win.close()


def article(draft, number):
    return next(a for a in draft.articles() if a.derived_from == f"{COE}/art-{number}")


def save_version(qtbot, window, label: str) -> None:
    def fill(dialog):
        dialog.label.clear()
        qtbot.keyClicks(dialog.label, label)
        press(qtbot, dialog)
    state = answer(qtbot, SaveVersionDialog, fill)
    click(qtbot, window.versions_panel.save_button)
    assert state["done"]


def new_proposal(qtbot, window, base_id: str, party: str):
    window.versions_panel.select(base_id)

    def fill(dialog):
        dialog.setTextValue(party)
        press(qtbot, dialog)
    state = answer(qtbot, QInputDialog, fill)
    click(qtbot, window.versions_panel.proposal_button)
    assert state["done"] and window.current_draft.meta["party"] == party
    return window.current_draft


def word_proposal(tmp_path, window, base) -> str:
    """The base exported to Word, one word changed in Article 4 as a delegation would."""
    import docx

    from workbench.export.common import ExportOptions
    from workbench.export.docx_writer import export_docx
    path = tmp_path / "eu-proposal.docx"
    export_docx(window.session.workspace.version(base).draft(), path, ExportOptions())
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            if "shall adopt or maintain measures to ensure that the activities" in run.text:
                run.text = run.text.replace("shall adopt", "shall endeavour to adopt")
    document.save(str(path))
    return str(path)


def test_every_button_of_the_versions_and_alternatives_panels(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(impact_dialog, "ASK", lambda *args, **kwargs: True)   # "would break …": go ahead
    versions = window.versions_panel
    panel = window.brackets_panel
    base_draft = window.current_draft
    # Versions: Save version…, New proposal… (twice), Import proposal…
    save_version(qtbot, window, "Chair's base text")
    base = window.session.workspace.versions(base_draft.id)[-1].id
    china = new_proposal(qtbot, window, base, "China")
    para = article(china, 4).children[0]
    assert window.push_edit(operations.edit_text(para, text=para.text.replace("shall adopt", "shall endeavour to adopt")))
    usa = new_proposal(qtbot, window, base, "United States")
    assert window.push_edit(operations.remove_node(usa, article(usa, 29)))
    assert window.impact_guard.wait()                   # a removal waits for its impact (off the GUI thread)
    path = word_proposal(tmp_path, window, base)
    versions.select(base)

    def fill_import(dialog):
        dialog.path.edit.setText(path)
        dialog.party.setEditText("European Union")
        assert dialog.base.currentData() == base
        press(qtbot, dialog)
    state = answer(qtbot, ImportProposalDialog, fill_import)
    click(qtbot, versions.import_button)
    assert state["done"]
    eu = window.current_draft
    assert eu.meta["party"] == "European Union" and eu.meta["based_on_version"] == base
    # Versions: Open as draft (the compilation), Compare, Restore into current draft
    versions.select(base)
    click(qtbot, versions.open_button)
    compilation = window.current_draft
    assert compilation.meta["based_on_version"] == base
    versions.select(base)
    click(qtbot, versions.compare_button)
    assert window.compare_view.result is not None
    versions.select(base)            # another draft's version: offered as a new draft, never poured in
    opened = answer(qtbot, QMessageBox, lambda box: next(b for b in box.buttons()
                                                          if b.text() == "Open as new draft").click())
    click(qtbot, versions.restore_button)
    assert opened["done"] and window.current_draft.id != compilation.id
    assert window.set_current_draft(compilation.id)
    # Alternatives: Merge proposals…
    window.docks["bracketsDock"].show()

    def fill_merge(dialog):
        for ref in (china.id, usa.id, eu.id):
            dialog.check("draft", ref)
        press(qtbot, dialog)
    state = answer(qtbot, MergeDialog, fill_merge)
    report = answer(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Ok).click())
    click(qtbot, panel.merge_button)
    qtbot.waitUntil(lambda: report["done"], timeout=5000)
    assert state["done"] and br.open_brackets(window.current_draft) == 2
    # Article 4: one bracket, China's words supported by the EU (its Word file made the same change)
    assert window.select_article(article(window.current_draft, 4).id)
    (top,) = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    option = top.child(1)
    assert "[endeavour to]" in option.text(0) and option.text(1) == "China"
    assert option.text(2) == "European Union"
    panel.tree.setCurrentItem(option)

    def fill_positions(dialog):
        dialog.party.setEditText("Korea, Republic of")
        click(qtbot, dialog.support_button)
        dialog.party.setEditText("China")
        click(qtbot, dialog.support_button)           # refused: China proposed this option
        assert "proposed this option" in dialog.problem.text()
        dialog.party.setEditText("Brazil")
        click(qtbot, dialog.oppose_button)
        dialog.party.setEditText("India")
        click(qtbot, dialog.support_button)
        click(qtbot, dialog.clear_button)
        press(qtbot, dialog)
    state = answer(qtbot, PositionsDialog, fill_positions)
    click(qtbot, panel.positions_button)
    assert state["done"]
    stored = br.find_option(window.current_draft, *panel.selected())[2]
    assert stored["supporters"] == ["European Union", "Korea, Republic of"] and stored["opponents"] == ["Brazil"]
    # Pending consultations, concluded; Agree ad referendum, Reopen, Agree
    click(qtbot, panel.consult_button)
    assert panel.consult_button.text() == "Consultations concluded"
    click(qtbot, panel.consult_button)
    click(qtbot, panel.ad_ref_button)
    assert br.open_brackets(window.current_draft) == 1
    assert "opposed by Brazil" in window.statusBar().currentMessage()
    click(qtbot, panel.reopen_button)
    assert br.open_brackets(window.current_draft) == 2
    click(qtbot, panel.choose_button)
    assert br.open_brackets(window.current_draft) == 1
    assert "shall endeavour to adopt" in article(window.current_draft, 4).children[0].text
    # Article 29: Withdraw the United States' deletion, Reopen it
    assert window.select_article(article(window.current_draft, 29).id)
    top = panel.tree.topLevelItem(0)
    panel.tree.setCurrentItem(top.child(1))
    click(qtbot, panel.withdraw_button)
    assert br.open_brackets(window.current_draft) == 0
    panel.select_option(br.all_brackets(window.current_draft)[-1].options[1]["id"])
    click(qtbot, panel.reopen_button)
    assert br.open_brackets(window.current_draft) == 1
    # Add alternative… to paragraph 1 of Article 29

    def fill_alternative(dialog):
        dialog.text.setPlainText("Disputes shall be settled by arbitration.")
        dialog.proposer.setEditText("Japan")
        press(qtbot, dialog)
    panel.target.setCurrentIndex(1)
    state = answer(qtbot, AlternativeDialog, fill_alternative)
    click(qtbot, panel.add_button)
    assert state["done"]
    assert any(o.get("proposer") == "Japan" for b in br.all_brackets(window.current_draft) for o in b.options)
    # Export compilation…
    target = tmp_path / "compilation.docx"

    def fill_export(dialog):
        dialog.symbol.setText("AI/INC/2/CRP.1")
        dialog.revision.setValue(1)
        dialog.path.edit.setText(str(target))
        press(qtbot, dialog)
    state = answer(qtbot, CompilationDialog, fill_export)
    click(qtbot, panel.export_button)
    assert state["done"] and target.stat().st_size > 0
    assert window.current_draft.meta["document"]["symbol"] == "AI/INC/2/CRP.1"
    # Renumber for the final text…, answered Yes; then undone
    state = answer(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, panel.renumber_button)
    assert state["done"] and not window.current_draft.meta.get("fixed_numbers")
    window.undo()
    assert window.current_draft.meta.get("fixed_numbers")
    # Save version… of the compilation: Rev.1, built from the proposals
    save_version(qtbot, window, "Chair's text Rev.1")
    rev1 = window.session.workspace.versions(window.current_draft.id)[-1]
    assert {s["party"] for s in rev1.built_from} == {"China", "United States", "European Union"}
    items = list(versions._items())
    note = next(i for i in items if i.text(0) == "Chair's text Rev.1").text(3)
    assert "built from the proposals of" in note
    assert Numbering.of(window.current_draft).label(article(window.current_draft, 29)) == "Article 29"
    assert QApplication.activeModalWidget() is None
    for button in panel.findChildren(type(panel.merge_button)) + versions.findChildren(type(panel.merge_button)):
        assert button.text(), "every button is named"
    assert QDialogButtonBox is not None

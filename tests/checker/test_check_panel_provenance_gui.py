"""The Check panel says what each quoted text is: its provenance level, and for a non-binding
instrument that its strength describes wording only; a suggested model clause is never marked as
verified treaty text."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.core.operations import add_clauses

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, checker):
    from workbench.ui.check_panel import CheckPanel
    widget = CheckPanel(checker)
    qtbot.addWidget(widget)
    widget.resize(560, 800)
    return widget


def _children(item, kind):
    return [item.child(i) for i in range(item.childCount()) if item.child(i).data(0, Qt.ItemDataRole.UserRole) == kind]


def test_evidence_and_suggestions_say_what_their_text_is(panel, coe_draft, workspace, qtbot):
    add_clauses(coe_draft, [workspace.clause("depa/art-8.2"), workspace.clause("unga-78-265/op-4")]).apply(coe_draft)
    panel.check_now(coe_draft)
    tooltips = [e.toolTip(0) for i in range(panel.tree.topLevelItemCount())
                for c in range(panel.tree.topLevelItem(i).childCount())
                for e in _children(panel.tree.topLevelItem(i).child(c), "evidence")]
    assert any("Text: official text" in t for t in tooltips)
    assert any("Text: unverified transcription" in t for t in tooltips)
    assert any("from a non-binding instrument: its obligation strength describes the wording only" in t
               for t in tooltips)
    labels = [e.text(0) for i in range(panel.tree.topLevelItemCount())
              for c in range(panel.tree.topLevelItem(i).childCount())
              for e in _children(panel.tree.topLevelItem(i).child(c), "evidence")]
    assert any(label.endswith("[unverified transcription]") for label in labels)
    b4 = panel.criterion_item("B4")
    suggestion = _children(b4, "suggestion")[0]
    assert suggestion.data(0, Qt.ItemDataRole.UserRole + 1) == "workbench-model/art-dispute-settlement"
    assert suggestion.text(0).endswith("[model clause]") and "verified" not in suggestion.text(0)
    with_transcription = next(panel.criterion_item(f.id) for f in panel.report.findings
                              if any(e.provenance == "transcription" for e in f.evidence))
    panel.tree.setCurrentItem(with_transcription)
    assert "Text: unverified transcription" in panel.details.toPlainText()

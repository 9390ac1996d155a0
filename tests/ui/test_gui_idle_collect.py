"""The cyclic collector kept off the drafter's edits (review F15): once the drafter pauses after an
edit, what the window holds is frozen out of the collector's generations, so a full pass during
the next edit walks a small heap; closing the window gives it all back to the collector."""
from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt

from workbench.ui.session import COLLECT_MS

pytestmark = pytest.mark.gui


def test_a_pause_after_an_edit_freezes_what_the_window_holds(coe_window, qtbot):
    window = coe_window
    article = window.current_draft.articles()[3]
    window.select_article(article.id)
    done = window.session.undo_stack.count()
    gc.unfreeze()
    gc.collect()
    assert len(gc.get_objects(generation=2)) > 20_000      # the window, the draft, the library
    window.outline.view.setFocus()
    qtbot.keyClick(window.outline.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    while window.impact_guard.wait():
        pass
    assert window.session.undo_stack.count() == done + 1      # the move was made
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 20_000, timeout=COLLECT_MS + 3000)
    assert len(gc.get_objects(generation=2)) < 2_000        # the oldest generation left small
    window.close()
    assert gc.get_freeze_count() == 0                       # all of it collectable again

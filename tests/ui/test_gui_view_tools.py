"""Graph and comparison views readable (issue 17): full window (F11 / button, Esc leaves), zoom
(Ctrl+wheel, Ctrl++, Ctrl+-, Ctrl+0), distinct edge styles with a legend, whole dangling labels."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from workbench.ui.graph_view import BROKEN, EDGE_STYLES, wrap


def test_edge_types_are_told_apart():
    styles = list(EDGE_STYLES.values()) + [(BROKEN, Qt.PenStyle.SolidLine)]
    assert len({colour for colour, _ in styles}) == len(styles)       # no two reds
    assert len(set(styles)) == len(styles)


def test_dangling_labels_are_wrapped_never_cut():
    one = wrap("Article 15 of the Council of Europe AI Convention, not in this draft", 28)
    two = wrap("Article 16 of the Council of Europe AI Convention, not in this draft", 28)
    assert one != two and "…" not in one
    assert one.replace("\n", " ") == "Article 15 of the Council of Europe AI Convention, not in this draft"


def test_full_window_and_zoom_for_graph_and_comparison(coe_window, qtbot):
    window = coe_window
    for panel, zoomed in ((window.graph_panel, lambda: window.graph_panel.view.transform().m11()),
                          (window.compare_view, lambda: window.compare_view.left.font().pointSizeF())):
        dock = panel.parentWidget()
        dock.show()
        dock.raise_()
        before = zoomed()
        panel.view_actions["in"].trigger()
        assert zoomed() > before
        panel.view_actions["out"].trigger()
        panel.view_actions["out"].trigger()
        assert zoomed() < before
        panel.view_actions["reset"].trigger()
        panel.full_button.click()
        assert panel.full_window is not None and panel.window() is panel.full_window
        assert dock.widget() is not panel
        qtbot.keyClick(panel.full_window, Qt.Key.Key_Escape)
        qtbot.wait(10)
        assert panel.full_window is None and dock.widget() is panel
    view = window.graph_panel.view
    scale = view.transform().m11()
    wheel = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.transform().m11() > scale

"""The dependency graph as a picture: articles as nodes (coloured by chapter or by verdict), edges by
type, broken dependencies in red; clicking an article selects it in the draft."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QComboBox, QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem,
                               QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView,
                               QHBoxLayout, QLabel, QVBoxLayout, QWidget)

from ..core.model import Draft
from ..core.numbering import chinese_numeral
from ..core.references import Resolver

CHAPTER_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f",
                   "#bab0ac", "#e15759"]
STATUS_COLOURS = {"met": "#59a14f", "partial": "#edc948", "missing": "#f28e2b", "broken": "#d62728", None: "#bab0ac"}
EDGE_STYLES = {"refers-to": ("#4e79a7", Qt.PenStyle.SolidLine), "depends-on": ("#59a14f", Qt.PenStyle.DashLine),
               "conflicts-with": ("#f28e2b", Qt.PenStyle.DashDotLine),     # broken dependencies are red
               "alternative-to": ("#b07aa1", Qt.PenStyle.DotLine)}
BROKEN = "#d62728"
RADIUS = 15
COLUMN = 170
ROW = 44
# Above this many lines between articles, "depends on" lines are left out (counted in the panel).
MAX_EDGES = 1500


def wrap(text: str, width: int) -> str:
    """``text`` on lines of about ``width`` characters (at spaces; Chinese anywhere), never cut short."""
    if len(text) <= width:
        return text
    lines, line = [], ""
    for word in text.split(" ") if " " in text else [text[i:i + width] for i in range(0, len(text), width)]:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line and " " in text else line + word
    lines.append(line)
    return "\n".join(lines)


class ArticleItem(QGraphicsEllipseItem):
    """One article: a disc with its number; clicking it selects the article."""

    def __init__(self, view: "GraphView", article_id: str, number, title: str, colour: str, broken: bool):
        super().__init__(-RADIUS, -RADIUS, 2 * RADIUS, 2 * RADIUS)
        self.view, self.article_id = view, article_id
        self.setBrush(QBrush(QColor(colour)))
        self.setPen(QPen(QColor(BROKEN if broken else "#333333"), 3 if broken else 1))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{number}. {title}")
        self.setZValue(2)
        label = QGraphicsSimpleTextItem(str(number if number is not None else "?"), self)
        font = QFont()
        font.setPointSize(8)
        font.setBold(True)
        label.setFont(font)
        box = label.boundingRect()
        label.setPos(-box.width() / 2, -box.height() / 2)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        super().mousePressEvent(event)
        self.view.article_activated.emit(self.article_id)


def _shape(graph) -> tuple | None:
    """Everything the drawing shows of ``graph`` except the verdict colours (None: no graph)."""
    if graph is None:
        return None
    nodes = tuple(sorted((str(n), str(d.get("number")), d.get("title", ""), str(d.get("chapter_number")),
                          d.get("chapter_title") or "", d.get("kind", "")) for n, d in graph.nodes(data=True)))
    edges = frozenset((u, v, tuple(d.get("types", [d.get("type")])), bool(d.get("broken")))
                      for u, v, d in graph.edges(data=True))
    return nodes, edges


class GraphView(QGraphicsView):
    """The clause dependency graph of the current draft."""

    article_activated = Signal(str)
    drawn = Signal()                  # the scene was drawn again

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.mode = "chapter"
        self.graph = None
        self.status: dict[str, str] = {}
        self.items: dict[str, ArticleItem] = {}
        self.broken_items: list[QGraphicsItem] = []
        self.lang = "en"                  # "zh": Chinese titles, function and term names
        self.vocabulary = None            # the library's vocabulary (zh names of functions and terms)
        self.draft_of = None              # callable giving the draft shown (absent targets named)
        self.title_zh_of = None           # callable: an element's Chinese title in the draft shown
        self.clause_labels: dict[str, str] = {}
        self.hidden_edges = 0             # "depends on" lines not drawn (too many)
        self._stale = False
        self._drawn_shape = None          # what the scene shows, apart from the colours
        self._report = None               # a report whose colours are worked out when next drawn

    def set_graph(self, graph, status: dict[str, str] | None = None) -> None:
        """Show ``graph`` (from ``checker.graph.build_graph``); ``status`` colours by verdict.

        After an edit that changed no article's place, title or dependencies (typing in a
        paragraph, mostly), the drawing is kept and only the verdict colours are updated."""
        self._report = None
        self.graph = graph
        self.status = status or {}
        shape = _shape(graph)
        if shape is not None and shape == self._drawn_shape and self.items and not self._stale:
            if self.mode == "verdict":
                for node, item in self.items.items():
                    item.setBrush(QBrush(QColor(STATUS_COLOURS.get(self.status.get(node), STATUS_COLOURS[None]))))
            return
        self.redraw(shape)

    def on_screen(self) -> bool:
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def hold(self, report, graph) -> None:
        """Keep ``graph`` (and ``report`` for the colours) to draw when the view is next shown:
        comparing and colouring a 10,000-article graph takes a second, for a view nobody sees."""
        self.graph, self._report, self._stale = graph, report, True

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in ("chapter", "verdict") else "chapter"
        self.redraw()

    def redraw(self, shape: tuple | None = None) -> None:
        """Draw the graph now if the view is shown, else when it is next shown (a 2,000-article
        graph takes a second to lay out; the check panel's dock usually covers this one)."""
        if not self.isVisible() or self.visibleRegion().isEmpty():   # hidden, or a tab behind another
            self._stale = True
            return
        self._stale = False
        from ..pipes import loaded
        self.graph = loaded(self.graph)      # a graph from the checking process: unpickled now
        if self._report is not None:
            from ..checker.graph import article_status
            report, self._report = self._report, None
            self.status = article_status(report, self.graph) if self.graph is not None else {}
        self._drawn_shape = shape if shape is not None else _shape(self.graph)
        scene = self.scene()
        scene.clear()
        self.items, self.broken_items = {}, []
        self.hidden_edges = 0
        graph = self.graph
        if graph is None:
            return
        articles = [n for n, d in graph.nodes(data=True) if d.get("kind") == "article"]
        articles.sort(key=lambda n: graph.nodes[n].get("number") or 0)
        columns: dict = {}
        for node in articles:
            columns.setdefault(graph.nodes[node].get("chapter_number") or 0, []).append(node)
        positions: dict[str, QPointF] = {}
        for col, key in enumerate(sorted(columns)):
            first = graph.nodes[columns[key][0]]
            title = self._title(first.get("chapter_id"), first.get("chapter_title") or "")
            head = QGraphicsSimpleTextItem(self._chapter_label(key, title))
            head.setPos(col * COLUMN - RADIUS, -RADIUS - 8 - head.boundingRect().height())   # wrapped: above
            scene.addItem(head)
            for row, node in enumerate(columns[key]):
                positions[node] = QPointF(col * COLUMN, row * ROW)
        broken_nodes = {u for u, _v, d in graph.edges(data=True) if d.get("broken")}
        drawn = []
        for u, v, data in graph.edges(data=True):
            kinds = data.get("types", [data.get("type")])
            if u in positions and v in positions:
                kind = next((k for k in ("conflicts-with", "alternative-to", "refers-to", "depends-on") if k in kinds), None)
                if kind is not None:
                    drawn.append((u, v, kind))
        if len(drawn) > MAX_EDGES:          # thousands of lines cannot be read: keep the specific ones
            kept = [e for e in drawn if e[2] != "depends-on"][:MAX_EDGES]
            self.hidden_edges = len(drawn) - len(kept)
            drawn = kept
        for u, v, kind in drawn:
            self._edge(positions[u], positions[v], *EDGE_STYLES[kind], kind)
        stacked: dict[str, float] = {}          # height of the labels already beside each article
        for u, v, data in graph.edges(data=True):
            if data.get("broken") and u in positions:
                name = self.need_label(v)
                label = wrap(name, 28)                 # whole, on lines: two missing provisions never read alike
                origin = positions[u]
                point = QPointF(origin.x() + RADIUS + 26, origin.y() - 8 + stacked.get(u, 0))
                text = QGraphicsSimpleTextItem("⚠ " + label)
                font = QFont()
                font.setPointSize(7)
                text.setFont(font)
                text.setBrush(QBrush(QColor(BROKEN)))
                box = QGraphicsRectItem(text.boundingRect().adjusted(-3, -1, 3, 1))
                box.setPen(QPen(QColor(BROKEN), 1))
                box.setBrush(QBrush(QColor("#fde0dc")))
                box.setPos(point)
                box.setZValue(3)
                box.setToolTip(self.tr("Broken dependency: {0}").format(name))
                stacked[u] = stacked.get(u, 0) + box.boundingRect().height() + 3
                text.setParentItem(box)
                scene.addItem(box)
                line = scene.addLine(origin.x() + RADIUS, origin.y(), point.x() - 3, point.y() + 6,
                                     QPen(QColor(BROKEN), 2))
                line.setZValue(3)
                self.broken_items.append(box)
        for node in articles:
            data = graph.nodes[node]
            if self.mode == "verdict":
                colour = STATUS_COLOURS.get(self.status.get(node), STATUS_COLOURS[None])
            else:
                colour = CHAPTER_COLOURS[(data.get("chapter_number") or 0) % len(CHAPTER_COLOURS)]
            item = ArticleItem(self, node, data.get("number"), self._title(node, data.get("title", "")), colour,
                               node in broken_nodes)
            item.setPos(positions[node])
            scene.addItem(item)
            self.items[node] = item
        self._legend(scene)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))
        self.fit()
        self.drawn.emit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self, self.redraw)

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._stale:                    # a tab brought to the front: no show event, a paint
            QTimer.singleShot(0, self, self.redraw)
        super().paintEvent(event)

    def fit(self) -> None:
        """Show the whole graph, never enlarged beyond its natural size."""
        self.resetTransform()
        rect = self.scene().sceneRect()
        if rect.width() > self.viewport().width() or rect.height() > self.viewport().height():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() < 0.45:
                self.resetTransform()
                self.scale(0.45, 0.45)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.graph is not None:
            self.fit()

    def _chapter_label(self, number, title: str) -> str:
        if not number:
            return self.tr("No chapter")
        short = wrap(title, 22)
        shown = chinese_numeral(number) if self.lang == "zh" and isinstance(number, int) else number
        return self.tr("Ch. {0}").format(shown) + (f"\n{short}" if short else "")

    def _title(self, node_id, title: str) -> str:
        """An article's or chapter's title in the UI language (Chinese when the draft has one)."""
        if self.lang != "zh" or not node_id or not callable(self.title_zh_of):
            return title
        return self.title_zh_of(node_id) or title

    def need_label(self, node_id: str) -> str:
        """What a broken dependency lacks, named in the UI language: a function (its vocabulary
        name), a defined term, or a provision absent from the draft."""
        data = self.graph.nodes[node_id] if self.graph is not None and node_id in self.graph else {}
        kind, zh = data.get("kind"), self.lang == "zh"
        if kind == "function":
            function = data.get("function", "")
            if self.vocabulary is not None:
                return self.vocabulary.function_label(function, self.lang)
            return function.replace("-", " ")
        if kind == "term":
            term = str(data.get("term", ""))
            entry = self._term_entry(term) if zh else None
            return (entry.get("zh") or term) if entry else term
        if kind == "missing" and data.get("target"):
            draft = self.draft_of() if callable(self.draft_of) else None
            resolver = Resolver(draft if draft is not None else Draft(title=""), clause_labels=self.clause_labels)
            return resolver.absent_label(data["target"], self.lang)
        return str(data.get("label") or node_id)

    def _term_entry(self, term: str) -> dict | None:
        terms = getattr(self.vocabulary, "terms", None) or {}
        wanted = term.lower()
        for key, entry in terms.items():
            names = [key, entry.get("en", "")] + list(entry.get("aliases", []))
            if any(str(name).lower() == wanted for name in names):
                return entry
        return None

    def _edge(self, start: QPointF, end: QPointF, colour: str, style, kind: str, width: float = 1.4):
        path = QPainterPath(start)
        if abs(start.x() - end.x()) < 1:
            bend = QPointF(start.x() + 40 + abs(start.y() - end.y()) / 6, (start.y() + end.y()) / 2)
            path.quadTo(bend, end)
        else:
            middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2 - 25)
            path.quadTo(middle, end)
        item = QGraphicsPathItem(path)
        pen = QPen(QColor(colour), width)
        pen.setStyle(style)
        item.setPen(pen)
        item.setZValue(1 if kind != "broken" else 1.5)
        item.setToolTip(self.edge_name(kind))
        item.setData(0, kind)
        self.scene().addItem(item)
        # arrow head at the end
        angle = math.atan2(end.y() - path.pointAtPercent(0.9).y(), end.x() - path.pointAtPercent(0.9).x())
        tip = end - QPointF(math.cos(angle) * RADIUS, math.sin(angle) * RADIUS) if kind != "broken" else end
        head = QPolygonF([tip, tip - QPointF(math.cos(angle - 0.4) * 9, math.sin(angle - 0.4) * 9),
                          tip - QPointF(math.cos(angle + 0.4) * 9, math.sin(angle + 0.4) * 9)])
        arrow = self.scene().addPolygon(head, QPen(QColor(colour)), QBrush(QColor(colour)))
        arrow.setZValue(item.zValue())
        return item

    def _legend(self, scene: QGraphicsScene) -> None:
        bounds = scene.itemsBoundingRect()
        y = bounds.bottom() + 20
        entries = [(self.edge_name(kind), *EDGE_STYLES[kind]) for kind in EDGE_STYLES]
        entries.append((self.edge_name("broken"), BROKEN, Qt.PenStyle.SolidLine))
        x = bounds.left()
        for text, colour, style in entries:
            pen = QPen(QColor(colour), 2)
            pen.setStyle(style)
            scene.addLine(x, y, x + 26, y, pen)
            label = QGraphicsSimpleTextItem(text)
            label.setPos(x + 30, y - 8)
            scene.addItem(label)
            x += 40 + label.boundingRect().width() + 12
        if self.mode == "verdict":
            y += 22
            x = bounds.left()
            for key, text in (("met", self.tr("strength")), ("partial", self.tr("weakness (partial)")),
                              ("missing", self.tr("weakness (missing)")), ("broken", self.tr("broken"))):
                scene.addEllipse(x, y - 6, 12, 12, QPen(QColor("#333333")), QBrush(QColor(STATUS_COLOURS[key])))
                label = QGraphicsSimpleTextItem(text)
                label.setPos(x + 16, y - 8)
                scene.addItem(label)
                x += 30 + label.boundingRect().width() + 12

    def edge_name(self, kind: str) -> str:
        return {"refers-to": self.tr("refers to"), "depends-on": self.tr("depends on"),
                "conflicts-with": self.tr("conflicts with"), "alternative-to": self.tr("alternative to"),
                "broken": self.tr("broken dependency")}.get(kind, kind)

    def select(self, article_id: str | None) -> None:
        for node, item in self.items.items():
            item.setSelected(node == article_id)
        if article_id in self.items:
            self.centerOn(self.items[article_id])

    def wheelEvent(self, event) -> None:  # noqa: N802
        """Ctrl+wheel zooms; the wheel alone scrolls (and dragging pans)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.1 <= scale <= 6:
            self.scale(factor, factor)


class GraphPanel(QWidget):
    """The graph view with its colouring choice."""

    article_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language_of = None          # callable giving "en"/"zh" (the window's language)
        self.view = GraphView(self)
        self.view.article_activated.connect(self.article_activated)
        self.view.drawn.connect(self._show_note)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.label = QLabel(self)
        self.colour = QComboBox(self)
        self.colour.addItem("", "chapter")
        self.colour.addItem("", "verdict")
        self.colour.currentIndexChanged.connect(lambda _i: self.view.set_mode(self.colour.currentData()))
        bar = QHBoxLayout()
        bar.addWidget(self.label)
        bar.addWidget(self.colour)
        bar.addStretch(1)
        from .view_tools import add_view_tools
        self.full_button = add_view_tools(self, lambda: self.view.zoom(1.25), lambda: self.view.zoom(0.8),
                                          self.view.fit)
        bar.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self.retranslate()

    def _show_note(self) -> None:
        hidden = self.view.hidden_edges
        self.note.setVisible(bool(hidden))
        if hidden:
            self.note.setText(self.tr("{0} “depends on” lines are not drawn: too many to read. "
                                      "References, conflicts and broken dependencies are all shown.").format(hidden))

    def show_report(self, report, graph) -> None:
        if not self.view.on_screen():
            self.view.hold(report, graph)
            return
        from ..checker.graph import article_status
        from ..pipes import loaded
        graph = loaded(graph)
        self.view.set_graph(graph, article_status(report, graph) if report is not None else {})

    def set_language(self, lang: str) -> None:
        self.view.lang = "zh" if lang.startswith("zh") else "en"
        self.view.redraw()

    def retranslate(self) -> None:
        if callable(self.language_of):
            self.view.lang = "zh" if str(self.language_of()).startswith("zh") else "en"
        self.label.setText(self.tr("Colour articles by:"))
        self.colour.setItemText(0, self.tr("chapter"))
        self.colour.setItemText(1, self.tr("verdict"))
        self._show_note()
        dock = self.parentWidget()
        if dock is not None and dock.objectName() == "graphDock":
            dock.setWindowTitle(self.tr("Dependency graph"))
        self.view.redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

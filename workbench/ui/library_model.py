"""Qt tree model of library search results, grouped by source and chapter (clause details load lazily)."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (QAbstractItemModel, QByteArray, QCoreApplication, QMimeData, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QFont

from ..core.library import Clause, Source
from ..storage.search import SearchHit
from . import icons

#: MIME type of a drag from the library: clause ids, one a line (UTF-8).
CLAUSE_MIME = "application/x-treaty-workbench-clauses"

ClauseIdRole = Qt.ItemDataRole.UserRole + 1
VerificationRole = Qt.ItemDataRole.UserRole + 2
SourceIdRole = Qt.ItemDataRole.UserRole + 3
KindRole = Qt.ItemDataRole.UserRole + 4  # "source", "chapter" or "clause"


_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CLAUSE_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren


@dataclass
class _Item:
    kind: str                      # "source" | "chapter" | "clause"
    key: str                       # source id, chapter title or clause id
    parent: int                    # index of the parent item, -1 for top level
    row: int
    children: list[int] = field(default_factory=list)
    hit: SearchHit | None = None
    count: int = 0


def _snippet(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1] + "…"


def clause_label(hit: SearchHit, clause: Clause | None = None, lang: str = "en") -> str:
    """'23  Conference of the Parties'; untitled provisions show the start of their text."""
    number, title = hit.number.strip(), hit.title.strip()
    if clause is not None:
        if clause.kind == "preamble":
            return QCoreApplication.translate("LibraryModel", "Preamble")
        if lang == "zh" and clause.title_zh:
            title = clause.title_zh
        if not title:
            en, zh = clause.text(with_labels=False), clause.text_zh()
            title = _snippet((zh or en) if lang == "zh" else (en or zh))
    if number and title:
        return f"{number}  {title}"
    return number or title or hit.clause_id.split("/", 1)[-1]


class LibraryModel(QAbstractItemModel):
    """Search hits as a tree: source → chapter (when the source has chapters) → clause."""

    listing_grown = Signal()      # after fetchMore: more rows, or the end of the listing reached

    def __init__(self, sources: dict[str, Source], lookup=None, parent=None):
        super().__init__(parent)
        self.sources = sources
        self.lookup = lookup          # clause id -> Clause, for rows whose hit has no title
        self.lang = "en"
        self._items: list[_Item] = []
        self._top: list[int] = []
        self._by_clause: dict[str, int] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self._groups: dict[tuple[str, str, int], int] = {}
        self._more = None
        self._fetching = False
        self.hits: list[SearchHit] = []

    # ----- filling ---------------------------------------------------------------------------
    def set_hits(self, hits: list[SearchHit], more=None) -> None:
        """Show ``hits`` (best first); groups appear in the order of their best hit.

        ``more(count)``, when given, continues the list: it returns the next hits after the
        first ``count`` and whether the list ends with them. Views ask for them through
        ``fetchMore`` when the drafter scrolls to the end, so that a long listing does not have
        to be read before it shows; ``listing_grown`` follows every such step.
        """
        self.beginResetModel()
        self.hits = []
        self._items, self._top, self._by_clause, self._groups = [], [], {}, {}
        self._more = None                # no rows inserted while the reset is being announced
        self._add(hits, {})
        self.endResetModel()
        self._more = more

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        # not while rows are being inserted: a view may ask again from its signal handlers
        return self._more is not None and not self._fetching and not parent.isValid()

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        """Append the next hits of the listing (rows signalled as inserted, groups recounted)."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        try:
            self._fetch_more()
        finally:
            self._fetching = False
        self.listing_grown.emit()

    def _fetch_more(self) -> None:
        hits, complete = self._more(len(self.hits))
        if complete:
            self._more = None
        hits = [h for h in hits if h.clause_id not in self._by_clause]
        if not hits:
            self._more = None
            return
        pending: dict[int, list[int]] = {}
        grown = self._add(hits, pending)
        for parent_id, children in pending.items():
            siblings = self._top if parent_id < 0 else self._items[parent_id].children
            parent_index = QModelIndex() if parent_id < 0 else \
                self.createIndex(self._items[parent_id].row, 0, parent_id)
            self.beginInsertRows(parent_index, len(siblings), len(siblings) + len(children) - 1)
            siblings.extend(children)
            self.endInsertRows()
        for gid in sorted(grown):                    # their "(count)" changed
            index = self.createIndex(self._items[gid].row, 0, gid)
            self.dataChanged.emit(index, index)

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def _add(self, hits: list[SearchHit], pending: dict[int, list[int]]) -> set[int]:
        """Add ``hits`` to the tree. A row under a group already shown is queued in ``pending``
        (parent id, -1 for the top level -> new child ids) for its insertion signal; rows under
        new groups, and every row when nothing is shown yet (``set_hits``), are linked at once.
        Returns the groups already shown whose count grew."""
        items, groups, shown = self._items, self._groups, len(self._items)
        grown: set[int] = set()

        def attach(parent: int, child: int) -> None:
            if not shown or parent >= shown:       # nothing shown yet, or a new group
                siblings = self._top if parent < 0 else items[parent].children
                items[child].row = len(siblings)
                siblings.append(child)
            else:
                queue = pending.setdefault(parent, [])
                siblings = self._top if parent < 0 else items[parent].children
                items[child].row = len(siblings) + len(queue)
                queue.append(child)

        def group(kind: str, key: str, parent: int) -> int:
            gid = groups.get((kind, key, parent))
            if gid is None:
                gid = groups[(kind, key, parent)] = len(items)
                items.append(_Item(kind, key, parent, 0))
                attach(parent, gid)
            return gid

        for hit in hits:
            source = group("source", hit.source, -1)
            parent = group("chapter", hit.chapter, source) if hit.chapter else source
            index = len(items)
            items.append(_Item("clause", hit.clause_id, parent, 0, hit=hit))
            attach(parent, index)
            self._by_clause[hit.clause_id] = index
            for gid in {source, parent}:
                items[gid].count += 1
                if gid < shown:
                    grown.add(gid)
        self.hits.extend(hits)
        return grown

    def set_language(self, lang: str) -> None:
        """Source names and titles follow the UI language: repaint every row."""
        self.lang = lang

        def emit(parent: QModelIndex, count: int) -> None:
            if count:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 0, parent))
                for row in range(count):
                    index = self.index(row, 0, parent)
                    emit(index, self.rowCount(index))

        emit(QModelIndex(), len(self._top))

    def label(self, hit: SearchHit) -> str:
        """The row text of a clause (cached: untitled clauses need their text to be read)."""
        key = (hit.clause_id, self.lang)
        text = self._labels.get(key)
        if text is None:
            needs_clause = self.lookup is not None and (not hit.title or self.lang == "zh" or not hit.number)
            text = clause_label(hit, self.lookup(hit.clause_id) if needs_clause else None, self.lang)
            self._labels[key] = text
        return text

    def warm_labels(self, count: int = 12) -> bool:
        """Prepare the labels of a few more clauses (called when idle); False when all are ready."""
        done = 0
        for hit in self.hits:
            if (hit.clause_id, self.lang) not in self._labels:
                self.label(hit)
                done += 1
                if done >= count:
                    return True
        return False

    def forget_label(self, clause_id: str) -> None:
        for key in [k for k in self._labels if k[0] == clause_id]:
            del self._labels[key]

    def index_of_clause(self, clause_id: str, fetch: bool = False) -> QModelIndex:
        """The row of ``clause_id``; with ``fetch``, the listing is read further until it is found."""
        while fetch and clause_id not in self._by_clause and self.canFetchMore():
            self.fetchMore()
        item_id = self._by_clause.get(clause_id)
        if item_id is None:
            return QModelIndex()
        return self.createIndex(self._items[item_id].row, 0, item_id)

    def first_clause_index(self) -> QModelIndex:
        return self.index_of_clause(self.hits[0].clause_id) if self.hits else QModelIndex()

    def refresh_clause(self, clause_id: str, verification: str) -> None:
        """A clause's status changed (e.g. verified): update its row without a reset."""
        self.forget_label(clause_id)
        index = self.index_of_clause(clause_id)
        if index.isValid():
            self._items[index.internalId()].hit.verification = verification
            self.dataChanged.emit(index, index)

    # ----- the model interface ---------------------------------------------------------------
    def _item(self, index: QModelIndex | QPersistentModelIndex) -> _Item | None:
        return self._items[index.internalId()] if index.isValid() else None

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        siblings = self._items[parent.internalId()].children if parent.isValid() else self._top
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._items[index.internalId()].parent
        if parent_id < 0:
            return QModelIndex()
        return self.createIndex(self._items[parent_id].row, 0, parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.column() > 0:
            return 0
        if not parent.isValid():
            return len(self._top)
        return len(self._items[parent.internalId()].children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CLAUSE_FLAGS if self._items[index.internalId()].kind == "clause" else _GROUP_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self._item(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if item.kind == "source":
                source = self.sources.get(item.key)
                name = source.label(self.lang) if source else item.key
                return f"{name}  ({item.count})"
            if item.kind == "chapter":
                return f"{item.key}  ({item.count})"
            return self.label(item.hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.kind == "source":
                source = self.sources.get(item.key)
                return source.title if source else item.key
            if item.kind == "clause":
                status = {"transcription": self.tr("UNVERIFIED transcription"),
                          "reproduction": self.tr("Reproduction of the official text"),
                          "model": self.tr("Model clause drafted by the workbench"),
                          "official": self.tr("Official text")}.get(item.hit.verification, "")
                snippet = item.hit.snippet.strip()
                return "\n".join(part for part in (item.hit.clause_id, status, snippet) if part)
            return item.key
        if role == Qt.ItemDataRole.DecorationRole and item.kind == "clause":
            if item.hit.verification == "transcription":
                return icons.unverified()
            source = self.sources.get(item.hit.source)
            if source is not None and source.is_model:
                return icons.model_clause()
            return None
        if role == Qt.ItemDataRole.ForegroundRole and item.kind == "clause" \
                and item.hit.verification == "transcription":
            return QBrush(QColor("#a4262c"))
        if role == Qt.ItemDataRole.FontRole and item.kind == "source":
            font = QFont()
            font.setBold(True)
            return font
        if role == ClauseIdRole:
            return item.key if item.kind == "clause" else None
        if role == VerificationRole:
            return item.hit.verification if item.hit else None
        if role == SourceIdRole:
            return item.hit.source if item.hit else (item.key if item.kind == "source" else None)
        if role == KindRole:
            return item.kind
        return None

    # ----- drag ------------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CLAUSE_MIME, "text/plain"]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids: list[str] = []
        for index in sorted(indexes, key=lambda i: i.internalId()):
            item = self._item(index)
            if item is not None and item.kind == "clause" and item.key not in ids:
                ids.append(item.key)
        data = QMimeData()
        data.setData(CLAUSE_MIME, QByteArray("\n".join(ids).encode("utf-8")))
        data.setText("\n".join(ids))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction


def clause_ids_from_mime(data: QMimeData) -> list[str]:
    if not data.hasFormat(CLAUSE_MIME):
        return []
    raw = bytes(data.data(CLAUSE_MIME).data()).decode("utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip()]

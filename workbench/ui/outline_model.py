"""Qt tree model of a draft's outline: preamble, recitals, chapters and articles with current numbers.

The model keeps its own copy of the visible structure (child ids per parent) and, after each
edit, brings it in line with the draft using row signals (insert, remove, move) computed from
the edit's ``Change``, so selections and expanded branches survive. It never edits the draft:
``setData`` and drops push edits through the session (the one undoable path).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..core.edits import Change, SetFields
from ..core.labels import labelled
from ..core.model import Draft, DraftError, Node, NodeKind
from ..core.numbering import Numbering, chinese_numeral
from . import icons
from .errors import message_of
from .i18n import current_lang, zh_font
from .library_model import CLAUSE_MIME, clause_ids_from_mime
from .outline_ops import add_clauses_at, move_nodes, target_for, visible_children

NODE_MIME = "application/x-treaty-workbench-nodes"
NodeIdRole = Qt.ItemDataRole.UserRole + 1
NodeKindRole = Qt.ItemDataRole.UserRole + 2
EN_COLUMN, ZH_COLUMN = 0, 1
_SNIPPET = 70


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1] + "…"


def _flags(kind: NodeKind) -> Qt.ItemFlag:
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
    if kind in (NodeKind.CHAPTER, NodeKind.ARTICLE, NodeKind.RECITAL):
        flags |= Qt.ItemFlag.ItemIsDragEnabled
    if kind in (NodeKind.CHAPTER, NodeKind.ARTICLE, NodeKind.PREAMBLE):
        flags |= Qt.ItemFlag.ItemIsEditable
    if kind in (NodeKind.CHAPTER, NodeKind.ARTICLE, NodeKind.PREAMBLE, NodeKind.ANNEX):
        flags |= Qt.ItemFlag.ItemIsEditable
    if kind in (NodeKind.ARTICLE, NodeKind.RECITAL, NodeKind.ANNEX, NodeKind.CLOSING):
        flags |= Qt.ItemFlag.ItemNeverHasChildren
    return flags


#: Item flags by node kind, made once (Qt's flags are Python enums: combining them is slow, and
#: the view asks for an item's flags on every paint and selection).
_FLAGS = {kind: _flags(kind) for kind in NodeKind}

_STATUS_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)


class OutlineModel(QAbstractItemModel):
    """The outline of one draft; column 0 English headings, column 1 Chinese headings."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.draft: Draft | None = None
        self._children: dict[str | None, list[str]] = {None: []}
        self._parent: dict[str, str | None] = {}
        self._keys: dict[str, int] = {}
        self._ids: list[str] = []
        self._key_flags: list[Qt.ItemFlag] = []   # by key: the flags of the element's kind
        self._nodes: dict[str, tuple[Node, Node | None]] = {}
        self._rows: dict[str, int] = {}
        self.numbering: Numbering | None = None
        session.draft_changed.connect(self.apply_change)
        session.clause_changed.connect(lambda _cid: self.refresh_all())

    # ----- the shadow structure ----------------------------------------------------------------
    def set_draft(self, draft: Draft | None) -> None:
        self.beginResetModel()
        self.draft = draft
        self._children, self._parent = {None: []}, {}
        self._rows.clear()
        self._refresh()
        if draft is not None:
            self._children[None] = [n.id for n in draft.children]
            for node in draft.children:
                self._parent[node.id] = None
                self._build(node.id)
        self.endResetModel()

    def _refresh(self) -> None:
        self._nodes = self.session.index(self.draft) if self.draft is not None else {}
        self.numbering = self.session.numbering(self.draft) if self.draft is not None else None

    def _build(self, node_id: str) -> None:
        kids = [n.id for n in visible_children(self.draft, self._nodes[node_id][0])]
        self._children[node_id] = kids
        for kid in kids:
            self._parent[kid] = node_id
            self._build(kid)

    def _forget(self, node_id: str) -> None:
        for kid in self._children.pop(node_id, []):
            self._forget(kid)
        self._parent.pop(node_id, None)

    def _key(self, node_id: str) -> int:
        key = self._keys.get(node_id)
        if key is None:
            key = self._keys[node_id] = len(self._ids)
            self._ids.append(node_id)
            entry = self._nodes.get(node_id)     # an element's kind never changes
            self._key_flags.append(_FLAGS[entry[0].kind] if entry else Qt.ItemFlag.ItemIsDropEnabled)
        return key

    def index_of(self, node_id: str | None, column: int = 0) -> QModelIndex:
        if node_id is None or node_id not in self._parent:
            return QModelIndex()
        row = self._rows.get(node_id)
        if row is None:                     # rows of one parent, cached until the next change
            for i, sibling in enumerate(self._children[self._parent[node_id]]):
                self._rows[sibling] = i
            row = self._rows[node_id]
        return self.createIndex(row, column, self._key(node_id))

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        if not index.isValid():
            return None
        entry = self._nodes.get(self._ids[index.internalId()])
        return entry[0] if entry else None

    # ----- following the draft's changes ------------------------------------------------------
    def apply_change(self, draft: Draft, change: Change) -> None:
        if draft is not self.draft:
            return
        if not change.words_only:            # typing changes no element and no number
            self._refresh()
        structural = bool(change.reordered or change.removed)
        if structural:
            parents = [p for p in change.reordered if p is None or (p in self._nodes and p in self._children)]
            parents.sort(key=self._depth)
            for parent_id in parents:
                self._sync(parent_id)
            for parent_id in parents:
                self._trim(parent_id)
            self.refresh_all(refreshed=True)
        else:
            for node_id in change.upserted:
                if node_id in self._parent:
                    self.dataChanged.emit(self.index_of(node_id, EN_COLUMN), self.index_of(node_id, ZH_COLUMN))

    def _depth(self, node_id: str | None) -> int:
        depth = 0
        while node_id is not None:
            depth += 1
            node_id = self._nodes[node_id][1].id if self._nodes[node_id][1] else None
        return depth

    def _wanted(self, parent_id: str | None) -> list[str]:
        node = self._nodes[parent_id][0] if parent_id is not None else None
        return [n.id for n in visible_children(self.draft, node)]

    def _sync(self, parent_id: str | None) -> None:
        if parent_id not in self._children:
            return
        wanted = self._wanted(parent_id)
        current = self._children[parent_id]
        parent_index = self.index_of(parent_id)
        for row in reversed(range(len(current))):
            if current[row] not in self._nodes:
                self.beginRemoveRows(parent_index, row, row)
                self._forget(current.pop(row))
                self._rows.clear()
                self.endRemoveRows()
        for row, node_id in enumerate(wanted):
            if row < len(current) and current[row] == node_id:
                continue
            if node_id in current:
                old = current.index(node_id)
                self.beginMoveRows(parent_index, old, old, parent_index, row)
                current.insert(row, current.pop(old))
                self._rows.clear()
                self.endMoveRows()
            elif node_id in self._parent:
                source = self._parent[node_id]
                siblings = self._children[source]
                old = siblings.index(node_id)
                self.beginMoveRows(self.index_of(source), old, old, parent_index, row)
                siblings.pop(old)
                current.insert(row, node_id)
                self._rows.clear()
                self._parent[node_id] = parent_id
                self.endMoveRows()
            else:
                self.beginInsertRows(parent_index, row, row)
                current.insert(row, node_id)
                self._rows.clear()
                self._parent[node_id] = parent_id
                self._build(node_id)
                self.endInsertRows()

    def _trim(self, parent_id: str | None) -> None:
        """Rows left over after every parent was synced (should not happen; kept consistent)."""
        current = self._children.get(parent_id)
        if current is None:
            return
        wanted = len(self._wanted(parent_id))
        if len(current) > wanted:
            self.beginRemoveRows(self.index_of(parent_id), wanted, len(current) - 1)
            for node_id in current[wanted:]:
                self._forget(node_id)
            del current[wanted:]
            self._rows.clear()
            self.endRemoveRows()

    def refresh_all(self, refreshed: bool = False) -> None:
        """Numbers and statuses may have changed everywhere: repaint every row."""
        if not refreshed:
            self._refresh()

        children = self._children

        def emit(parent_id: str | None) -> None:
            kids = children.get(parent_id)
            if kids:
                parent = self.index_of(parent_id)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(kids) - 1, 1, parent))
                for kid in kids:
                    if children.get(kid):       # only parents: articles have no rows under them
                        emit(kid)

        emit(None)
        emit = None     # noqa: F841 - cuts the recursive closure's reference cycle

    # ----- the model interface -----------------------------------------------------------------
    # index() and flags() are called by the view for every row each time it lays the tree out
    # again (after any structural edit): 10,000 rows mean 30,000 calls, so they do the least.
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            kids = self._children.get(self._ids[parent.internalId()])
        else:
            kids = self._children.get(None)
        if kids is None or row < 0 or row >= len(kids) or column < 0 or column > 1:
            return QModelIndex()
        node_id = kids[row]
        key = self._keys.get(node_id)
        return self.createIndex(row, column, self._key(node_id) if key is None else key)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self._parent.get(self._ids[index.internalId()]))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._ids[parent.internalId()] if parent.isValid() else None, []))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("English") if section == EN_COLUMN else self.tr("Chinese")
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if index.isValid():
            return self._key_flags[index.internalId()]
        return Qt.ItemFlag.ItemIsDropEnabled

    def heading(self, node: Node, lang: str) -> str:
        """'Article 3 – Title' / '第三条 标题', 'Chapter II – …', 'Preamble', '2. Considering …'."""
        zh = lang == "zh"
        title = (node.title_zh if zh else node.title).strip()
        if node.kind is NodeKind.PREAMBLE:
            return title or (self.tr("Preamble") if not zh else "序言")
        if node.kind is NodeKind.CLOSING:
            return self.tr("Closing formula") if not zh else "结尾"
        if node.kind is NodeKind.RECITAL:
            holder = self._nodes[node.id][1]
            number = holder.children.index(node) + 1 if holder else 0
            text = node.text_zh if zh else node.text
            label = f"（{chinese_numeral(number)}）" if zh else f"({number})"
            return f"{label} {_snippet(text)}" if text else label
        return labelled(self.numbering.label(node, lang) if self.numbering else "", title, lang)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heading(node, "zh" if column == ZH_COLUMN else "en")
        if role == Qt.ItemDataRole.EditRole:
            return node.title_zh if column == ZH_COLUMN else node.title
        if role == NodeIdRole:
            return node.id
        if role == NodeKindRole:
            return node.kind.value
        if role == Qt.ItemDataRole.FontRole and column == ZH_COLUMN:
            return zh_font()
        if role not in _STATUS_ROLES:
            return None
        status = self._source_status(node)
        if role == Qt.ItemDataRole.DecorationRole and column == EN_COLUMN:
            if status == "transcription":
                return icons.unverified()
            if status == "model" and node.kind is NodeKind.ARTICLE:
                return icons.model_clause()
            return {NodeKind.PREAMBLE: icons.preamble, NodeKind.CHAPTER: icons.chapter,
                    NodeKind.ARTICLE: icons.article}.get(node.kind, lambda: None)()
        if role == Qt.ItemDataRole.ForegroundRole and status == "transcription":
            return QBrush(QColor("#a4262c"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if node.derived_from:
                lines.append(self.tr("From the library: {0}").format(node.derived_from))
            if status == "transcription":
                lines.append(self.tr("UNVERIFIED TRANSCRIPTION: the source text has not been checked against an "
                                     "official text"))
            elif status == "reproduction":
                lines.append(self.tr("Reproduction of the official text from a secondary copy"))
            elif status == "model":
                lines.append(self.tr("Model clause drafted by the workbench, not treaty text"))
            if node.kind is NodeKind.CHAPTER and node.attrs.get("topics"):
                lines.append(self.tr("Suggested topics: {0}").format(", ".join(node.attrs["topics"])))
            return "\n".join(lines) or None
        return None

    def _source_status(self, node: Node) -> str | None:
        return self.session.verification(node.derived_from) if node.derived_from else None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        field = "title_zh" if index.column() == ZH_COLUMN else "title"
        value = str(value).strip()
        if getattr(node, field) == value:
            return False
        edit = SetFields(node.id, {field: value}, label="Rename")
        return self.session.push_edit(self.draft, edit, self.tr("Rename {0}").format(
            self.heading(node, current_lang()))) is not None

    # ----- drag and drop -----------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [NODE_MIME, CLAUSE_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids: list[str] = []
        for index in indexes:
            node = self.node(index)
            if node is not None and node.id not in ids:
                ids.append(node.id)
        order = {node_id: i for i, node_id in enumerate(self._nodes)}
        ids.sort(key=lambda node_id: order.get(node_id, 0))
        data = QMimeData()
        data.setData(NODE_MIME, QByteArray("\n".join(ids).encode("utf-8")))
        return data

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def _node_ids(self, data: QMimeData) -> list[str]:
        if not data.hasFormat(NODE_MIME):
            return []
        raw = bytes(data.data(NODE_MIME).data()).decode("utf-8")
        return [line for line in raw.splitlines() if line in self._nodes]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                        parent: QModelIndex) -> bool:
        if self.draft is None:
            return False
        target = self.node(parent)
        if data.hasFormat(CLAUSE_MIME):
            return True
        ids = self._node_ids(data)
        if not ids:
            return False
        return target_for(self.draft, self._nodes[ids[0]][0].kind, target, row, self._nodes) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: QModelIndex) -> bool:
        if self.draft is None or action == Qt.DropAction.IgnoreAction:
            return False
        target = self.node(parent)
        try:
            if data.hasFormat(CLAUSE_MIME):
                clauses = [self.session.clause(cid) for cid in clause_ids_from_mime(data)]
                missing = [cid for cid, c in zip(clause_ids_from_mime(data), clauses) if c is None]
                if missing:
                    raise DraftError(self.tr("the library has no clause {0}").format(missing[0]))
                if not clauses:
                    return False
                edit = add_clauses_at(self.draft, clauses, target, row, self._nodes)
                text = self.tr("Add %n clause(s)", "", len(clauses))
            else:
                edit = move_nodes(self.draft, self._node_ids(data), target, row, self._nodes)
                if edit is None:
                    return False
                text = self.tr("Move")
        except DraftError as exc:
            self.session.failed.emit(message_of(exc))
            return False
        return self.session.push_edit(self.draft, edit, text) is not None

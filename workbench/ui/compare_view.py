"""Side-by-side comparison of two texts: synchronised scrolling, changes list, next/previous change."""
from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from . import folders
from ..core.compare import Comparison, compare
from .errors import message_of
from .i18n import ui_font, zh_font

ROW_ROLE = Qt.ItemDataRole.UserRole


def _format(color: str | None = None, background: str | None = None, strike: bool = False,
            underline: bool = False, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if color:
        fmt.setForeground(QColor(color))
    if background:
        fmt.setBackground(QColor(background))
    fmt.setFontStrikeOut(strike)
    fmt.setFontUnderline(underline)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class ComparePane(QTextBrowser):
    """One side; remembers where each row of the comparison starts (block numbers)."""

    resized = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.row_blocks: list[int] = []
        self._tops: list[float] | None = None

    def row_tops(self) -> list[float]:
        if self._tops is None:
            layout = self.document().documentLayout()
            doc = self.document()
            self._tops = [layout.blockBoundingRect(doc.findBlockByNumber(n)).top() for n in self.row_blocks]
        return self._tops

    def invalidate(self) -> None:
        self._tops = None

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.invalidate()
        super().resizeEvent(event)
        self.resized.emit()


class CompareView(QWidget):
    """Choose two texts (versions, drafts, files), compare them, walk through the changes."""

    compared = Signal(object)        # the Comparison shown

    def __init__(self, window=None, parent=None):
        super().__init__(parent)
        self.window_ = window
        self.result: Comparison | None = None
        self.workspace, self.current_draft_id = None, None
        self.lang = "en"
        self._syncing = False
        self.change_rows: list[int] = []
        self.current = -1
        self.old_box, self.new_box = QComboBox(self), QComboBox(self)
        self.lang_box = QComboBox(self)
        self.compare_button = QPushButton(self)
        self.prev_button, self.next_button = QPushButton(self), QPushButton(self)
        self.redline_button, self.table_button = QPushButton(self), QPushButton(self)
        self.old_label, self.new_label, self.summary = QLabel(self), QLabel(self), QLabel(self)
        self.summary.setWordWrap(True)
        self.changes = QListWidget(self)
        self.left, self.right = ComparePane(self), ComparePane(self)
        for pane in (self.left, self.right):
            pane.setFont(ui_font())
        top = QHBoxLayout()                 # what to compare …
        self.old_caption, self.new_caption, self.lang_caption = QLabel(self), QLabel(self), QLabel(self)
        for box in (self.old_box, self.new_box):   # long draft and version names must not widen the window
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
        for widget, stretch in ((self.old_caption, 0), (self.old_box, 1), (self.new_caption, 0), (self.new_box, 1),
                                (self.lang_caption, 0), (self.lang_box, 0), (self.compare_button, 0)):
            top.addWidget(widget, stretch)
        steps = QHBoxLayout()               # … and what to do with the result
        steps.addWidget(self.summary, 1)
        from .view_tools import add_view_tools
        self.full_button = add_view_tools(self, lambda: self.zoom(+1), lambda: self.zoom(-1), lambda: self.zoom(0))
        for widget in (self.prev_button, self.next_button, self.redline_button, self.table_button, self.full_button):
            steps.addWidget(widget)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for label, pane in ((self.old_label, self.left), (self.new_label, self.right)):
            holder = QWidget(sides)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(label)
            box.addWidget(pane)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.changes)
        outer.addWidget(sides)
        outer.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(steps)
        layout.addWidget(outer, 1)
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.prev_action = QAction(self)
        self.prev_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F8))
        for action, slot in ((self.next_action, self.next_change), (self.prev_action, self.previous_change)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)
        # clicked(bool) would arrive as the first argument (the file path of save_redline): never passed on
        self.next_button.clicked.connect(lambda: self.next_change())
        self.prev_button.clicked.connect(lambda: self.previous_change())
        self.compare_button.clicked.connect(lambda: self.compare_chosen())
        self.redline_button.clicked.connect(lambda: self.save_redline())
        self.table_button.clicked.connect(lambda: self.save_table())
        self.changes.currentRowChanged.connect(self._change_selected)
        self.left.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.left, self.right, v))
        self.right.verticalScrollBar().valueChanged.connect(lambda v: self._sync(self.right, self.left, v))
        self.left.resized.connect(self._keep_place)
        self.old_box.activated.connect(lambda i: self._maybe_pick_file(self.old_box, i))
        self.new_box.activated.connect(lambda i: self._maybe_pick_file(self.new_box, i))
        self.lang_box.addItem("", "en")
        self.lang_box.addItem("", "zh")
        self.lang_box.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self._update_buttons()

    # ----- choosing what to compare --------------------------------------------------------------
    def fill_sources(self, workspace, current_draft_id: str | None = None) -> None:
        """Offer every draft and every version (and a file) on both sides; by default the
        current draft is the new text and its latest version the old one."""
        self.workspace, self.current_draft_id = workspace, current_draft_id
        versions = workspace.versions()
        chosen = [box.currentData() for box in (self.old_box, self.new_box)]
        for box in (self.old_box, self.new_box):
            box.clear()
            for info in workspace.drafts(count_articles=False):
                mark = self.tr(" (current)") if info.id == current_draft_id else ""
                box.addItem(self.tr("Draft: {0}").format(info.title) + mark, f"draft:{info.id}")
            for version in reversed(versions):
                who = f" ({version.party or version.author})" if version.party or version.author else ""
                box.addItem(self.tr("Version: {0}").format(version.label) + who, f"version:{version.id}")
            box.addItem(self.tr("File (.docx, Akoma Ntoso)…"), "file:")
            for before in chosen:                 # a file chosen earlier stays on offer
                if before and before.startswith("file:") and len(before) > 5 and box.findData(before) < 0:
                    box.insertItem(box.count() - 1, Path(before[5:]).name, before)
        latest = next((v for v in reversed(versions) if v.draft_id == current_draft_id), None)
        defaults = [f"version:{latest.id}" if latest else None, f"draft:{current_draft_id}"]
        for box, before, default in zip((self.old_box, self.new_box), chosen, defaults):
            index = box.findData(before) if before and before != "file:" else -1   # not "File…" itself
            if index < 0 and default:
                index = box.findData(default)
            if index >= 0:
                box.setCurrentIndex(index)

    def choose(self, old: tuple, new: tuple) -> None:
        """Select the two texts: ("draft", id), ("version", id) or ("file", path)."""
        for box, (kind, value) in ((self.old_box, old), (self.new_box, new)):
            ref = f"{kind}:{value}"
            index = box.findData(ref)
            if index < 0 and kind == "file":
                box.insertItem(box.count() - 1, Path(value).name, ref)
                index = box.findData(ref)
            box.setCurrentIndex(index)

    def _ref(self, box: QComboBox) -> tuple | None:
        data = box.currentData()
        if not data:
            return None
        kind, _, value = data.partition(":")
        return (kind, value) if value else None

    def _maybe_pick_file(self, box: QComboBox, index: int) -> None:
        if box.itemData(index) == "file:":
            path = folders.open_file(self, self.tr("Compare with a file"),
                                     self.tr("Word or Akoma Ntoso (*.docx *.xml)"))
            if path:
                ref = ("file", path)
                other = self._ref(self.new_box if box is self.old_box else self.old_box) or ("file", "")
                self.choose(ref, other) if box is self.old_box else self.choose(other, ref)

    def _load(self, ref: tuple):
        kind, value = ref
        if kind == "draft":
            draft = self.window_.session.draft(value) if self.window_ is not None else self.workspace.load_draft(value)
            return draft.copy(), draft.title, False
        if kind == "version":
            version = self.workspace.version(value)
            return version.draft(), version.label, False
        from ..export.importing import import_file
        result = import_file(Path(value))
        return result.draft, Path(value).name, True

    def compare_chosen(self) -> bool:
        old_ref, new_ref = self._ref(self.old_box), self._ref(self.new_box)
        if old_ref is None or new_ref is None:
            self._problem(self.tr("Choose the two texts to compare."))
            return False
        try:
            old, old_label, old_imported = self._load(old_ref)
            new, new_label, new_imported = self._load(new_ref)
            labels = {sid: s.short or s.title for sid, s in self.workspace.sources().items()}
            result = compare(old, new, old_label=old_label, new_label=new_label, old_imported=old_imported,
                             new_imported=new_imported, clause_labels=labels)
        except Exception as exc:  # noqa: BLE001 - a bad file or version is a message, never a crash
            self._problem(self.tr("The texts cannot be compared: {0}").format(message_of(exc)))
            return False
        self.show_comparison(result)
        return True

    def _problem(self, text: str) -> None:
        self.summary.setText(text)
        if self.window_ is not None:
            self.window_.show_message(text)

    # ----- showing ----------------------------------------------------------------------------------
    def show_comparison(self, result: Comparison) -> None:
        self.result = result
        self.old_label.setText(f"<b>{result.old_side.label}</b>")
        self.new_label.setText(f"<b>{result.new_side.label}</b>")
        s = result.summary
        self.summary.setText(self.tr("{0} added, {1} deleted, {2} moved, {3} modified articles; "
                                     "renumbering is not shown as a change.")
                             .format(s["added"], s["deleted"], s["moved"], s["modified"]))
        self._fill_panes()
        self.changes.blockSignals(True)
        self.changes.clear()
        for i, row in enumerate(self.rows):
            if row[2] is not None:
                item = QListWidgetItem(self._describe(row[2]))
                item.setData(ROW_ROLE, i)
                self.changes.addItem(item)
        self.changes.blockSignals(False)
        self.change_rows = [i for i, row in enumerate(self.rows) if row[2] is not None]
        self.current = -1
        self._update_buttons()
        self.compared.emit(result)

    def _describe(self, change) -> str:
        kind = {"added": self.tr("added"), "deleted": self.tr("deleted"), "moved": self.tr("moved"),
                "modified": self.tr("modified")}[change.kind]
        if change.element == "preamble":
            return self.tr("Preamble {0}").format(kind)
        art = change.new or change.old
        zh = self.lang == "zh"
        where = art.heading_zh if zh else art.heading
        title = (art.title_zh or art.title) if zh else art.title
        text = f"{kind}: {where}" + (f" – {title}" if title else "")
        if change.kind == "moved":
            before, division = self.result.place_of(change.new, self.lang)
            place = (self.tr("now after {0}").format(before.heading_zh if zh else before.heading) if before
                     else self.tr("now first"))
            if division and self.result.division_changed(change):
                place = self.tr("{0}, in {1}").format(place, division)
            text += f" ({place})"
            if change.modified:
                text += " " + self.tr("and modified")
        elif change.kind == "modified" and change.old and change.new:
            old_heading = change.old.heading_zh if zh else change.old.heading
            if old_heading != where:
                text = f"{kind}: {old_heading} → {where}" + (f" – {title}" if title else "")
        return text

    def _fill_panes(self) -> None:
        result = self.result
        self.rows = []
        preamble = next((c for c in result.changes if c.element == "preamble"), None)
        if result.old_side.preamble is not None or result.new_side.preamble is not None:
            self.rows.append((result.old_side.preamble, result.new_side.preamble, preamble))
        self.rows += [(r.old, r.new, r.change) for r in result.rows]
        font = zh_font() if self.lang == "zh" else ui_font()
        for pane in (self.left, self.right):
            pane.clear()
            pane.setFont(font)
            pane.row_blocks = []
        left, right = QTextCursor(self.left.document()), QTextCursor(self.right.document())
        plain, bold = QTextCharFormat(), _format(bold=True)
        deleted = _format("#8e1b1f", "#f9d0d3", strike=True)
        inserted = _format("#0b5d1e", "#c9f0cf", underline=True)
        absent = _format("#777777", italic=True)
        for i, (old, new, change) in enumerate(self.rows):
            for pane, cursor in ((self.left, left), (self.right, right)):
                if i:
                    cursor.insertBlock()
                pane.row_blocks.append(cursor.blockNumber())
            if change is not None:
                ops = result.text_diff(old, new, self.lang)      # each side with its own numbers
            else:
                old_text = "\n".join(result.display(old, "old", self.lang)) if old is not None else ""
                new_text = "\n".join(result.display(new, "new", self.lang)) if new is not None else ""
                ops = [{"op": "equal", "text": new_text, "old": old_text}]
            for cursor, art, side, keep, fmt in ((left, old, "old", "delete", deleted),
                                                (right, new, "new", "insert", inserted)):
                if art is None:
                    cursor.insertText(self.tr("(not in this text)"), absent)
                    continue
                block = QTextBlockFormat()
                block.setTopMargin(10 if i else 0)
                cursor.setBlockFormat(block)
                heading = art.heading_zh if self.lang == "zh" else art.heading
                title = (art.title_zh or art.title) if self.lang == "zh" else art.title
                cursor.insertText(heading + (" – " + title if title else ""), bold)
                if change is not None and change.kind == "moved":
                    zh = self.lang == "zh"
                    before = (self.result.place_of(change.new)[0] if side == "old"
                              else self.result.old_place_of(change.old))
                    where = (before.heading_zh if zh else before.heading) if before is not None else ""
                    if side == "old":
                        note = self.tr(" (moved: now after {0})").format(where) if where else self.tr(" (moved: now first)")
                    else:
                        note = self.tr(" (moved here from after {0})").format(where) if where else \
                            self.tr(" (moved here from the start)")
                    cursor.insertText(note, absent)
                cursor.insertBlock(QTextBlockFormat())
                for op in ops:
                    if op["op"] not in ("equal", keep):
                        continue
                    text = op.get("old", op["text"]) if side == "old" else op["text"]
                    parts = text.split("\n")
                    for j, part in enumerate(parts):
                        if j:
                            cursor.insertBlock()
                        if part:
                            cursor.insertText(part, fmt if op["op"] == keep else plain)
        for pane in (self.left, self.right):
            pane.invalidate()
            pane.moveCursor(QTextCursor.MoveOperation.Start)

    # ----- synchronised scrolling and navigation ------------------------------------------------------
    def _sync(self, source: ComparePane, target: ComparePane, value: int) -> None:
        if self._syncing or not source.row_blocks:
            return
        tops_s, tops_t = source.row_tops(), target.row_tops()
        i = max(0, bisect_right(tops_s, value) - 1)
        end_s = tops_s[i + 1] if i + 1 < len(tops_s) else source.document().size().height()
        end_t = tops_t[i + 1] if i + 1 < len(tops_t) else target.document().size().height()
        fraction = (value - tops_s[i]) / max(1.0, end_s - tops_s[i])
        self._syncing = True
        try:
            target.verticalScrollBar().setValue(int(tops_t[i] + fraction * (end_t - tops_t[i])))
        finally:
            self._syncing = False

    def scroll_to_row(self, row: int) -> None:
        if not self.left.row_blocks:
            return
        self.left.verticalScrollBar().setValue(int(self.left.row_tops()[row]))
        self._sync(self.left, self.right, self.left.verticalScrollBar().value())

    def _keep_place(self) -> None:
        """After a resize the rows moved: bring the current change back to the top."""
        if 0 <= self.current < len(self.change_rows):
            QTimer.singleShot(0, lambda: self.scroll_to_row(self.change_rows[self.current]))

    def next_change(self) -> None:
        if self.change_rows:
            self.changes.setCurrentRow(min(self.current + 1, len(self.change_rows) - 1))

    def previous_change(self) -> None:
        if self.change_rows:
            self.changes.setCurrentRow(max(self.current - 1, 0))

    def _change_selected(self, index: int) -> None:
        if index < 0:
            return
        self.current = index
        self.scroll_to_row(self.change_rows[index])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.change_rows)
        self.next_button.setEnabled(has and self.current < len(self.change_rows) - 1)
        self.prev_button.setEnabled(has and self.current > 0)
        self.redline_button.setEnabled(self.result is not None)
        self.table_button.setEnabled(self.result is not None)

    def _language_chosen(self) -> None:
        self.lang = self.lang_box.currentData()
        if self.result is not None:
            self.show_comparison(self.result)

    def zoom(self, steps: int) -> None:
        """Both texts larger (+1) or smaller (-1), or back to the UI size (0); Ctrl+wheel zooms too."""
        for pane in (self.left, self.right):
            if steps == 0:
                pane.setFont(ui_font())
            elif steps > 0:
                pane.zoomIn(steps)
            else:
                pane.zoomOut(-steps)

    # ----- exports ----------------------------------------------------------------------------------
    def save_redline(self, path: str | None = None, author: str | None = None) -> bool:
        if self.result is None:
            return False
        if path is None:
            path = folders.save_file(self, self.tr("Save redline"),
                                     folders.file_name(self.tr("Redline {0}").format(self.result.new_side.label),
                                                       ".docx", "redline"),
                                     self.tr("Word document (*.docx)"))
            if not path:
                return False
        from ..export.redline import write_redline
        party = author or self.result.new_side.draft.meta.get("party") or self.result.new_side.label
        return self._write(lambda: write_redline(self.result, path, party, lang=self.lang), path)

    def save_table(self, path: str | None = None) -> bool:
        if self.result is None:
            return False
        if path is None:
            path = folders.save_file(self, self.tr("Save comparison table"),
                                     folders.file_name(self.tr("Comparison {0}").format(self.result.new_side.label),
                                                       ".docx", "comparison"),
                                     self.tr("Word document (*.docx)"))
            if not path:
                return False
        from ..export.redline import write_table
        return self._write(lambda: write_table(self.result, path, lang=self.lang), path)

    def _write(self, do, path: str) -> bool:
        try:
            do()
        except (OSError, ValueError) as exc:
            self._problem(self.tr("{0} could not be written: {1}").format(path, message_of(exc)))
            return False
        if self.window_ is not None:
            self.window_.show_message(self.tr("Written: {0}").format(path))
        return True

    # ----- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.old_caption.setText(self.tr("Old:"))
        self.new_caption.setText(self.tr("New:"))
        self.lang_caption.setText(self.tr("Text:"))
        self.lang_box.setItemText(0, self.tr("English"))
        self.lang_box.setItemText(1, self.tr("Chinese"))
        self.lang_box.setToolTip(self.tr("The language of the texts compared"))
        self.compare_button.setText(self.tr("Compare"))
        self.prev_button.setText(self.tr("Previous change"))
        self.next_button.setText(self.tr("Next change"))
        self.prev_button.setToolTip(self.tr("Shift+F8"))
        self.next_button.setToolTip(self.tr("F8"))
        self.redline_button.setText(self.tr("Redline .docx…"))
        self.table_button.setText(self.tr("Table .docx…"))
        self.next_action.setText(self.tr("Next change"))
        self.prev_action.setText(self.tr("Previous change"))
        if self.result is None:
            self.summary.setText(self.tr("Choose two texts and press Compare."))
        dock = self.parentWidget()
        if dock is not None and hasattr(dock, "setWindowTitle") and dock.objectName() == "compareDock":
            dock.setWindowTitle(self.tr("Comparison"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.workspace is not None and not getattr(self.window_, "_closed", False):
                self.fill_sources(self.workspace, self.current_draft_id)
            if self.result is not None:
                QTimer.singleShot(0, lambda: self.show_comparison(self.result))
        super().changeEvent(event)

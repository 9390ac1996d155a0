"""A text field that shows cross-reference tokens as atomic, live "Article N" objects.

A stored text holds ``{{ref:TARGET}}`` tokens (see ``core.references``). In the field each token
is one object character drawn with the current number ("Article 30" / "第三十条"), so the drafter
never sees or breaks a token; deleting the object deletes the reference. Ctrl+click on it (or
the links under the article) goes to the referenced article. Reading the field back gives the
text with its tokens, unchanged.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (QColor, QFontMetricsF, QHelpEvent, QKeyEvent, QKeySequence, QMouseEvent, QPainter,
                           QPyTextObject, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip

from ..core.references import TOKEN_RE

REF_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
TARGET = QTextFormat.Property.UserProperty + 1
NUMBER_ONLY = QTextFormat.Property.UserProperty + 2
DIGITS = QTextFormat.Property.UserProperty + 3      # "第1条": the number in Arabic digits
OBJECT_CHAR = "\ufffc"

#: (target, number_only) -> (label shown, resolved in the draft?)
Labeler = Callable[[str, bool], tuple[str, bool]]


def _token(fmt: QTextFormat) -> str:
    number_only = bool(fmt.property(NUMBER_ONLY))
    return "{{ref:%s%s%s}}" % (fmt.property(TARGET), "|n" if number_only else "",
                               "|d" if number_only and fmt.property(DIGITS) else "")


def is_undo_shortcut(event: QEvent) -> bool:
    """A key press the field would take for its own undo/redo (the workbench has one undo stack)."""
    return event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))


class WorkbenchField:
    """Mixin for a text field of the workbench (put before the Qt class): undo/redo keys go to the
    workbench's one undo stack, and entering or leaving the field emits the class's
    ``focus_entered`` / ``focus_left`` signals."""

    def event(self, event: QEvent) -> bool:
        if is_undo_shortcut(event):
            event.ignore()          # Ctrl+Z / Ctrl+Shift+Z go to the workbench's undo stack
            return False
        return super().event(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_entered.emit()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_left.emit()


def insert_raw(cursor: QTextCursor, raw: str) -> None:
    """Insert ``raw`` (text with reference tokens) at ``cursor``, each token as a reference object."""
    pos = 0
    for match in TOKEN_RE.finditer(raw):
        cursor.insertText(raw[pos:match.start()], QTextCharFormat())
        fmt = QTextCharFormat()
        fmt.setObjectType(REF_OBJECT)
        fmt.setProperty(TARGET, match.group(1))
        fmt.setProperty(NUMBER_ONLY, bool(match.group(2)))
        fmt.setProperty(DIGITS, bool(match.group(3)))
        cursor.insertText(OBJECT_CHAR, fmt)
        pos = match.end()
    cursor.insertText(raw[pos:], QTextCharFormat())


class ReferenceObject(QPyTextObject):
    """Draws a reference object as a small pill with the current article number."""

    def __init__(self, labeler: Labeler, parent=None):
        super().__init__(parent)
        self.labeler = labeler

    def _label(self, fmt: QTextFormat) -> tuple[str, bool]:
        return self.labeler(str(fmt.property(TARGET) or ""), bool(fmt.property(NUMBER_ONLY)))

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:  # noqa: N802
        metrics = QFontMetricsF(doc.defaultFont())
        text, _ok = self._label(fmt)
        return QSizeF(metrics.horizontalAdvance(text) + 6, metrics.height())

    def drawObject(self, painter: QPainter, rect: QRectF, doc: QTextDocument, _pos: int,  # noqa: N802
                   fmt: QTextFormat) -> None:
        text, ok = self._label(fmt)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3eefb") if ok else QColor("#fde7e9"))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(doc.defaultFont())
        painter.setPen(QColor("#0b4f9c") if ok else QColor("#a4262c"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class RefTextEdit(WorkbenchField, QTextEdit):
    """A plain-text field (growing with its text) whose references are live objects."""

    reference_activated = Signal(str)   # target of a Ctrl+clicked reference
    focus_entered = Signal()
    focus_left = Signal()

    def __init__(self, labeler: Labeler, parent=None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)          # one undo path: the workbench's undo stack
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.handler = ReferenceObject(labeler, self)
        self.document().documentLayout().registerHandler(REF_OBJECT, self.handler)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.document().contentsChange.connect(self._clean_typed_format)
        self.cursorPositionChanged.connect(self._plain_typing_format)
        self.setMouseTracking(True)
        self._loading = False
        self._fit_height()

    # ----- value ------------------------------------------------------------------------------
    def set_value(self, raw: str) -> None:
        """Show ``raw`` (text with reference tokens); resets the undo history of the field."""
        blocked = self.blockSignals(True)
        self._loading = True
        doc = self.document()
        doc.clear()
        insert_raw(QTextCursor(doc), raw or "")
        doc.setModified(False)
        self._loading = False
        self.setCurrentCharFormat(QTextCharFormat())
        self.blockSignals(blocked)
        self._fit_height()

    def value(self) -> str:
        """The text with its reference tokens."""
        return self.raw_between(0, self.document().characterCount() - 1)

    def raw_between(self, start: int, end: int) -> str:
        parts: list[str] = []
        block = self.document().begin()
        while block.isValid():
            if block.position() > end:
                break
            if block.position() + block.length() > start and block.position() > start:
                parts.append("\n")
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                f_start, text = fragment.position(), fragment.text()
                lo, hi = max(start, f_start), min(end, f_start + len(text))
                if lo >= hi:
                    continue
                piece = text[lo - f_start:hi - f_start]
                fmt = fragment.charFormat()
                if fmt.objectType() == REF_OBJECT:
                    piece = piece.replace(OBJECT_CHAR, _token(fmt))
                else:
                    piece = piece.replace(OBJECT_CHAR, "")
                parts.append(piece.replace("\u2028", "\n"))
            block = block.next()
        return "".join(parts)

    def refresh_labels(self) -> None:
        """Numbers changed: lay the objects out again with their new labels."""
        doc = self.document()
        doc.markContentsDirty(0, doc.characterCount())
        self.viewport().update()

    # ----- keeping typed text plain -----------------------------------------------------------
    def _plain_typing_format(self) -> None:
        # with a selection, setCurrentCharFormat would re-format the selected text: never do that
        if not self.textCursor().hasSelection() and self.currentCharFormat().objectType() == REF_OBJECT:
            self.setCurrentCharFormat(QTextCharFormat())

    def _clean_typed_format(self, position: int, _removed: int, added: int) -> None:
        """Text typed or pasted next to a reference must never take the reference's format."""
        if added <= 0 or self._loading:
            return
        wrong: list[tuple[int, int]] = []
        block = self.document().findBlock(position)
        while block.isValid() and block.position() <= position + added:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                if fragment.charFormat().objectType() != REF_OBJECT:
                    continue
                for offset, char in enumerate(fragment.text()):
                    if char != OBJECT_CHAR:
                        wrong.append((fragment.position() + offset, fragment.position() + offset + 1))
            block = block.next()
        cursor = QTextCursor(self.document())
        for start, end in wrong:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(QTextCharFormat())

    # ----- size -------------------------------------------------------------------------------
    def _fit_height(self, *_args) -> None:
        height = self.document().size().height()
        margins = self.contentsMargins()
        self.setFixedHeight(int(height + margins.top() + margins.bottom() + 2))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    # ----- references under the mouse ---------------------------------------------------------
    def reference_at(self, point) -> str | None:
        """The target of the reference object under ``point`` (viewport coordinates), if any."""
        doc = self.document()
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        pos = doc.documentLayout().hitTest(QPointF(point) + offset, Qt.HitTestAccuracy.ExactHit)
        if pos < 0:
            return None
        cursor = QTextCursor(doc)
        last = doc.characterCount() - 1
        for candidate in (pos, pos - 1):
            if 0 <= candidate < last:
                cursor.setPosition(candidate)
                cursor.setPosition(candidate + 1, QTextCursor.MoveMode.KeepAnchor)
                fmt = cursor.charFormat()
                if cursor.selectedText() == OBJECT_CHAR and fmt.objectType() == REF_OBJECT:
                    return str(fmt.property(TARGET))
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            target = self.reference_at(event.position().toPoint())
            if target:
                self.reference_activated.emit(target)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        over = self.reference_at(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over and
                                  event.modifiers() & Qt.KeyboardModifier.ControlModifier
                                  else Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            target = self.reference_at(self.viewport().mapFromGlobal(event.globalPos()))
            if target:
                label, ok = self.handler.labeler(target, False)
                tip = (self.tr("Cross-reference to {0}; Ctrl+click to go there").format(label) if ok
                       else self.tr("Cross-reference to a provision that is not in this draft: {0}").format(label))
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().event(event)       # and WorkbenchField's: undo keys, focus signals

    # ----- clipboard keeps references -------------------------------------------------------
    # The mime data is Qt's own (a Python-made QMimeData handed to the clipboard is freed twice
    # at exit); the text with its tokens is remembered beside it and used when the same text
    # is pasted into a reference field again.
    _copied: tuple[str, str] | None = None      # (plain text as Qt copies it, text with tokens)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        cursor = self.textCursor()
        raw = self.raw_between(cursor.selectionStart(), cursor.selectionEnd())
        data = super().createMimeDataFromSelection()
        RefTextEdit._copied = (data.text(), raw)
        return data

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        cursor = self.textCursor()
        text = source.text()
        copied = RefTextEdit._copied
        if copied is None or text != copied[0]:
            cursor.insertText(text.replace(OBJECT_CHAR, ""), QTextCharFormat())
            return
        cursor.beginEditBlock()
        insert_raw(cursor, copied[1])
        cursor.endEditBlock()

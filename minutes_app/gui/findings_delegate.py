"""How one finding row looks: icon, the text concerned, a “Sửa thành “…”” button, the rule's
title, the message.

A painted delegate instead of item widgets keeps a list of thousands of findings cheap. The
fix is drawn as a button that says what it does, with its own hit area: a click on it
applies the fix at once, a click anywhere else only selects the finding.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from . import i18n
from .styles import SEVERITY_COLORS, quoted, severity_icon, visible_spaces

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 6
ICON = 16
LINK_COLOR = "#1565c0"


def fix_label(suggestion: str, shorten=lambda text: text) -> str:
    """What the one-click fix does, in words: “Sửa thành “…””, or “Xóa” when it deletes the text."""
    return i18n.tr("Xóa") if suggestion == "" else i18n.tr("Sửa thành “{}”", shorten(visible_spaces(suggestion)))

class _Row(NamedTuple):
    text: str
    text_rect: QRect
    fix: str
    fix_rect: QRect | None
    code_rect: QRect
    message_rect: QRect


class FindingDelegate(QStyledItemDelegate):
    """Paints a three-line card per finding; emits ``fix_clicked`` for a click on the fix."""

    fix_clicked = Signal(QModelIndex)

    def __init__(self, parent=None, rule_titles: dict[str, str] | None = None):
        super().__init__(parent)
        self.rule_titles = rule_titles or {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, PAD * 2 + line * 3 + 2)

    def _layout(self, option: QStyleOptionViewItem, finding) -> "_Row":
        """Where each part of a row goes (shared by painting and hit-testing)."""
        bold, small = self._fonts(option)
        rect = option.rect.adjusted(PAD + ICON + PAD, PAD, -PAD, -PAD)
        line = QFontMetrics(option.font).lineSpacing()
        # The text and its fix come first and the rule's title (on the card too) takes what they leave: in a
        # 307-pixel panel the title kept its third and the fix read “Sửa th… hiện””.
        title = self.rule_titles.get(finding.code, finding.code)
        head = QRect(rect.left(), rect.top(), rect.width(), line)
        text = QFontMetrics(bold).elidedText(quoted(finding.text), Qt.TextElideMode.ElideMiddle,
                                             max(40, head.width() // 2))
        text_rect = QRect(head.left(), head.top(), QFontMetrics(bold).horizontalAdvance(text), line)
        fix, fix_rect = "", None
        used = text_rect.right()
        if finding.suggestion is not None:
            metrics = QFontMetrics(small)
            room = max(30, head.right() - text_rect.right() - 3 * PAD)
            fix = metrics.elidedText(fix_label(finding.suggestion),
                                     Qt.TextElideMode.ElideMiddle, room - 2 * PAD)
            fix_rect = QRect(text_rect.right() + 2 * PAD, head.top(), metrics.horizontalAdvance(fix) + 2 * PAD, line)
            used = fix_rect.right()
        code_width = min(QFontMetrics(small).horizontalAdvance(title) + PAD, rect.width() // 3,
                         max(0, rect.right() - used - 2 * PAD))
        if code_width < 4 * PAD:  # too narrow for a word of it: left to the card
            code_width = 0
        return _Row(text, text_rect, fix, fix_rect,
                    QRect(rect.right() - code_width, rect.top(), code_width, line),
                    QRect(rect.left(), rect.top() + line, rect.width(), line * 2))

    def fix_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect | None:
        """The fix button of row ``index`` (None when the finding has no fix)."""
        finding = index.data(FINDING_ROLE)
        if finding is None or finding.suggestion is None:
            return None
        return self._layout(option, finding).fix_rect

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if finding is None:
            return super().paint(painter, option, index)
        bold, small = self._fonts(option)
        severity = finding.severity.value
        colour = QColor(SEVERITY_COLORS.get(severity, "#777"))
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = QColor("#e3f2fd") if selected else (QColor("#fafafa") if index.row() % 2 else QColor("white"))
        painter.fillRect(option.rect, background)
        if selected:
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()), colour)
        painter.setPen(QPen(QColor("#e0e0e0")))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        severity_icon(severity).paint(painter, QRect(option.rect.left() + PAD, option.rect.top() + PAD + 1, ICON, ICON))
        row = self._layout(option, finding)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(bold)
        painter.setPen(QColor("#212121"))
        painter.drawText(row.text_rect, flags, row.text)
        if row.fix_rect is not None:  # a small button: border, tint, and what it does
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(LINK_COLOR)))
            painter.setBrush(QColor("#e8f0fe"))
            painter.drawRoundedRect(row.fix_rect.adjusted(0, 1, 0, -1), 4, 4)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setFont(small)
            painter.drawText(row.fix_rect, Qt.AlignmentFlag.AlignCenter, row.fix)
        painter.setFont(small)
        painter.setPen(QColor("#9e9e9e"))
        if row.code_rect.width():
            title = QFontMetrics(small).elidedText(self.rule_titles.get(finding.code, finding.code),
                                                   Qt.TextElideMode.ElideRight, row.code_rect.width())
            painter.drawText(row.code_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(QColor("#424242"))
        message_rect = row.message_rect
        metrics = QFontMetrics(option.font)
        message = metrics.elidedText(finding.message.replace("\n", " "), Qt.TextElideMode.ElideRight,
                                     message_rect.width() * 2 - metrics.averageCharWidth() * 6)
        painter.drawText(message_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, message)
        painter.restore()

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            rect = self.fix_rect(option, index)
            if rect is not None and rect.adjusted(-4, -4, 4, 4).contains(event.position().toPoint()):
                self.fix_clicked.emit(index)
                return True
        return super().editorEvent(event, model, option, index)

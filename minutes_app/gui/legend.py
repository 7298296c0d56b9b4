"""The colour legend above the editor: one toggle per entity kind, and the underline key."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from . import i18n
from .flow_layout import FlowLayout, wrapping
from .styles import KIND_LABELS, KINDS, SEVERITY_COLORS, SEVERITY_LABELS, swatch_icon


def _underline_pixmap(severity: str, width: int = 22, height: int = 12) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(SEVERITY_COLORS[severity]))
    pen.setWidthF(1.6)
    if severity == "info":
        pen.setStyle(pen.style().DotLine)
        painter.setPen(pen)
        painter.drawLine(1, height - 3, width - 1, height - 3)
    else:
        painter.setPen(pen)
        y = height - 4
        for x in range(0, width - 2, 4):
            painter.drawLine(x, y + (2 if (x // 4) % 2 else -1), x + 4, y + (-1 if (x // 4) % 2 else 2))
    painter.end()
    return pixmap


class Legend(QWidget):
    """Emits ``hidden_changed`` with the set of kinds whose highlight is switched off."""

    hidden_changed = Signal(frozenset)

    def __init__(self, hidden: set[str] | frozenset[str] = frozenset(), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#legend { background: #f5f5f5; border-bottom: 1px solid #dcdcdc; }")
        layout = FlowLayout(self, spacing=10)  # wraps onto a second row on a narrow screen
        layout.setContentsMargins(8, 4, 8, 4)
        wrapping(self)
        title = QLabel()
        i18n.bind(title.setText, "Tô màu:")
        layout.addWidget(title)
        self.toggles: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox()
            box.setObjectName(f"legend_{kind}")
            box.setIcon(swatch_icon(kind))
            box.setIconSize(QSize(14, 14))
            box.setChecked(kind not in hidden)
            i18n.bind(box.setText, KIND_LABELS[kind])
            box.toggled.connect(self._emit)
            layout.addWidget(box)
            self.toggles[kind] = box
        for severity in ("error", "warning", "info"):
            # The underline and its word in one item: laid out apart, the row broke between them at 150 %
            # (the wave of "Cảnh báo" closed one row, its word opened the next).
            key = QWidget()
            key.setObjectName(f"legend_key_{severity}")
            row = QHBoxLayout(key)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            icon = QLabel()
            icon.setPixmap(_underline_pixmap(severity))
            label = QLabel()
            i18n.bind(label.setText, SEVERITY_LABELS[severity])
            row.addWidget(icon)
            row.addWidget(label)
            layout.addWidget(key)

    def hidden(self) -> frozenset[str]:
        return frozenset(k for k, box in self.toggles.items() if not box.isChecked())

    def _emit(self) -> None:
        self.hidden_changed.emit(self.hidden())

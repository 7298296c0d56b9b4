"""Colours, formats and icons shared by the editor, the legend and the panels.

Entity kinds get pastel backgrounds (readable under black text and under coloured
underlines); findings get underlines: wavy red for errors, wavy orange for warnings,
dotted blue for information.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPixmap,
    QTextCharFormat,
)

from ..core.resources import resources_dir

# Re-exported: the widgets read the shared palette through this module.
from ..palette import (  # noqa: F401
    KIND_COLORS,
    KIND_LABELS,
    KINDS,
    SEVERITIES,
    SEVERITY_COLORS,
    SEVERITY_LABELS,
    visible_spaces,
)

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

EDITOR_FONTS = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Arial"]
UI_FONTS = ["Segoe UI", "Noto Sans", "DejaVu Sans"]


def quoted(text: str) -> str:
    """«text» as the panels show a piece of the document; a template field already has its
    marks («giờ»), and is not wrapped twice. A piece of several lines (a run of a web page's
    lines) shows its line breaks as ¶ on one line, as a list row has one line for it; spaces
    that would not show are dots (visible_spaces)."""
    text = visible_spaces(re.sub(r"\s*\n\s*", " ¶ ", text.strip("\n")))
    return text if text.startswith("«") and text.endswith("»") else f"«{text}»"


def menu_quote(text: str, limit: int = 40) -> str:
    """A piece of the document inside a menu entry's quotes: on one line (each break a ¶, as in the panels) and at most
    ``limit`` characters, cut in the middle with "…" so its start and end both show. Cut at 30 characters, a run of
    seven web-page lines read "“Lượt xem: 1.204 Tin liên quan ”", as if those words were all. Spaces that would not
    show are dots (visible_spaces): “Bỏ qua chỗ này: “  ”” named nothing."""
    flat = visible_spaces(re.sub(r"\s*\n\s*", " ¶ ", text.strip("\n")))
    if len(flat) <= limit:
        return flat
    half = (limit - 1) // 2
    return f"{flat[:half].rstrip()}…{flat[-half:].lstrip()}"


def ui_font(point_size: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(UI_FONTS)
    font.setPointSizeF(point_size)
    return font


@lru_cache(maxsize=None)
def char_format(kind: str | None, severity: str | None) -> QTextCharFormat:
    """The format of a run covered by entity ``kind`` and/or a finding of ``severity``."""
    fmt = QTextCharFormat()
    if kind in KIND_COLORS:
        fmt.setBackground(QBrush(QColor(KIND_COLORS[kind])))
    if severity in SEVERITY_COLORS:
        style = (QTextCharFormat.UnderlineStyle.DotLine if severity == "info"
                 else QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineStyle(style)
        fmt.setUnderlineColor(QColor(SEVERITY_COLORS[severity]))
    return fmt


@lru_cache(maxsize=None)
def severity_icon(severity: str, size: int = 16) -> QIcon:
    """A round badge in the severity colour: ✕ error, ! warning, i info."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(SEVERITY_COLORS.get(severity, "#777777")))
    painter.setPen(Qt.PenStyle.NoPen)
    rect = QRectF(1, 1, size - 2, size - 2)
    if severity == "warning":
        painter.drawRoundedRect(rect, 3, 3)
    else:
        painter.drawEllipse(rect)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, {"error": "✕", "warning": "!"}.get(severity, "i"))
    painter.end()
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def swatch_icon(kind: str, size: int = 14) -> QIcon:
    """A small square in the kind's highlight colour, for the legend and the entity panel."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(KIND_COLORS.get(kind, "#dddddd")))
    painter.setPen(QColor("#9e9e9e"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """Every drawn size of the icon (scripts/make_icons.py), so none is scaled from another."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("minutes_app_*.png")):
        icon.addFile(str(path))
    return icon

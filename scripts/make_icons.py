"""Draw the app icon (run by hand, look, commit): resources/icons/minutes_app_<N>.png at
16–256 px and minutes_app.ico (Windows: the executables and the window).

Our own drawing, no outside artwork: a white page with text lines, a red header band (the
colour of Party documents) and a green check mark in a gold seal, the app's job at a glance.
Each size is drawn, not scaled, so thin lines stay crisp at 16 px.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
RED, GOLD, GREEN, INK = QColor("#c62828"), QColor("#f9a825"), QColor("#2e7d32"), QColor("#90a4ae")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)  # drawn on a 64-unit grid

    page = QRectF(10, 4, 40, 54)
    painter.setPen(QPen(QColor("#455a64"), 1.5 if size >= 32 else 2.5))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(page, 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RED)
    painter.drawRect(QRectF(10.75, 4.75, 38.5, 9))
    painter.setBrush(INK)
    lines = (20, 27, 34, 41) if size >= 32 else (22, 32)  # fewer, thicker lines when tiny
    for y in lines:
        painter.drawRoundedRect(QRectF(16, y, 28 if y != lines[-1] else 18, 3 if size >= 32 else 5), 1.5, 1.5)

    seal = QRectF(30, 30, 32, 32)
    painter.setBrush(GOLD)
    painter.setPen(QPen(QColor("white"), 2))
    painter.drawEllipse(seal)
    check = QPainterPath(QPointF(38, 46))
    check.lineTo(QPointF(44, 52))
    check.lineTo(QPointF(54, 39))
    pen = QPen(GREEN, 5 if size >= 32 else 7)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(check)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (Windows Vista and later read these), written by hand
    because Qt's ICO writer is a plugin the wheel may lack."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter on QImage needs a GUI application for fonts)
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in SIZES}
    for size, data in pngs.items():
        (OUT / f"minutes_app_{size}.png").write_bytes(data)
    (OUT / "minutes_app.ico").write_bytes(ico({s: d for s, d in pngs.items() if s in (16, 24, 32, 48, 256)}))
    print(f"{len(pngs)} PNG và minutes_app.ico trong {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

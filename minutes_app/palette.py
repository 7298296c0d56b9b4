"""The colours and names of entity kinds and severities, shared by the editor and the exports.

Qt-free, so the annotated DOCX (minutes_app.export) marks a report in exactly the colours
the clerk saw in the editor, and the legend in both says the same words.
"""

from __future__ import annotations

# Known kinds, in legend order; unknown kinds from newer engines are simply not drawn.
KINDS = ("official", "organization", "target", "figure", "task")

KIND_LABELS = {
    "official": "Cán bộ lãnh đạo",
    "organization": "Cơ quan, tổ chức",
    "target": "Chỉ tiêu",
    "figure": "Số liệu",
    "task": "Nhiệm vụ",
}

# Pastel backgrounds: readable under black text, under coloured underlines and when printed.
KIND_COLORS = {
    "official": "#ffd6a5",
    "organization": "#bde0fe",
    "target": "#caffbf",
    "figure": "#e4c1f9",
    "task": "#fdffb6",
}

SEVERITIES = ("error", "warning", "info")
SEVERITY_LABELS = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin"}
SEVERITY_COLORS = {"error": "#d32f2f", "warning": "#ef6c00", "info": "#1e88e5"}

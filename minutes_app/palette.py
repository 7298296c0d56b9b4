"""The colours and names of entity kinds and severities, and how a piece of text is quoted, shared by the editor and
the exports.

Qt-free, so the annotated DOCX (minutes_app.export) marks a report in exactly the colours
the clerk saw in the editor, and the legend in both says the same words.
"""

from __future__ import annotations

import re

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


# Spaces a reader cannot see inside quotes: at either end, or two and more in a row.
_HIDDEN_SPACES = re.compile(r"^[ \t\u00a0]+|[ \t\u00a0]+$|[ \t\u00a0]{2,}")


def visible_spaces(text: str) -> str:
    """``text`` with each space a reader could not see shown as “·”, as Word's formatting marks show it.

    The spacing checks are about exactly those spaces: the editor's cards read «  » → “ ” (two spaces, one space) and
    «,» “Sửa thành “, ”” (a comma to a comma and a space), which looked like empty quotes and a fix that changes
    nothing. A single space between two words stays a space: it is seen, and a row of dots would be harder to read.
    """
    return _HIDDEN_SPACES.sub(lambda match: "·" * len(match.group()), text)

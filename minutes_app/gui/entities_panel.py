"""What the report mentions: officials, organisations, targets, tasks and figures.

Officials are grouped by name (titles merged, mentions counted) and a click cycles through
their mentions; every other row jumps to its place. The panel is rebuilt only when the
list of things changes; when only positions moved (an edit elsewhere) the rows stay and
just learn their new offsets, so the user's scroll position and open groups survive typing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Mapping
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Entity
from ..core.numbers import format_compact, states
from ..core.shares import RECOMPUTED, TargetShare
from . import i18n
from .styles import KIND_LABELS, KINDS, swatch_icon

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # an int into EntitiesPanel._spans (no Python objects in Qt)

FIGURE_TYPES = {
    "count": "Số lượng", "ratio": "Tỉ số", "percent": "Tỉ lệ %", "money": "Số tiền",
    "date": "Ngày tháng", "period": "Kỳ", "term": "Nhiệm kỳ", "year": "Năm",
    "doc_number": "Số văn bản",
}
COMPARATORS = {">=": "≥ ", "<=": "≤ ", ">": "> ", "<": "< ", "=": ""}

Row = tuple[str, str, int]  # label, details, mentions


class ModelTarget(NamedTuple):
    """A target as the document model reads it: where, its verdict (or progress), its level and result."""

    start: int
    end: int
    label: str | None
    target: float | None = None
    result: float | None = None
    unit: str | None = None


def group_entities(entities: list[Entity], verdicts: list[ModelTarget] = ()
                   ) -> "OrderedDict[str, list[tuple[Row, list[tuple[int, int]]]]]":
    """Rows per known kind, in legend order; unknown kinds are left out.

    Officials and organisations are merged by name (case-insensitive), collecting titles
    and every mention; other kinds get one row per mention. ``verdicts`` (the document model's
    targets: start, end, verdict) override the status of the one target they overlap, so that
    this panel, the summary panel and the export say the same ("tiến độ 56% kế hoạch năm" in a
    6-month report, not "chưa đạt").
    """
    entries: OrderedDict[str, list[dict]] = OrderedDict((k, []) for k in KINDS)
    named: dict[tuple[str, str], dict] = {}
    verdicts = _Overlaps(verdicts)
    for entity in entities:
        if entity.kind not in entries:
            continue
        if entity.kind in ("official", "organization"):
            name = str(entity.get("name") or entity.text).strip()
            identity = (entity.kind, str(entity.get("person_id") or name.casefold()))
            entry = named.get(identity)
            if entry is None:
                entry = {"name": name, "titles": [], "spans": []}
                named[identity] = entry
                entries[entity.kind].append(entry)
            for title in entity.get("titles") or []:
                if str(title) not in entry["titles"]:
                    entry["titles"].append(str(title))
            entry["spans"].append((entity.start, entity.end))
        else:
            entries[entity.kind].append(
                {"name": entity.text, "details": _details(entity, _verdict_over(entity, verdicts),
                                                          _model_over(entity, verdicts)),
                 "spans": [(entity.start, entity.end)]})
    return OrderedDict(
        (kind, [((e["name"], e.get("details") or ", ".join(e.get("titles", [])), len(e["spans"])), e["spans"])
                for e in rows])
        for kind, rows in entries.items())


def target_verdicts(structure, shares: Mapping[int, TargetShare] | None = None) -> list[ModelTarget]:
    """The document model's targets: (start, end, verdict or progress, level, result, unit); ``shares``
    (core.shares.target_shares): the progress told with the share the text prints, as the outline and the summary
    tell it."""
    shares = shares or {}
    return [ModelTarget(t.start, t.end, _progress(t, shares.get(t.start)) or t.verdict, t.target, t.result, t.unit)
            for t in structure.targets]


def _progress(target, share: TargetShare | None) -> str | None:
    if share is None or not target.progress:
        return target.progress
    told = share.progress(target.progress)
    return f"{told} ({i18n.tr(RECOMPUTED, share.recomputed)})" if share.recomputed else told


class _Overlaps:
    """The model's targets, found over a span by bisection. A scan of all of them for each of the
    detector's targets made applying a result quadratic: 1.9 s of UI freeze after every pause in
    typing on a 3.7M-character report (1,268 detector and 1,637 model targets)."""

    def __init__(self, verdicts):
        self.items = sorted(verdicts, key=lambda target: target[0])
        self.starts = [target[0] for target in self.items]
        self.longest = max((target[1] - target[0] for target in self.items), default=0)

    def over(self, start: int, end: int) -> list:
        """The targets that overlap ``start``–``end``, in the order of their starts."""
        first = bisect_left(self.starts, start - self.longest)
        return [t for t in self.items[first:bisect_left(self.starts, end)] if start < t[1]]


def _verdict_over(entity: Entity, verdicts: _Overlaps) -> str | None:
    """The model's verdict of the target the detector read; of several targets in its sentence ("kiểm tra được 62/80
    tổ chức (đạt 75,5% kế hoạch năm), kiểm tra được 142/547 đảng viên (…)"), each of theirs, in order."""
    if entity.kind != "target":
        return None
    over = [str(target[2]) for target in verdicts.over(entity.start, entity.end) if target[2]]
    return "; ".join(dict.fromkeys(over)) if over else None


def _model_over(entity: Entity, verdicts: _Overlaps) -> ModelTarget | None:
    """The one model target over a detector's target whose level or result it reads otherwise ("Tỷ lệ trẻ em dưới
    5 tuổi … là 9,8%, chỉ tiêu đề ra là dưới 10%": the detector's level is the age's 5, the model's 10%)."""
    if entity.kind != "target":
        return None
    over = [t for t in verdicts.over(entity.start, entity.end) if isinstance(t, ModelTarget)]
    if len(over) != 1:
        return None
    model = over[0]
    agrees = states(entity.get("target_text"), model.target) and states(entity.get("actual_text"), model.result)
    return None if agrees else model


def _details(entity: Entity, verdict: str | None = None, model: ModelTarget | None = None) -> str:
    if entity.kind == "figure":
        return i18n.tr(FIGURE_TYPES.get(str(entity.get("type")), str(entity.get("type") or "")))
    if entity.kind == "target" and model is not None:  # the model's level and result, the numbers the verdict judged
        parts = [i18n.tr("Chỉ tiêu: {}", _with_unit(model.target, model.unit))] if model.target is not None else []
        if model.result is not None:
            parts.append(i18n.tr("Kết quả: {}", _with_unit(model.result, model.unit)))
        if verdict:
            parts.append(i18n.tr(str(verdict)))
        return " · ".join(parts)
    if entity.kind == "target":
        parts = []
        target = entity.get("target_text") or _number(entity.get("target_value"))
        if target:
            # the comparison as the text states it ("trên 85%" → "> 85%", "từ 95% trở lên" → "≥ 95%", none for a bare
            # "kế hoạch 40 tỷ đồng"), not the one the verdict reads ("trên" is read as "at least" to judge it)
            stated = entity.get("stated_comparator") if "stated_comparator" in entity.data else entity.get("comparator")
            comparator = COMPARATORS.get(str(stated or ""), "")
            parts.append(i18n.tr("Chỉ tiêu: {}", f"{comparator}{target}"))
        actual = entity.get("actual_text") or _number(entity.get("actual_value"))
        if actual:
            parts.append(i18n.tr("Kết quả: {}", actual))
        status = verdict or entity.get("status")
        if status:
            parts.append(i18n.tr(str(status)))
        claimed = entity.get("claimed_status")
        if claimed and status in ("đạt", "vượt", "chưa đạt") and claimed != status:
            parts.append(i18n.tr("báo cáo ghi “{}”", i18n.tr(str(claimed))))
        return " · ".join(parts)
    return ""


def _with_unit(value: float, unit: str | None) -> str:
    text = format_compact(value)
    return text + "%" if unit == "%" else f"{text} {unit}" if unit else text


def _number(value) -> str:
    return "" if value is None else format_compact(value) if isinstance(value, (int, float)) else str(value)


class EntitiesPanel(QWidget):
    """A tree of groups; ``span_requested(start, end)`` asks the editor to show a mention."""

    span_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entities_panel")
        self.tree = QTreeWidget()
        self.tree.setObjectName("entities_tree")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 150)
        self._shape: tuple = ()
        self._cycle: dict[str, int] = {}
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._spans: list[list[tuple[int, int]]] = []
        i18n.bind(lambda _: self._set_headers(), "Mục")
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)

    def _set_headers(self) -> None:
        self.tree.setHeaderLabels([i18n.tr("Mục"), i18n.tr("Chi tiết"), i18n.tr("Số lần")])
        for kind, item in self.groups.items():
            item.setText(0, f"{i18n.tr(KIND_LABELS[kind])} ({item.childCount()})")

    def set_entities(self, entities: list[Entity], verdicts: list[ModelTarget] = ()) -> None:
        groups = group_entities(entities, verdicts)
        shape = tuple((kind, tuple(row for row, _ in rows)) for kind, rows in groups.items())
        if shape == self._shape:
            self._spans = [spans for rows in groups.values() for _, spans in rows]  # only offsets moved
            return
        self._shape = shape
        expanded = {k for k, item in self.groups.items() if item.isExpanded()} if self.groups else None
        scroll = self.tree.verticalScrollBar().value()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.groups = {}
        self._spans = []
        for kind, rows in groups.items():
            parent = QTreeWidgetItem([f"{i18n.tr(KIND_LABELS[kind])} ({len(rows)})"])
            parent.setIcon(0, swatch_icon(kind))
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.groups[kind] = parent
            children = []
            for (label, details, count), spans in rows:
                child = QTreeWidgetItem([label, details, str(count)])
                child.setData(0, ROW_ROLE, len(self._spans))
                self._spans.append(spans)
                child.setToolTip(0, label)
                child.setToolTip(1, details)
                children.append(child)
            parent.addChildren(children)
            self.tree.addTopLevelItem(parent)
            parent.setFirstColumnSpanned(True)
            if not rows:
                parent.setForeground(0, QBrush(QColor("#9e9e9e")))
            parent.setExpanded(kind in expanded if expanded is not None else kind != "figure")
        self.tree.setUpdatesEnabled(True)
        self.tree.verticalScrollBar().setValue(scroll)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = item.data(0, ROW_ROLE)
        if row is None or row >= len(self._spans):
            return
        spans = self._spans[row]
        key = f"{id(item.parent())}:{item.text(0)}"
        index = self._cycle.get(key, -1) + 1
        if index >= len(spans):
            index = 0
        self._cycle[key] = index
        start, end = spans[index]
        self.span_requested.emit(start, end)

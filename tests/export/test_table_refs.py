"""'đoạn N' counts paragraphs as Word shows them: table rows are "bảng B, hàng R" instead."""

from minutes_app.core.engine import analyze
from minutes_app.export.rows import ParagraphRefs


def test_table_rows_are_not_counted_as_paragraphs():
    text = ("Mở đầu.\n"
            "Họ và tên | Chức vụ\n"
            "Nguyễn Văn An | Bí thư\n"
            "Sau bảng.\n"
            "\n"
            "A | B\n"
            "Kết thúc.")
    analysis = analyze(text)
    refs = ParagraphRefs(analysis)
    assert refs.total == 3
    assert refs.label(text.index("Sau bảng")) == "đoạn 2"
    assert refs.label(text.index("Kết thúc")) == "đoạn 3"
    assert refs.label(text.index("Nguyễn")) == "bảng 1, hàng 2"
    assert refs.label(text.index("A | B")) == "bảng 2, hàng 1"
    assert refs.labels([0, text.index("Nguyễn"), text.index("Kết")]) == "đoạn 1, 3; bảng 1, hàng 2"

"""Round 15, the summary as a secretary reads it (issue 18): a news item's source named once, without the label the
byline carries ("Tác giả:", "Người viết:"); a label that tells more ("Tin, ảnh:") is kept."""

from __future__ import annotations

import pytest
from docx import Document

from minutes_app.core.engine import analyze
from minutes_app.export import write_summary

NEWS = ("Trang chủ > Tin tức > Xây dựng Đảng\nĐảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành lần thứ 5\n{top}"
        "Ngày 12/10/2025, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5, nhiệm kỳ 2025 - 2030. "
        "Đồng chí Lê Văn An, Bí thư Đảng ủy xã chủ trì hội nghị.\nHội nghị thống nhất các nhiệm vụ trọng tâm quý IV năm "
        "2025.\n{foot}")


@pytest.mark.parametrize(("top", "foot", "source"), [
    ("Tác giả: Minh Anh\n", "", "Nguồn: Minh Anh."),
    ("Ngày đăng: 12/10/2025 | Người viết: Hoàng Hà\n", "", "Nguồn: Hoàng Hà."),
    ("", "Tin, ảnh: Thu Hà (Đài Truyền thanh xã)\n", "Nguồn: Tin, ảnh: Thu Hà (Đài Truyền thanh xã)."),
])
def test_the_source_is_named_once(top, foot, source, tmp_path):
    path = tmp_path / "tom_tat.docx"
    write_summary(analyze(NEWS.format(top=top, foot=foot)), path)
    lines = [p.text.strip(" -") for p in Document(str(path)).paragraphs]
    assert source in lines

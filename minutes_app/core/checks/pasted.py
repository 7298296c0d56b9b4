"""web-debris: what a news page carries besides its article (share buttons, view counters, the
portal's menu and breadcrumb, "Tin liên quan" and the headlines under it), pasted with the article
into the editor. The news reader already sets these lines apart from the facts (structure/header.py);
this rule offers to delete them, one run of lines at a time. Info only, and never done silently: a
clerk who keeps the page as it was keeps it.
"""

from __future__ import annotations

from typing import Iterator

from ..model import Severity
from ..structure.document import Field
from .registry import DocumentContext, Example, Issue, rule

_NEWS = ("Hội nghị Ban Chấp hành Đảng bộ xã An Bình lần thứ 5\n"
         "Chiều 12/10/2025, Ban Chấp hành Đảng bộ xã An Bình tổ chức Hội nghị lần thứ 5 nhằm đánh giá kết quả "
         "công tác 9 tháng đầu năm và triển khai nhiệm vụ quý IV năm 2025.\n"
         "Đồng chí Lê Văn Hòa, Bí thư Đảng ủy xã chủ trì hội nghị.\n")
_DEBRIS = "Lượt xem: 1.245\nChia sẻ\n"


@rule("web-debris", severity=Severity.INFO, title="Phần thừa của trang web", scope="document", examples=(
    Example(_NEWS + _DEBRIS + "Minh Anh\n", _DEBRIS, ""),
    Example(_NEWS + "Tin liên quan\nĐại hội Chi bộ thôn 2 nhiệm kỳ 2025 - 2030\n", "Tin liên quan\n"),
    Example(_NEWS + "Minh Anh\n"),  # the byline is the article's: kept
    Example("Chia sẻ kinh nghiệm sinh hoạt chi bộ.\n"),  # a sentence, no page around it
))
def web_debris(ctx: DocumentContext) -> Iterator[Issue]:
    """Lines of the news page that are not the article (its menu, counters, buttons, related headlines) may be deleted."""
    news = ctx.structure.news_hint  # (only a news item is read for its page's furniture; not the whole model)
    if news is None:
        return
    text = ctx.text
    lines = sorted(news.furniture, key=lambda f: f.start)
    runs: list[list[Field]] = []
    for line in lines:
        if runs and not text[runs[-1][-1].end:line.start].strip():
            runs[-1].append(line)
        else:
            runs.append([line])
    for run in runs:
        start, end = run[0].start, run[-1].end
        # the line breaks after the run go with it, so the text closes up (at the very end, the ones before it stay:
        # the finding starts on the page's line, where the clerk sees it)
        end = len(text) - len(text[end:].lstrip("\n"))
        count = len(run)
        what = f"{count} dòng" if count > 1 else "Dòng này"
        yield Issue(start, end,
                    f"{what} là phần của trang web (nút chia sẻ, lượt xem, chuyên mục, tin liên quan…), không thuộc "
                    "nội dung bản tin: có thể xóa.", "")

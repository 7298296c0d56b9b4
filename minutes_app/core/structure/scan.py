"""What a line may hold, read once per distinct line text (cached like ``line_shape``): the
document pass runs a reader's regular expressions only on the lines whose words call for it,
so rebuilding the model after an edit stays a few milliseconds on a 200k-character report."""

from __future__ import annotations

from functools import lru_cache

# A person's name as the readers of lines match it: two to five capitalised syllables ("Nguyễn Văn An").
NAME_WORDS = r"(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ']*\s+){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ']*"

_WORDS = {
    "giao": ("giao", "yêu cầu"),
    "assigned": ("trước ngày", "trong tháng", "trong quý", "trong tuần", "chậm nhất", "xong trước"),
    "intro": ("nhiệm vụ", "giải pháp", "phương hướng", "nội dung", "công việc", "việc", "kết luận", "đề nghị", "yêu cầu",
              "nhấn mạnh", "quán triệt"),
    "agreed": ("về nhiệm vụ", "đối với nhiệm vụ", "về phương hướng", "đối với phương hướng"),
    "ballot": ("phiếu",),
    "elect": ("bầu", "trúng cử", "đắc cử"),
    "resolution": ("nghị quyết",),
    "voted": ("biểu quyết thông qua", "thống nhất thông qua", "nhất trí thông qua"),
    "adopt": ("thông qua", "ban hành"),
    "agree": ("thống nhất đề", "nhất trí đề", "thống nhất kiến", "nhất trí kiến"),
    "discipline": ("khiển trách", "cảnh cáo", "cách chức", "khai trừ"),
    "time": ("lúc", "hồi", "bắt đầu", "hôm nay", "giờ"),
    "end": ("kết thúc", "bế mạc"),
    "form": ("trực tuyến", "trực tiếp"),
    "person": ("đồng chí", "đ/c", "ông ", "bà ", "phát biểu", "tham luận"),
    "opinion": ("- đồng chí", "- đ/c", "- ông", "- bà", "đồng chí", "phát biểu", "tham luận", "trình bày"),
    "present": ("dự", "có mặt"),
    "meeting": ("họp", "sinh hoạt", "hội nghị", "đại hội"),
    "term": ("giai đoạn", "nhiệm kỳ"),
    "target_lead": ("chỉ tiêu", "mục tiêu"),
    "forward": ("phương hướng", "nhiệm vụ", "năm tới", "thời gian tới", "kế hoạch", "phấn đấu"),
}


# Each distinct word once, with the families it names (speed: one plain loop of substring tests,
# not a generator per family; the same families).
_FAMILIES_OF = {}
for _name, _words in _WORDS.items():
    for _word in _words:
        _FAMILIES_OF.setdefault(_word, set()).add(_name)
_WORD_FAMILIES = tuple((word, frozenset(names)) for word, names in _FAMILIES_OF.items())


@lru_cache(maxsize=65536)
def tags(line: str) -> frozenset[str]:
    """The reader families worth running on ``line``."""
    low = line.lower()
    found = set()
    for word, names in _WORD_FAMILIES:
        if word in low:
            found |= names
    if "intro" in found and ":" not in low:
        found.discard("intro")
    if ":" in low[:70] or " là " in low[:50]:  # "Chủ trì cuộc họp là ông …"
        found.add("label")
    return frozenset(found)


def lines_with(text: str, spans, tag: str):
    """The (start, end) spans among ``spans`` whose line may hold ``tag``."""
    return [(start, end) for start, end in spans if tag in tags(text[start:end])]

"""The meeting a biên bản records or a news item reports (domain.md §2): name, kind, start and
end time, date, place, chairs, secretary, guests, form; and the opinions voiced at it.

A biên bản labels its facts ("Thời gian:", "Địa điểm:", "Chủ trì:", "Thư ký:") or opens with a
sentence ("Vào lúc 8 giờ 00 phút, ngày …, tại …, Chi bộ … tiến hành …"); a news item says it
in its lead ("Sáng 11/7, Huyện ủy X tổ chức hội nghị …; đồng chí Y chủ trì").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..lexicon import is_compound
from ..model import Entity
from ..resources import alternation, word_list, word_pairs
from .document import DayMonth, Field, Meeting, Opinion
from .header import iso
from .scan import NAME_WORDS, real_name, tags

_LABEL = re.compile(r"\s*(?:[IVX]+[.\-]\s*|\d+(?:\.\d+)*[.)\-]?\s*|[a-zđ][.)]\s*|[-–•+*]\s*)?"
                    r"(?P<label>[^\W\d_][^:]{1,40}?)\s*:\s*(?P<value>.*?)\s*$")
_LABEL_OF = dict(word_pairs("meeting_labels"))  # label → the fact it names (time, place, chair, …)
# "h" and "g" are units only when no letter follows ("19h30", "8g"; not "thôn 2 họp", "tổ 3 gồm")
TIME = re.compile(r"(?<![\d/])(?P<h>[01]?\d|2[0-3])\s*(?:giờ|h(?![^\W\d_])|g(?![^\W\d_])|:)\s*(?P<m>[0-5]\d)?(?:\s*phút)?"
                  r"(?![\d/])", re.IGNORECASE)
_TIME_CONTEXT = re.compile(r"(?:lúc|hồi|từ|vào|bắt đầu|khai mạc)\s*$", re.IGNORECASE)
DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?P<m>\d{1,2})"
                  r"(?:\s*(?:/|-|\.|\s+năm\s+)\s*(?P<y>\d{4}))?(?![\d/])")
_DAY_WORD = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|hôm)\s*(?:ngày\s*|nay\s*\(\s*)?(?:thứ\s+\w+,?\s*(?:\(\s*)?)?$", re.IGNORECASE)
# ("Biên bản được lập xong hồi 10 giờ 40 phút cùng ngày, đọc trước Đại hội": the minutes close with the meeting)
_END = re.compile(r"(?:kết thúc|bế mạc|kết thúc vào|họp kết thúc|kết thúc buổi|biên bản (?:được )?lập xong)[^.\n]{0,40}?"
                  r"(?:(?:vào\s+)?(?:lúc|hồi)\s*|vào\s+(?=\d))"
                  # "Buổi sinh hoạt kết thúc 21 giờ 15 phút cùng ngày": the time right after the verb
                  r"|(?:kết thúc|bế mạc)\s+(?=\d{1,2}\s*(?:giờ|h|g|:\d))", re.IGNORECASE)
# what else may end before the meeting does ("Việc kiểm phiếu kết thúc …", "Phần thảo luận kết thúc …")
_NOT_THE_MEETING = re.compile(r"(?:kiểm phiếu|bỏ phiếu|thảo luận|\bphần\b|tham quan)[^.;\n]{0,25}$", re.IGNORECASE)
_UNTIL = re.compile(r"\s*(?:đến|tới|-|–)\s*")
# what a body named after the venue does when it is the one holding the meeting, not the venue's seat
_ACTS = r"tổ chức|họp|tiến hành|khai mạc|chủ trì|phối hợp|đã|vừa|sẽ|được|diễn ra|long trọng|trọng thể"
_PLACE_PATTERN = re.compile(r"\b(?:[Tt]ại|ở(?=\s+(?i:trụ sở|hội trường|nhà văn hóa|nhà văn hoá|phòng họp|văn phòng)\b))\s+(?P<place>"
                          # "tại nhà đồng chí Lò Văn Pành, chi ủy viên": a member's house is the venue and its owner's
                          # name part of it ("đồng chí …" ends any other venue)
                          r"(?i:nhà|tư gia)(?:\s+riêng)?(?:\s+của)?\s+(?i:đồng chí|đ/c|ông|bà)\s+[^,.;()\n]{2,60}?|"
                          # (a room: the centre whose room it is may follow, below)
                          r"(?:(?=(?P<room>(?i:phòng|hội trường)\b))|)(?!(?:Quyết định|Nghị quyết|Kết luận|Chỉ thị|Thông báo|Điều|văn bản|"
                          r"Công văn|Kế hoạch|hội nghị|Hội nghị|buổi|Buổi|cuộc họp|Cuộc họp|kỳ họp|Kỳ họp|phiên họp|Phiên họp|đại hội|Đại hội|"
                          r"sinh hoạt|lễ|Lễ|đây|chỗ)\b)[^,.;()\n]{3,90}?"
                          # "Phòng họp số 1, Trụ sở Đảng ủy phường": a room, then the building it is in
                          # (not the body that, after the venue, holds the meeting: "tại Hội trường UBND xã, Trung tâm
                          # Chính trị huyện tổ chức …")
                          r"(?:,\s*(?:Trụ sở|trụ sở|Hội trường|Nhà văn hóa|Nhà văn hoá|Tòa nhà|Toà nhà|Tầng|tầng|Văn phòng|Trường|"
                          r"Trung tâm (?:hành chính|Hành chính|Văn hóa|văn hóa|Chính trị|chính trị|Phục vụ|phục vụ))\b"
                          r"(?:(?!\s(?:" + _ACTS + r")\b)[^,.;()\n]){2,60}?|"
                          # "Trung tâm Văn hóa, Thể thao và Học tập cộng đồng xã X": a coordinated list inside the name
                          r",\s*(?=[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s+và\s)[^,.;()\n]{3,90}?|"
                          # "Hội trường tầng 5, nhà A, Bệnh viện Đa khoa tỉnh", "Phòng họp số 1, UBND tỉnh": a block of the
                          # site, and the body whose seat it is (not the body that, after the venue, holds the meeting:
                          # "tại Hội trường xã, UBND xã tổ chức …")
                          r",\s*(?:nhà|dãy|khu|khối|tòa|toà)\s+[A-ZĐ\d]\w{0,3}(?=\s*,)|"
                          # ("phòng giao ban khoa Khám bệnh, Trung tâm Y tế huyện Cẩm Khê, Chi bộ …": the centre, the station
                          # whose room it is; only after a room, and ending where the meeting's subject begins: not "tại Nhà
                          # văn hóa thôn, Trạm Y tế xã cấp phát thuốc …", where the station is who acts)
                          r",\s*(?(room)(?:Trung tâm|Trạm)\b[^,.;()\n]{2,60}?(?=\s*,\s*(?:[A-ZĐÀ-Ỹ]|"
                          r"(?:chi bộ|đảng bộ|chi ủy|chi uỷ|đảng ủy|đảng uỷ|ban|hội|đoàn|các)\s))|(?!))|"
                          r",\s*(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Tỉnh ủy|Huyện ủy|Thành ủy|Quận ủy|Thị ủy|Đảng ủy|"
                          r"Bệnh viện|Công ty|Sở)\b(?:(?!\s(?:" + _ACTS + r")\b)[^,.;()\n]){2,60}?(?=\s*[,.;(]|\n|$)){0,2})"
                          r"(?=\s*(?:[,.;(]|$|\s(?:nhằm|để|với|do|dưới|vào|đồng chí|từ|lúc|hồi|có|gồm|kết nối|đã|diễn ra|sẽ|tiếp tục|"
                          # "tại Phòng họp, Trung tâm Hành chính công huyện được tổ chức …": the meeting held there
                          r"được|"
                          # "tại Hội trường UBND xã và trực tuyến đến 12 điểm cầu": the venue, not the online part
                          r"(?:và|kết hợp(?: với)?)\s+(?:trực tuyến|trực tiếp|truyền hình)|"
                          # "từ điểm cầu chính tại hội trường UBND xã đến 14 điểm cầu thôn": where the link reaches
                          r"(?:đến|tới)\s+(?:các\s+|\d+\s+)?điểm cầu)\b))")
# What a venue opens with when it does not open with a capital (a name: "Hội trường UBND xã", "Hà Nội"): a building or room
# ("hội trường", "nhà văn hóa thôn 3", "phòng họp"), or a unit followed by its name or number ("xã Chiềng Đen", "thôn 3").
_VENUE_NOUN = re.compile(r"(?:hội trường|phòng|nhà|trụ sở|trung tâm|điểm|trường|sân|khuôn viên|văn phòng|tầng|đình|"
                         r"chùa|quảng trường|công viên|khách sạn|gia đình|hội quán|thao trường|trạm|nơi|khu nhà|ký túc|"
                         # a site named after its kind: "khu di tích Tân Trào", "đền Hùng", "nghĩa trang liệt sĩ xã"
                         r"khu di tích|khu du lịch|khu tưởng niệm|khu lưu niệm|di tích|đền|nghĩa trang|bảo tàng|"
                         r"cung văn hóa|cung văn hoá|nhà bia)\b"
                         r"|(?:thôn|xóm|bản|ấp|tổ dân phố|khu phố|khu vực|khu|tổ|xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|TP\.?|"
                         r"cơ quan|số|đường|làng|buôn|sóc|đội)\s+(?=[A-ZĐÀ-Ỹ\d])")


def _venue_like(value: str) -> bool:
    """Whether the words after "tại" can be where a meeting sits: a name (capitalised) or a building, room or unit,
    not a common noun of the sentence ("tại địa phương", "tại phiên chất vấn này", "tại các quận nội thành", "tại 56 chi,
    đảng bộ"), nor words cut inside a quoted title ("khu vực Tây Nam bộ” …")."""
    value = value.strip()
    if not value or value[0].isdigit() or value.count("”") > value.count("“") or value.count("“") > value.count("”"):
        return False
    return value[0].isupper() or bool(_VENUE_NOUN.match(value))


class _Venues:
    """``_PLACE_PATTERN.search``, skipping the matches whose words cannot be a venue (``_venue_like``)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        for match in self.pattern.finditer(text, pos, len(text) if endpos is None else endpos):
            if _venue_like(match["place"]):
                return match
        return None


_PLACE_AFTER = _Venues(_PLACE_PATTERN)
_HELD_AT = re.compile(r"(?:[Hh]ội nghị|[Đđ]ại hội|[Bb]uổi sinh hoạt|[Cc]uộc họp|[Kk]ỳ họp|[Pp]hiên họp)\s+(?:đã\s+)?(?:được\s+)?"
                      r"(?:tổ chức|diễn ra|tiến hành|khai mạc)\s+(?:trọng thể\s+|long trọng\s+)?tại\s"
                      # "Chi bộ họp tại nhà đồng chí X", "Chi ủy sinh hoạt thường kỳ tại nhà văn hóa thôn": the body meets
                      r"|(?:[Cc]hi bộ|[Cc]hi ủy|[Cc]hi uỷ|[Đđ]ảng ủy|[Đđ]ảng uỷ|[Bb]an [Cc]hấp hành|[Bb]an [Tt]hường vụ|[Tt]hường trực)"
                      r"[^,.;:\n]{0,60}?\s(?:đã\s+)?(?:họp|sinh hoạt)(?:\s+(?:thường kỳ|định kỳ|chuyên đề|mở rộng))?\s+tại\s")
_ADDRESS = re.compile(r",\s*(?=(?:thôn|xóm|bản|ấp|tổ dân phố|khu phố|khu|xã|phường|thị trấn|quận|huyện|tỉnh|"
                      r"thành phố|TP\.?|số\s+\d|đường)\b)", re.IGNORECASE)
_COMRADE = re.compile(r"(?:đồng chí|đ/c|ông|bà)\s+", re.IGNORECASE)
PERSON_NAME = re.compile(r"(?P<name>" + NAME_WORDS + r")")
# a comma that ends a meeting's name in a news lead: the next clause ("…, triển khai nhiệm vụ …", "…, tại …"), not a
# list in the name ("sơ kết công tác xây dựng Đảng, hệ thống chính trị 6 tháng đầu năm")
_NEXT_CLAUSE = (r"triển khai|bàn|đề ra|thảo luận|thông qua|cho ý kiến|quán triệt|đánh giá|kiểm điểm|tổng kết|sơ kết|"
                r"định hướng|phương hướng|nhằm|để|tại|vào|lúc|từ|với|do|dưới|có|đồng thời|và|ngày|sáng|chiều|tối|"
                r"nhiệm kỳ|khóa|khoá|lần thứ|đây|qua đó|góp phần|bầu|kiện toàn|xem xét|nghe|giải quyết|thống nhất|"
                r"hướng tới|chào mừng|kỷ niệm|trong|đến|cùng|[^\w\s]|\d")
# "hội nghị quán triệt, triển khai Nghị quyết …": a comma after a bare verb joins a second verb of the same name
_BARE_VERB = r"(?<!quán triệt)(?<!học tập)(?<!nghiên cứu)(?<!sơ kết)(?<!tổng kết)(?<!phổ biến)"
# "sinh hoạt chuyên đề với chủ đề “Đảng viên đi đầu chuyển đổi số”"
_THEME = re.compile(r"\s+(?:với\s+)?(?:chủ đề|với nội dung)\s*:?\s*(?:“[^”\n]{3,200}”|\"[^\"\n]{3,200}\")")
_HELD = re.compile(r"(?P<who>[A-ZĐÀ-Ỹ][^,.;:]{2,120}?)\s+(?:đã\s+|vừa\s+|long trọng\s+|chính thức\s+|trọng thể\s+)*"
                   r"(?:(?:tổ chức|tiến hành|khai mạc|họp|chủ trì|triệu tập)(?:\s+thành công|\s+trọng thể)?(?:\s+phiên (?:trọng thể|khai mạc))?\s+|"
                   r"(?=sinh hoạt (?:chuyên đề|thường kỳ|định kỳ)))"
                   r"(?P<what>(?:[Hh]ội nghị|[Đđ]ại hội|[Bb]uổi sinh hoạt|"
                   r"[Ss]inh hoạt|[Cc]uộc họp|[Pp]hiên họp|[Kk]ỳ họp|[Hh]ội thảo|[Ll]ễ|[Pp]hiên (?=thường kỳ|định kỳ|bất thường)|"
                   # "Ủy ban MTTQ xã Vũ Muộn tổ chức sơ kết công tác 6 tháng đầu năm, …": the review (or gathering) itself
                   r"(?<=tổ chức )(?:[Ss]ơ kết|[Tt]ổng kết|[Hh]ọp mặt|[Gg]ặp mặt|(?:[Hh]ọp\s+)?[Gg]iao ban)\b)"
                   r"(?:“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"|[^.;“\"])"
                   r"{0,160}?)(?=[.;]|" + _BARE_VERB + r",\s*(?:" + _NEXT_CLAUSE + r")\b|(?<!đối)\s+(?:nhằm|để|"
                   # "Hội nghị trực báo … 9 tháng đầu năm do Đ/c Trần Thị Cảnh … chủ trì": the chair's clause ends the name
                   r"gắn với|gắn liền với|kết hợp với|với|dưới sự|theo hình thức|tại|ở(?=\s+(?i:trụ sở|hội trường|nhà văn hóa|nhà văn hoá|phòng họp|văn phòng)\b)|do\s+(?:đồng chí|đ/c|Đ/c|ông|bà))\b|$)")
_MET_FOR = re.compile(r"(?<!\w)(?:đã\s+|vừa\s+)?(?P<what>họp\s+(?:xét|bàn|đánh giá|triển khai|thông qua|cho ý kiến|kiểm điểm|sơ kết|"
                      r"tổng kết|nghe|rà soát|quán triệt)\b[^.;]{3,140}?)(?=[.;]|,\s|$)")
_NAMED_MEETING = re.compile(r"(?P<what>(?:Đại hội|Hội nghị|Kỳ họp|Phiên họp)\s+[^.;:()]{5,140}?)(?=\s*(?:[.;:(]|$)|,\s*(?:tại|vào|"
                            r"lúc|từ|ngày|với|đã|diễn ra)\b|\s+(?:đã|vừa|được|diễn ra|khai mạc|tại|vào|lúc|tiến hành|tổ chức|"
                            r"họp|bầu|gồm|do|có|báo cáo|kiểm phiếu|ở(?=\s+(?i:trụ sở|hội trường|nhà văn hóa|nhà văn hoá|phòng họp|văn phòng)\b))\b)")
# "Vào lúc 14 giờ …", "Hôm nay, …", also after the mandate it carries out ("Thực hiện Chương trình công tác
# năm 2025, hôm nay, vào lúc 7 giờ 30 …")
_OPENING = re.compile(r"\s*(?:(?:thực hiện|căn cứ|theo|được sự|thi hành|chấp hành)\s[^.;]{0,200}?,\s*)?"
                      r"(?:vào\s+)?(?:lúc|hồi|hôm nay|bắt đầu)")
# "Đại hội khai mạc hồi 7h30 ngày 26/9/2025 tại …", "Hội nghị bắt đầu vào lúc 8 giờ": the opening told after its subject
_OPENED_AT = re.compile(r"(?:^|(?<=[.;]\s))\s*(?:đại hội|hội nghị|cuộc họp|phiên họp|kỳ họp|buổi|chi bộ|đảng ủy|đảng uỷ|ban chấp hành|ban thường vụ|"
                        r"ủy ban|uỷ ban|ubnd|hđnd|hội đồng)[^.;:]{0,80}?\b(?:khai mạc|bắt đầu|tiến hành|được tổ chức|diễn ra|họp)"
                        # "Chi bộ họp tại Nhà văn hóa thôn 3 vào lúc 19 giờ 30", "… được tổ chức tại … từ 19 giờ 30 đến 21 giờ"
                        r"(?:\s+tại\s[^.;:]{3,90}?)?\s+(?:vào\s+(?:lúc\s+|hồi\s+)?|lúc\s+|hồi\s+|từ\s+(?:lúc\s+)?)\d")
# "…, khai mạc lúc 7 giờ 30 phút và bế mạc lúc 17 giờ cùng ngày": the opening told mid-sentence
_OPENS_AT = re.compile(r"\b(?:khai mạc|bắt đầu)\s+(?:vào\s+)?(?:lúc|hồi)\s*\d")
_OPENED = re.compile(r"(?P<what>(?:[Đđ]ại hội|[Hh]ội nghị|[Kk]ỳ họp|[Pp]hiên họp)\s[^.;]{3,160}?)\s+(?:đã\s+|vừa\s+|chính thức\s+|"
                     r"trọng thể\s+|long trọng\s+|được\s+)*"
                     # "Hội nghị Ban Chấp hành Đảng bộ xã … họp ngày 05/3/2024, …": met on a day, at a place
                     r"(?:khai mạc|diễn ra|bế mạc|được tổ chức|họp(?=\s+(?:ngày|vào|lúc|hồi|tại|từ)\b))\b")
# (not the "điều hành" of governing: "trong chỉ đạo, điều hành", "quản lý, điều hành")
_CHAIR_VERB = re.compile(r"\b(?:chủ trì|chủ tọa|chủ toạ|(?<!chỉ đạo, )(?<!chỉ đạo )(?<!quản lý, )(?<!quản lý )(?<!lãnh đạo, )"
                         r"(?<!lãnh đạo )điều hành)\b", re.IGNORECASE)
# "dưới sự chủ trì của đồng chí X", "với sự chủ trì của ông X": the chair named after the verb
_CHAIRED_BY = re.compile(r"\s+của\s+(?:các\s+)?(?:(?:đồng chí|đ/c|ông|bà)\s+)?", re.IGNORECASE)
# "Các ông: A, Bí thư Huyện ủy; B, Phó Bí thư …; C, … đồng chủ trì hội nghị": the chairs listed before the verb
_LISTED = re.compile(r"\s*(?:các đồng chí|các đ/c|các ông|các bà|các ông,? bà)\s*:", re.IGNORECASE)
_NAMED_FIRST = re.compile(r"\s*(?:(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\s+)?(?-i:[A-ZĐÀ-Ỹ])[^\s,;:]*\s+(?-i:[A-ZĐÀ-Ỹ])",
                          re.IGNORECASE)
# a list of the chairs opened after the verb: "chủ trì, gồm các đồng chí:", "chủ trì hội nghị là các đồng chí:"
# the chairs named after the verb: "Chủ trì hội nghị có đồng chí X", "cùng chủ trì là các đồng chí: …", "… chủ trì, gồm
# các đồng chí A, B và C" (after a comma only "gồm": "chủ trì hội nghị, có đồng chí X dự" names a guest)
_CHAIRS_AFTER = re.compile(r"(?:\s+(?:(?:hội nghị|đại hội|cuộc họp|phiên họp|kỳ họp|buổi sinh hoạt|buổi họp)\s+)?(?:có|là|gồm)"
                           r"|\s*,\s*gồm)\s+(?=(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\b)", re.IGNORECASE)
# the chair's role written as the last item of a person's apposition in a labelled list: "…, Hiệu trưởng, chủ trì",
# "… (chủ trì)" — the verb closes the clause; "chủ trì hội nghị" or "chủ trì xây dựng đề án" does not
_ROLE_OPENS = re.compile(r"(?:,|\(|\s[-–])\s*$")
_ROLE_CLOSES = re.compile(r"\s*\)?\s*$")
# the label such a list opens with: who sits at the meeting ("Thành phần:", "Đoàn Chủ tịch:", "Chủ trì:"), not a task's
# ("Phân công:", "Trách nhiệm thực hiện:", where "chủ trì" names who leads the work)
_ROSTER_LABEL = re.compile(r"(?:[\s\-–+•*]|\d{1,2}[.)]|[a-đ]\))*(?:" + alternation(list(word_list("roster_labels")) + [
    label for label, fact in _LABEL_OF.items() if fact in ("chair", "guests")]) + r")(?:\s+gồm(?:\s+có)?)?\s*:", re.IGNORECASE)
# the object of a caption's "chủ trì" that is the meeting itself ("chủ trì buổi làm việc"; none: "…, Bí thư, chủ trì")
_CHAIRED_MEETING = re.compile(r"(?:\s*(?:,|và)\s*(?:điều hành|điều khiển))?\s*(?:(?:" + alternation(
    word_list("chaired_gatherings")) + r")\b|\s+của\s|\)?\s*$)", re.IGNORECASE)
# a clause adding chairs to the one named before it: "…; cùng chủ trì có đồng chí B", "đồng chí C đồng chủ trì"
_CO_CHAIR = re.compile(r"\b(?:cùng|đồng)\s+$", re.IGNORECASE)
_CHAIRS_LISTED = re.compile(r"\b(?:gồm|là|có)\s+(?:các\s+)?(?:đồng chí|đ/c|ông|bà|ông,? bà)\s*:", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s(?:và|cùng)\s+(?:các đồng chí|các đ/c|các ông|các bà|các ông,? bà)\s*:", re.IGNORECASE)
_FORM = re.compile(r"trực tiếp kết hợp (?:với )?trực tuyến|trực tuyến kết hợp (?:với )?trực tiếp|trực tuyến|trực tiếp",
                   re.IGNORECASE)
_POINTS = re.compile(r"(\d+)\s+điểm cầu", re.IGNORECASE)


_NEXT_LABEL = re.compile(r"(?:;|\.(?<!\b[A-ZĐ]\.))\s*(?=(?:Thư ký|Chủ trì|Chủ tọa|Địa điểm|Thời gian|Đại biểu|Hình thức|Đoàn Thư ký|Đoàn thư ký|"
                         r"Người ghi biên bản|Ghi biên bản)[^:;]{0,30}(?::|\slà\s))"
                         # "Chủ trì cuộc họp: X; thư ký cuộc họp: Y": after a semicolon the next label may be lower-case
                         r"|;\s*(?=(?i:thư ký|chủ trì|chủ tọa|chủ toạ|người ghi biên bản|ghi biên bản)[^:;]{0,30}(?::|\slà\s))")
# "Chủ trì cuộc họp là ông X", "Thư ký là đồng chí Y": the label said with "là" instead of a colon
_IS_LABEL = re.compile(r"\s*(?:[-–•+*]\s*)?(?P<label>[^\W\d_][^:]{1,40}?)\s+là\s+(?P<value>(?:đồng chí|đ/c|ông|bà)\s.*?)\s*$",
                       re.IGNORECASE)


def labelled(text: str, start: int, end: int) -> tuple[str, Field] | None:
    """("time"|"place"|…, the value) when the line is a labelled fact of a biên bản."""
    found = _labelled_line(text[start:end])
    if found is None:
        return None
    key, a, b = found
    return key, Field(text[start + a:start + b], start + a, start + b)


@lru_cache(maxsize=65536)
def _labelled_line(line: str) -> tuple[str, int, int] | None:
    match = _LABEL.match(line)
    said = _IS_LABEL.match(line) if match is None else None
    if said and _LABEL_OF.get(re.sub(r"\s+", " ", said["label"].strip().lower())) in ("chair", "secretary"):
        match = said
    if not match:
        return None
    label = re.sub(r"\s+", " ", match["label"].strip().lower())
    key = _LABEL_OF.get(label)
    if key is None:  # "Đoàn Chủ tịch gồm các đồng chí", "Chủ trì và điều hành hội nghị"
        key = next((_LABEL_OF[known] for known in _PREFIXES if label.startswith(known + " ")), None)
    if key is None:
        return None
    if _FORM_BLANK.fullmatch(match["value"]):
        return None  # a blank form's field: "Địa điểm: (ghi địa điểm diễn ra hội nghị)", "Thư ký: Đồng chí……"
    return key, match.start("value"), match.end("value")


# the value of a blank form's field: an instruction in brackets, dots, or a title with dots in place of the name
_FORM_BLANK = re.compile(r"\s*(?:\((?:ghi|nơi|họ và tên|họ tên|ghi rõ|số lượng)[^)]*\)|(?:(?:[Đđ]ồng chí|[Đđ]/c)\s*)?[.…_]+)\s*\.?\s*")


_PREFIXES = sorted((label for label in _LABEL_OF if len(label) > 4 and label not in ("đại biểu",)), key=len, reverse=True)


def time_in(text: str, start: int, end: int, need_context: bool = False) -> Field | None:
    for match in TIME.finditer(text, start, end):
        unit = text[match.start():match.end()].lower()
        if ":" in unit and match["m"] is None:
            continue
        if need_context and not _TIME_CONTEXT.search(text, max(start, match.start() - 20), match.start()):
            continue
        if "giờ" not in unit and "h" not in unit and ":" not in unit and "g" not in unit:
            continue
        return Field(f"{int(match['h']):02d}:{int(match['m'] or 0):02d}", match.start(), match.end())
    return None


_DAY_RANGE = re.compile(r"(?:ngày|trong hai ngày|hai ngày)\s+(?P<d>\d{1,2})\s*(?:và|-|–|,)\s*\d{1,2}\s*/\s*(?P<m>\d{1,2})"
                        r"(?:\s*/\s*(?P<y>\d{4}))?", re.IGNORECASE)


def date_in(text: str, start: int, end: int, year: int | None = None, need_day_word: bool = True) -> Field | None:
    """The first date of text[start:end], ISO, its year from ``year`` when the text gives none; when neither gives a
    year, the day and month as written (a ``DayMonth``: "Ngày 26/04, …", "vào lúc 8 giờ ngày 14/10"), only after a
    day word ("ngày", "sáng", "chiều" …: "5/7 đồng chí" is no date)."""
    partial = None  # a full date later in the span is still the one to take
    spread = _DAY_RANGE.search(text, start, end)  # "trong hai ngày 14 và 15/7": the first day
    if spread:
        first = DATE.search(text, start, end)
        if first is None or first.start() >= spread.start():
            day, month = int(spread["d"]), int(spread["m"])
            if spread["y"] or year:
                return Field(iso(day, month, int(spread["y"] or year)), spread.start(), spread.end())
            if 1 <= day <= 31 and 1 <= month <= 12:
                partial = Field(DayMonth(day, month), spread.start(), spread.end())
    for match in DATE.finditer(text, start, end):
        said = _DAY_WORD.search(text, max(start, match.start() - 25), match.start())
        if need_day_word and not said:
            continue
        try:
            day, month = int(match["d"]), int(match["m"])
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
        except ValueError:
            continue
        y = int(match["y"]) if match["y"] else year
        if y is not None:
            return Field(iso(day, month, y), match.start(), match.end())
        if said and partial is None:
            partial = Field(DayMonth(day, month), match.start(), match.end())
    return partial


def place_in(text: str, start: int, end: int) -> Field | None:
    """The venue after "tại" in text[start:end], without its address."""
    place = _PLACE_AFTER.search(text, start, end)
    return short_place(place["place"], place.start("place")) if place else None


def short_place(value: str, at: int) -> Field:
    """The venue without its address: "Hội trường UBND xã, thôn Đông Hạ, …" → "Hội trường UBND xã"."""
    value = value.strip().rstrip(".;")
    main = _MAIN_POINT.match(value)
    if main and len(value) - main.end() >= 6:  # "điểm cầu chính ở Hội trường 2 - Trụ sở Tỉnh ủy": the hall is the venue
        value, at = value[main.end():], at + main.end()
    bracket = value.find(" (")  # "Trụ sở Đảng ủy xã (phòng họp tầng 2)", "nhà đồng chí Bí thư (số 12, đường …)"
    if bracket >= 6:
        value = value[:bracket]
    held = value.find(" theo hình thức ")  # "Hội trường Khu phố 5 theo hình thức trực tiếp": how it was held
    if held >= 6:
        value = value[:held]
    clause = value.find(";")  # "Hội trường A, Trung tâm …; kết nối trực tuyến đến …": the next clause says something else
    if clause >= 6:
        value = value[:clause]
    match = _ADDRESS.search(value)
    if match and match.start() >= 6:
        value = value[:match.start()]
    return Field(value, at, at + len(value))


_MAIN_POINT = re.compile(r"điểm cầu chính\s+(?:ở|tại)\s+", re.IGNORECASE)
_MANY = re.compile(r"(?:các|\d+)\s+(?:đồng chí|đ/c|ông|bà)\s*:?\s*")  # "gồm các bà: A, B, C", "gồm 03 đ/c: …"


def names_in(text: str, start: int, end: int, officials: list[Entity]) -> list[Field]:
    """People named in a span: officials the detector found, else capitalised names after đồng chí."""
    found = [name_field(e) for e in officials if start <= e.start < end and e.get("name")]
    line_start = text.rfind("\n", 0, start) + 1
    many = bool(_MANY.search(text, line_start, end))
    names = list(found)
    for match in _COMRADE.finditer(text, start, end) if not many else ():
        # "đồng chí A và đồng chí B": each name after its "đồng chí", beside those the detector found
        name = PERSON_NAME.match(text, match.end(), end)
        if name is None or any(n.start <= name.start() < n.end or name.start() <= n.start < name.end() for n in names):
            continue
        if found and not real_name(name["name"]):
            continue
        who = _capitalised(name["name"])  # "… Lâm Thị Xuân Mai điều hành": not the verb the letter class let in
        if len(who.split()) >= 2:
            names.append(Field(who, name.start(), name.start() + len(who)))
    if found and not many:
        return sorted(names, key=lambda n: n.start)
    plural = _MANY.search(text[start:end]) or (re.match(r"", "") if many else None)
    if plural:  # "các đồng chí: A, B và C", "gồm 02 đồng chí: A, B" (titles, if any, after each name)
        for piece in re.finditer(r"[^,;]+", text[start + plural.end():end]):
            for part in re.split(r"\s+và\s+", piece[0]):
                name = PERSON_NAME.match(part.strip())
                who = _capitalised(name["name"]) if name else ""  # "… C điều hành đại hội": not the verb
                if len(who.split()) >= 2 and who not in {n.value for n in names}:
                    if found and not real_name(who):
                        continue  # beside the detected officials only a real name ("Đảng ủy" is none)
                    at = text.find(who, start + plural.end())
                    if any(e.start <= at < e.end for e in officials):
                        continue
                    names.append(Field(who, at, at + len(who)))
        names.sort(key=lambda n: n.start)
    if not names:
        name = PERSON_NAME.match(text, start, end)
        if name and name.end() - name.start() >= 5 and len(name["name"].split()) >= 2:
            names.append(Field(name["name"], name.start(), name.end()))
    return names


def sentence_case(text: str, source: str = "") -> str:
    """"SINH HOẠT CHI BỘ QUÝ II NĂM 2024" → "Sinh hoạt chi bộ quý II năm 2024" (Roman numerals kept).
    With the document's ``source`` text, the names in the title take the case the document writes
    them in ("ĐẠI HỘI CHI BỘ THÔN PHÚ LỄ" → "Đại hội chi bộ thôn Phú Lễ", not "thôn phú lễ")."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):  # "(Kỳ sinh hoạt thường kỳ tháng 9 năm 2024)"
        text = text[1:-1].strip()
    # "HỘI NGHỊ … LẦN THỨ 9 (mở rộng)", "… LẦN THỨ 3 (khóa I, nhiệm kỳ 2025 - 2030)": a qualifier in lower case
    tail = re.search(r"\s+\([^()]{2,40}\)$", text)
    if tail and not any(c.isupper() for c in re.sub(r"\b[IVXLC]+\b", "", tail[0])) and text[:tail.start()].isupper():
        return sentence_case(text[:tail.start()], source) + text[tail.start():]
    if not text.isupper():
        return text[:1].upper() + text[1:]
    words = [w if len(w) > 1 and set(w.strip(",.;:")) <= set("IVXLC") else w.lower() for w in text.split()]
    if source:
        words = _cased_as_written(words, source)
    joined = " ".join(words)
    return joined[:1].upper() + joined[1:]


_OPENS = re.compile(r"(?:^|[.!?:\n])\s*\Z")


def _cased_as_written(words: list[str], source: str) -> list[str]:
    """The title's words, each run of two or more cased as the document writes it in running text
    (not in capitals, and a run's first word only where no sentence or line starts with it)."""
    out = list(words)
    i = 0
    while i < len(words) - 1:
        for j in range(len(words), i + 1, -1):
            pattern = r"(?<!\w)" + r"\s+".join(re.escape(w.strip(",.;:")) for w in words[i:j]) + r"(?!\w)"
            if any(not w.strip(",.;:") for w in words[i:j]):
                continue
            seen = [(m, bool(_OPENS.search(source, max(0, m.start() - 3), m.start())))
                    for m in re.finditer(pattern, source, re.IGNORECASE) if not m[0].isupper()]
            if not seen:
                continue
            found, opens = min(seen, key=lambda pair: pair[1])  # mid-sentence first: its capitals are the name's
            written = found[0].split()
            if opens:
                written[0] = words[i].strip(",.;:")  # a sentence opens with it: its capital says nothing
            out[i:j] = [w.replace(w.strip(",.;:"), c) for w, c in zip(words[i:j], written)]
            i = j
            break
        else:
            i += 1
    return out


def name_field(official: Entity) -> Field:
    """An official's name with the span of the name alone (not its titles)."""
    name = official.get("name")
    at = official.text.find(name)
    start = official.start + at if at >= 0 else official.start
    return Field(name, start, start + len(name) if at >= 0 else official.end)


_REGULAR_MEETING = re.compile(r"(?:sinh hoạt|họp|phiên|kỳ họp)(?:\s+(?:chi bộ|chi ủy|chi uỷ))?\s+(?:thường kỳ|định kỳ)",
                              re.IGNORECASE)


@lru_cache(maxsize=None)
def _one_matter() -> re.Pattern:
    """A chi bộ's meeting whose subject is one matter of resources/meeting_matters.txt: the matter opens the words or
    follows the meeting's own name ("Họp chi bộ xét kết nạp …", "Hội nghị kiểm điểm, đánh giá, xếp loại … đảng viên"),
    not a programme the meeting reviews ("Hội nghị tổng kết công tác xây dựng Đảng, kiểm điểm …"). "…" stands for up
    to six words that name no programme and no body ("xếp loại chất lượng đảng viên", not "kiểm điểm công tác phát
    triển đảng viên", "xếp loại chất lượng chi bộ và đảng viên": those rank the work or the bodies, a superior's
    business)."""
    def alternatives(name: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, entry.lower().split())) for entry in word_list(name))

    barred = alternatives("meeting_matter_not_between")
    gap = rf"\s+(?:(?!(?:{barred})(?!\w))\S+\s+){{0,6}}?"
    phrases = (gap.join(r"\s+".join(map(re.escape, part.split())) for part in entry.split("…"))
               for entry in word_list("meeting_matters"))
    steps = alternatives("meeting_matter_steps")
    return re.compile(r"(?:^\W*|(?<!\w)(?:sinh hoạt|họp|cuộc họp|hội nghị)(?:\s+(?:chi bộ|chi ủy|chi uỷ))?\s+)"
                      rf"(?:(?:{steps})\s*(?:,|và)?\s+)*(?:" + "|".join(phrases) + r")(?!\w)", re.IGNORECASE)


def meeting_kind(words: str, context: str = "") -> str | None:
    """The kind of the meeting ``words`` name; ``context`` (the sentence that tells it) may say a chi bộ met for one
    matter within its regular meeting ("họp xét đề nghị kết nạp đảng viên kết hợp sinh hoạt định kỳ tháng 8")."""
    low = words.lower()
    if "đại hội" in low and not re.match(r"[(\s]*(?:hội nghị|cuộc họp|phiên họp|sinh hoạt|buổi)", low):
        return "đại hội"  # not "Hội nghị … quán triệt Nghị quyết Đại hội XIV"
    told = (low + " " + context.lower())
    if re.search(r"(?:học tập|quán triệt|triển khai|nghiên cứu)[^.;]{0,40}?\b(?:nghị quyết|kết luận|chỉ thị)\b", low) and \
            not re.search(r"^\W*hội nghị (?:lần thứ|ban chấp hành|bch)", low):
        return "hội nghị"  # "hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương …"
    # (not "… Tờ trình của Ban Thường vụ": a paper the standing committee owns, not its meeting)
    if (re.search(r"(?<!của )(?:ban thường vụ|\bbtv\b|ban thường trực)", low) or
            re.search(r"(?:ban thường vụ|\bbtv\b|ban thường trực)[^.;,]{0,40}?\s+(?:đã\s+|vừa\s+)?"
                                                               r"(?:tổ chức|họp|tiến hành)\b", told)) \
            and not re.search(r"ban chấp hành|\bbch\b", told):
        return "hội nghị"  # "Ban Thường vụ họp hội nghị lần thứ 12": the standing committee's meeting
    if re.search(r"ban chấp hành[^.]{0,60}lần thứ|hội nghị (?:lần thứ|bch)|hội nghị ban chấp hành|hội nghị đảng ủy|hội nghị đảng uỷ|"
                 r"\bbch\b[^.]{0,40}lần thứ", low):
        # (a sơ kết conference the Ban Chấp hành holds is filed "hội nghị" by our corpora and "hội nghị BCH" by one dev
        # author: left as it was)
        return "hội nghị BCH"
    if "giao ban" in low and not re.search(r"sinh hoạt|chi bộ", low):
        return "hội nghị"  # "Hội nghị giao ban định kỳ tháng 1-2026": a briefing, not a chi bộ's regular meeting
    if "chuyên đề" in low:
        return "chuyên đề"
    if re.search(r"thường kỳ|định kỳ|thường lệ|sinh hoạt thường", low):
        return "thường kỳ"
    if _one_matter().search(low):
        # a chi bộ met for one matter: admission, confirmation, discipline
        # (regular only where the meeting itself is: "kết hợp sinh hoạt định kỳ tháng 8", not "vắng 1 đồng chí (đi khám sức
        # khỏe định kỳ)", "báo cáo định kỳ", "sinh hoạt đúng định kỳ")
        return "thường kỳ" if _REGULAR_MEETING.search(context) else "chuyên đề"
    if re.search(r"sinh hoạt chi bộ|họp chi bộ", low):
        return "thường kỳ"
    if re.search(r"hội nghị|cuộc họp|họp|phiên họp|ban thường vụ|giao ban|buổi làm việc", low):
        return "hội nghị"
    return None


_FORM_CONTEXT = re.compile(r"(?:hình thức|tổ chức|họp|diễn ra|kết nối|hội nghị|đại hội|phiên họp)\s+(?:(?:theo|bằng|dưới)\s+"
                           r"hình thức\s+)?(?=trực)|(?:trực tuyến|trực tiếp)[^.;]{0,40}\d+\s+điểm cầu", re.IGNORECASE)


# a meeting still to come, whose form the sentence tells: "hội nghị giao ban tới sẽ được tổ chức theo hình thức trực
# tuyến", "kỳ sinh hoạt sau sẽ họp trực tuyến"
_LATER_MEETING = re.compile(r"\b(?:sẽ|dự kiến|sắp tới|lần sau|lần tới|kỳ tới|kỳ sau|tiếp theo)\b", re.IGNORECASE)


def form_and_points(text: str, start: int, end: int, labelled: bool = False) -> tuple[Field | None, Field | None]:
    """The form of the meeting said in text[start:end] and the number of its điểm cầu, each as a Field;
    ``labelled``: the span is the value of "Hình thức:", which says of what."""
    form = form_in(text[start:end])
    if form is None and labelled:
        match = _FORM.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)
        form = match and ("trực tiếp kết hợp trực tuyến" if "kết hợp" in match[0].lower() else match[0].lower())
    if form is None:
        return None, None
    points = _POINTS.search(text, start, end) if "trực tuyến" in form else None
    return Field(form, start, end), (Field(int(points[1]), points.start(1), points.end(1)) if points else None)


def form_in(text: str) -> str | None:
    """trực tiếp | trực tuyến | trực tiếp kết hợp trực tuyến, said of the meeting ("tổ chức theo hình
    thức trực tuyến"), not of anything else ("công nhân trực tiếp sản xuất"); the điểm cầu are counted apart
    (``form_and_points``)."""
    context = next((m for m in _FORM_CONTEXT.finditer(text) if not _LATER_MEETING.search(
        text, max(0, text.rfind(".", 0, m.start()) + 1), m.start())), None)
    if not context:
        return None
    match = _FORM.search(text, context.start())
    if not match:
        return None
    form = match[0].lower()
    if "kết hợp" in form:
        form = "trực tiếp kết hợp trực tuyến"
    return form


def read_meeting(text: str, body: list[tuple[int, int]], officials: list[Entity], *, title: Field | None,
                 genre: str, year: int | None, lead: tuple[int, int] | None) -> tuple[Meeting | None, Field | None]:
    """The meeting and its closing time. ``body`` holds the (start, end) of the body lines; ``title`` is the header's."""
    from .header import SUBJECT_LABEL

    title_at = (title.start, title.end) if title else None  # where a name read from the title is selected
    title = title.value if title else None
    if title and (label := SUBJECT_LABEL.match(title)):
        title = title[label.end():]  # "Nội dung: Họp thống nhất phương án …": the meeting is what follows the label
        title_at = (title_at[0] + label.end(), title_at[1])
    facts: dict[str, Field] = {}
    chairs: list[Field] = []
    guests: list[Field] = []
    closing = None
    segments = []
    for start, end in body:  # "Chủ trì: …; Thư ký: …" on one line: one segment per label
        line = text[start:end]
        if "label" in tags(line) and _NEXT_LABEL.search(line):  # "; Thư ký:" or ". Thư ký:"
            cuts = [start] + [start + m.end() for m in _NEXT_LABEL.finditer(line)] + [end]
            segments.extend((a, b if b == end else b - 1) for a, b in zip(cuts, cuts[1:]))
        else:
            segments.append((start, end))
    for start, end in segments:
        line_tags = tags(text[start:end])
        if not line_tags & {"label", "time", "end", "form"}:
            continue
        found = labelled(text, start, end) if "label" in line_tags else None
        if found:
            key, value = found
            if key == "time":
                time = time_in(text, value.start, value.end)
                if time:
                    facts.setdefault("start", time)
                    until = _UNTIL.search(text, time.end, value.end)  # "từ 8 giờ 00 đến 11 giờ 15 phút": the end too
                    stop = time_in(text, until.end(), value.end) if until else None
                    if stop and stop.start == until.end() + len(text[until.end():stop.start]) - len(
                            text[until.end():stop.start].lstrip()):
                        facts.setdefault("end", stop)
                date = date_in(text, value.start, value.end, year, need_day_word=False)
                if date:
                    facts.setdefault("date", date)
                if "địa điểm" in text[start:value.start].lower() or " tại " in value.value:
                    place = _PLACE_AFTER.search(text, value.start, value.end)  # "Thời gian: 14 giờ … tại Trường …"
                    if place:
                        facts.setdefault("place", short_place(place["place"], place.start("place")))
            elif key == "place":
                said = re.match(r"\s*tại\s+", value.value, re.IGNORECASE)  # "Địa điểm họp: tại nhà đồng chí Bí thư"
                told = _PLACE_AFTER.search(text, value.start, value.end) if re.search(
                    r"trực tuyến|điểm cầu", value.value, re.IGNORECASE) else None  # "Trực tuyến …; điểm cầu chính tại X"
                if told:
                    facts.setdefault("place", short_place(told["place"], told.start("place")))
                else:
                    facts.setdefault("place", short_place(value.value[said.end():] if said else value.value,
                                                          value.start + (said.end() if said else 0)))
            elif key == "chair" and not chairs:
                chairs = _chair_names(text, value.start, value.end, officials)
            elif key == "secretary" and "secretary" not in facts:
                names = names_in(text, value.start, value.end, officials)
                if names:
                    facts["secretary"] = names[0]
            elif key == "end":
                time = time_in(text, value.start, value.end)
                if time:
                    closing = time
            elif key == "guests":
                guests.extend(names_in(text, value.start, value.end, officials))
            elif key == "form":
                form, points = form_and_points(text, value.start, value.end, labelled=True)
                if form:
                    facts.setdefault("form", form)
                    if points:
                        facts.setdefault("points", points)
                place = _PLACE_AFTER.search(text, value.start, value.end)  # "điểm cầu chính đặt tại Hội trường …"
                if place and "place" not in facts:
                    facts["place"] = short_place(place["place"], place.start("place"))
            continue
        line = text[start:end]
        low = line.lower()
        opens = None if "start" in facts or "time" not in line_tags else _OPENS_AT.search(low)
        opened_at = _OPENED_AT.search(low) if "start" not in facts and "time" in line_tags else None
        if "start" not in facts and "time" in line_tags and (_OPENING.match(low) or opened_at or opens):
            time = time_in(text, start + opens.start() if opens and not _OPENING.match(low) and not opened_at
                           else start + opened_at.start() if opened_at and not _OPENING.match(low) else start, end)
            if time:
                facts["start"] = time
                until = _UNTIL.match(text, time.end, end)  # "… từ 19 giờ 30 đến 21 giờ ngày 10/10/2025": the end too
                stop = time_in(text, until.end(), min(end, until.end() + 20)) if until else None
                if stop and stop.start == until.end():
                    facts.setdefault("end", stop)
            date = date_in(text, start, end, year)
            if date:
                facts.setdefault("date", date)
            place = _PLACE_AFTER.search(text, start, end)
            if place and "place" not in facts:
                facts["place"] = short_place(place["place"], place.start("place"))
        # not "Việc kiểm phiếu kết thúc lúc 10 giờ 25 phút": a part of the meeting ends, not the meeting
        end_match = next((m for m in _END.finditer(text, start, end) if not _NOT_THE_MEETING.search(
            text, max(start, m.start() - 40), m.start())), None) if "end" in line_tags else None
        if end_match:
            time = time_in(text, end_match.end(), min(end, end_match.end() + 30))
            if time:
                closing = time
        if "form" not in facts and "form" in line_tags:
            form, points = form_and_points(text, start, end)
            if form and re.search(r"hình thức|điểm cầu|tổ chức|hội nghị|cuộc họp", low):
                facts["form"] = form
                if points:
                    facts["points"] = points
    name = kind = None
    if genre == "tin_hoi_nghi" and lead:
        name, kind, lead_facts, lead_chairs, lead_guests = _from_lead(text, lead, body, officials, year)
        if name is None and title and re.match(r"\W*(?:hội nghị|đại hội|kỳ họp|phiên họp)\s", title, re.IGNORECASE):
            # "HỘI NGHỊ BCH ĐẢNG BỘ XÃ VI HƯƠNG THÁNG 01 NĂM 2021" over a lead that says only "… đã tổ chức họp": the
            # headline names the meeting
            name = Field(_named_by_headline(title), 0, 0)
            kind_value = meeting_kind(title)
            kind = Field(kind_value, 0, 0) if kind_value else None
        if name and title and len(title) > len(name.value) and title.lower().startswith(name.value.lower()):
            # the lead cut the name short ("Hội nghị cấp ủy mở rộng để kiểm điểm …"); the headline says all of it
            name = Field(_named_by_headline(title), name.start, name.end)
        guests = guests or lead_guests
        for key, value in lead_facts.items():
            facts.setdefault(key, value)
        chairs = chairs or lead_chairs
    elif genre == "bien_ban" and (opened := _opening_sentence(text, body)) is not None:
        # "Hôm nay, …, Chi bộ Khu 6 tổ chức buổi sinh hoạt thường kỳ tháng 10 năm 2026": the minutes' own words
        name, sentence = opened
        # where the sentence names it, before the title may stand in for the name: the time and place are told
        # before the name or after it ("… tổ chức sinh hoạt thường kỳ tháng 10 vào lúc 19 giờ 30 … tại …")
        named_start, named_end = name.start, name.end
        if title and (_folded(name.value) in _folded(title) or len(name.value.split()) <= 4):
            # "Phiên họp thường kỳ tháng 01 năm 2024 của UBND xã" says more; "sinh hoạt chuyên đề" says too little
            name = Field(sentence_case(title, text), 0, 0)
        told = text[sentence[0]:sentence[1]]
        kind_value = meeting_kind(name.value, told) or meeting_kind(title or "", told) or meeting_kind(told)
        kind = Field(kind_value, name.start, name.end) if kind_value else None
        if "start" not in facts:
            time = time_in(text, sentence[0], named_start) or time_in(text, named_end, sentence[1], need_context=True)
            if time:
                facts["start"] = time
        if "date" not in facts:
            date = date_in(text, sentence[0], sentence[1], year, need_day_word=False)
            if date:
                facts["date"] = date
        if "place" not in facts:
            place = _PLACE_AFTER.search(text, sentence[0], named_start) or _PLACE_AFTER.search(text, named_end, sentence[1])
            if place:
                facts["place"] = short_place(place["place"], place.start("place"))
    elif title:
        name = Field(sentence_case(title, text), 0, 0)
        if not re.match(r"\(?\s*(?:sinh hoạt|họp|hội nghị|đại hội|cuộc họp|phiên họp|kỳ họp|buổi)", title, re.IGNORECASE):
            # "BẦU CHI ỦY …" under "BIÊN BẢN KIỂM PHIẾU": the meeting is named in the body ("Đại hội Chi bộ …")
            for start, end in body[:15]:
                named = _NAMED_MEETING.search(text, start, end)
                if named:
                    what = named["what"].strip(" ,")
                    name = Field(what, named.start("what"), named.start("what") + len(what))
                    break
        opening = " ".join(text[s:e] for s, e in body[:6])
        kind_value = meeting_kind(title, opening) or meeting_kind(name.value, opening) or meeting_kind(opening)
        kind = Field(kind_value, 0, 0) if kind_value else None
    if genre in ("bao_cao", "other"):
        return None, closing
    if "place" not in facts and genre in ("bien_ban", "tin_hoi_nghi"):
        for start, end in body[:15]:  # "Hội nghị được tổ chức tại Hội trường Đảng ủy xã, có 27/29 …": the venue told later
            held = _HELD_AT.search(text, start, end)
            place = _PLACE_AFTER.search(text, held.end() - 4, end) if held else None
            if place:
                facts["place"] = short_place(place["place"], place.start("place"))
                break
    if not guests and genre == "bien_ban":
        guests = _guests_in_prose(text, body[:25], officials)
    if "secretary" not in facts and genre in ("bien_ban", "tin_hoi_nghi"):
        secretary = _secretary_in_prose(text, body[:25])
        if secretary:
            facts["secretary"] = secretary
    if genre in ("bien_ban", "tin_hoi_nghi"):  # "Đại hội biểu quyết bầu Đoàn Chủ tịch gồm 02 đồng chí: A, B; …"
        for start, end in body[:25]:
            presidium = _PRESIDIUM.search(text, start, end)
            if presidium:
                stop = re.compile(r"[;.](?=\s|$)").search(text, presidium.end(), end)
                listed = _chair_names(text, presidium.end(), stop.start() if stop else end, officials)
                if listed and (not chairs or {c.value for c in chairs} < {c.value for c in listed}):
                    # the presidium is the chairs; some of them read from a sentence ("Đoàn Chủ tịch gồm các đồng chí
                    # A, B, C điều hành đại hội": the detector names A only) stand for the whole list
                    chairs = listed
                if listed:
                    break
    if not chairs and genre in ("bien_ban", "nghi_quyet"):  # "Đồng chí X, Bí thư Đảng ủy xã chủ trì hội nghị."
        for start, end in body[:25 if genre == "bien_ban" else 4]:
            for clause in re.finditer(r"[^.;]+", text[start:end]):
                piece = clause[0]
                verb = _CHAIR_VERB.search(piece)
                if chairs and (verb is None or not _CO_CHAIR.search(piece, 0, verb.start())):
                    break  # "A chủ trì hội nghị; cùng chủ trì có đồng chí B …": only the co-chairs after the chair join
                if verb and "person" in tags(piece) and ":" not in piece[:verb.start()]:
                    chairs.extend(c for c in _clause_chairs(text, start + clause.start(), piece, verb, officials)
                                  if c.value not in {x.value for x in chairs})
                elif verb and _ROLE_CLOSES.match(piece, verb.end()) and _ROLE_OPENS.search(piece, 0, verb.start()) \
                        and (roster := _ROSTER_LABEL.match(text, start, start + clause.start() + verb.start())):
                    # "Thành phần: đồng chí A, Bí thư chi bộ, chủ trì; đồng chí B, thư ký": after a roster's label, the
                    # role closing a person's apposition is that person's (the one named last before it)
                    a = max(roster.end(), start + clause.start())
                    named = names_in(text, a, start + clause.start() + verb.start(), officials)
                    chairs.extend(n for n in named[-1:] if n.value not in {x.value for x in chairs})
            if chairs:
                break
    if not chairs and genre in ("bien_ban", "tin_hoi_nghi"):
        chairs = _concluded_by(text, body[:40], officials)
    if genre == "nghi_quyet":  # the meeting that adopted it: its date; a Ban Thường vụ's is a hội nghị
        date = facts.get("date") or _adopted_date(text, body, year)
        opening = (title or "") + "\n" + "\n".join(text[s:e] for s, e in body[:4])
        # the Ban Thường vụ meets, not a document of it is named ("Sau khi thảo luận Đề án số 03-ĐA/ĐU của Ban Thường vụ
        # Đảng ủy" in a Ban Chấp hành's resolution)
        standing = re.search(r"(?<!của )ban thường vụ", opening, re.IGNORECASE) and not _COMMITTEE_MET.search(opening)
        adopted = None
        for start, end in body[:12]:
            # ("Căn cứ kết quả thảo luận tại kỳ sinh hoạt chi bộ thường kỳ ngày 03/12/2026": the meeting that discussed it)
            # ("Căn cứ kết quả Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 5 (ngày 19/12/2025)": the conference named
            # with capitals, its day in brackets)
            adopted = re.search(r"[Cc]ăn cứ kết quả (?:(?:thảo luận|biểu quyết|làm việc)\s+(?:tại|của)\s+)?(?:buổi |kỳ )?(?P<what>(?:sinh hoạt|[Hh]ội nghị|[Pp]hiên họp|[Cc]uộc họp|[Kk]ỳ họp)[^,;.()\n]*?)"
                                r"(?=\s+ngày|\s*\(\s*ngày|\s*[,;.]|\s*$)", text[start:end])
            if adopted and _BARE_SINH_HOAT.fullmatch(adopted["what"]):
                # "Căn cứ kết quả thảo luận tại buổi sinh hoạt chi bộ ngày 10/01/2026": the chi bộ's meeting told by its
                # day alone names no meeting and no kind ("… sinh hoạt chi bộ thường kỳ ngày …" does)
                adopted = None
                break
            if adopted:
                adopted = Field(adopted["what"], start + adopted.start("what"), start + adopted.end("what"))
                break
        for start, end in body[:4] if adopted is None else ():
            # "HỘI ĐỒNG NHÂN DÂN TỈNH X / KHÓA VII, KỲ HỌP THỨ 2" under a state resolution's title: the session adopting it
            session = _SESSION_LINE.match(text, start, end)
            if session:
                words = session["what"]
                adopted = Field(words[:1] + words[1:].lower(), session.start("what"), session.end("what"))
                break

        for start, end in body[:4] if adopted is None else ():
            # "Tại Hội nghị lần thứ 6 Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030 ngày 15/01/2026, Ban Chấp
            # hành … thống nhất ban hành Nghị quyết": the conference that adopted it, named and dated where it opens
            at = _ADOPTED_AT.match(text, start, end)
            if at:
                adopted = Field(at["what"], at.start("what"), at.end("what"))
                date = date or date_in(text, at.end("what"), end, year, need_day_word=False)
                break
        if adopted is None and title and _DATED_TITLE.match(title):
            # "NGHỊ QUYẾT / sinh hoạt chi bộ thường kỳ tháng 4 năm 2026": the title names the meeting adopting it
            adopted = Field(title.strip(), title_at[0] + len(title) - len(title.lstrip()), title_at[1])
        held = secretary = told = None
        opened = _opening_sentence(text, body[:3]) if adopted is None else None
        if opened is not None and re.match(
                r"(?:hội nghị|cuộc họp|phiên họp)\s+\S", opened[0].value, re.IGNORECASE) and _ORGANISER.search(
                text, opened[1][0], opened[0].end):
            # "Ban Chấp hành Đảng bộ phường … tổ chức Hội nghị lần thứ 7 (mở rộng)", "Ban Thường vụ … tổ chức cuộc họp
            # thường kỳ tháng 12/2025 dưới sự chủ trì của …", "Hội nghị Ban Chấp hành Đảng bộ xã … họp ngày 05/3/2024, …
            # chủ trì": a Party committee's conference adopted it, named and dated there (a bare "hội nghị" names nothing)
            adopted, held = opened
            date = date or date_in(text, held[0], held[1], year, need_day_word=False)
        elif opened is not None and re.match(r"sinh hoạt\s+\S", opened[0].value, re.IGNORECASE):
            # "Ngày 03/12/2025, Chi bộ … tổ chức sinh hoạt thường kỳ. … Đồng chí A chủ trì; đồng chí B làm thư ký.": the
            # preamble tells the chi bộ's own meeting, its kind, chair and secretary (a chi bộ's monthly sinh hoạt is no
            # named conference: the name stays unread, as for "căn cứ kết quả sinh hoạt chi bộ …")
            told, held = opened
            date = date or date_in(text, held[0], held[1], year, need_day_word=False)
            secretary = _secretary_in_prose(text, body[:3])
        if adopted is None and held is None and standing:
            for start, end in body[:4]:
                # "Ngày 18/12/2025, Ban Thường vụ Đảng ủy phường họp phiên thường kỳ tháng 12 dưới sự chủ trì …": the
                # session named is the meeting's name (a standing body's regular session); "Ban Thường vụ … họp dưới sự chủ trì …" names none
                # (ruling in tests/blind_structure/README.md)
                met = _STANDING_MET.search(text, start, end)
                if met:
                    adopted = Field(met["session"], met.start("session"), met.end("session"))
                    date = date or date_in(text, start, met.start(), year, need_day_word=False)
                    break
        kind_value = "hội nghị" if standing else (meeting_kind(adopted.value) if adopted else
                                                   meeting_kind(told.value) if held else None)
        place = facts.get("place")
        for start, end in body[:4] if place is None else ():  # "Ngày 14/11/2025, tại Phòng họp Đảng ủy, Ban Thường vụ … họp …"
            if re.search(r"\b(?:họp|hội nghị|sinh hoạt)\b", text[start:end], re.IGNORECASE):
                place = place_in(text, start, end)
                if place is not None:
                    break
        read_from = adopted or (told if held else None)  # the kind is selected where it was read, as the name is
        kind = Field(kind_value, *((read_from.start, read_from.end) if read_from else (0, 0))) if kind_value else None
        return Meeting(name=adopted, date=date, kind=kind,
                       chairs=tuple(chairs) if standing or held else (), place=place, secretary=secretary), closing
    if closing and "end" not in facts:
        facts["end"] = closing
    return Meeting(name=name, kind=kind, start=facts.get("start"), end=facts.get("end"), date=facts.get("date"),
                   place=facts.get("place"), chairs=tuple(chairs), secretary=facts.get("secretary"),
                   guests=tuple(guests), form=facts.get("form"), points=facts.get("points")), closing


# "Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng 10": the session named after the verb
_STANDING_MET = re.compile(r"Ban Thường vụ(?:\s+[^\s,.;:()]+){0,6}?\s+(?:đã\s+)?họp\s+(?P<session>phiên\s+(?:thường kỳ|định kỳ|bất thường|"
                           r"mở rộng)(?:\s+(?:tháng|quý)\s+[\dIV]{1,4}(?:/\d{4})?)?)(?=\s|[,.;]|$)")


# (its number in figures or words, "KỲ HỌP THỨ MƯỜI LĂM", "KỲ HỌP BẤT THƯỜNG"; typed in capitals or not)
_SESSION_LINE = re.compile(r"\s*(?i:KHÓA|KHOÁ)\s+[IVXLC\d]+\s*[,\-–]?\s*(?P<what>(?i:KỲ HỌP)\s+(?:(?i:THỨ)\s+)?"
                           r"[^\s,.;()]+(?:\s+[^\s,.;()]+){0,3}?)(?:\s*\([^()]{3,40}\))?\s*$")


_HELD_HERE = re.compile(r"(?:tổ chức|tiến hành|khai mạc|họp|chủ trì)(?:\s+thành công|\s+trọng thể)?\s+(?P<what>(?:[Hh]ội nghị|[Đđ]ại hội|"
                        r"(?:buổi\s+|kỳ\s+)?[Ss]inh hoạt|[Cc]uộc họp|[Pp]hiên họp|[Kk]ỳ họp|[Hh]ọp chi bộ|[Hh]ọp (?=định kỳ|thường kỳ|"
                        r"chuyên đề|triển khai|bàn|đánh giá|xem xét|xét|rà soát|giao ban|về|phiên)|[Pp]hiên (?=thường kỳ|định kỳ|bất thường))\b(?:“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"|[^.;()\n“\"]){0,220}?)"
                        r"(?=\s*[.;(]|\s*$|(?<!đối)\s+(?:nhằm|để|gắn với|gắn liền với|kết hợp với|với(?!\s+(?:chủ đề|chuyên đề))|tới|dưới sự|theo hình thức|tại|ở(?=\s+(?i:trụ sở|hội trường|nhà văn hóa|nhà văn hoá|phòng họp|văn phòng)\b)|vào lúc|lúc|do đồng chí)\b|"
                        r",\s*(?:tại|vào|lúc|từ|với|do|dưới|nhằm|để|có|đồng chí|đ/c)\b)")


# who holds the conference whose conclusions a kết luận or thông báo records: a Party committee, or a state body or its
# leader ("đồng chí X - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo …")
_ORGANISER = re.compile(r"\b(?:Ban Chấp hành|Ban Thường vụ|Thường trực|Đảng ủy|Đảng uỷ|UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Chi bộ|"
                        r"Hội đồng nhân dân|Chủ tịch|Giám đốc)\b")
# the Ban Chấp hành holds the meeting: "Ban Chấp hành Đảng bộ xã tổ chức Hội nghị lần thứ sáu", a title "Hội nghị lần
# thứ sáu Ban Chấp hành Đảng bộ xã về …"
_COMMITTEE_MET = re.compile(r"\bBan Chấp hành\b[^.;\n]{0,60}?\b(?:tổ chức|họp|tiến hành|khai mạc)\b|"
                            r"\bHội nghị\s+(?:lần thứ\s+\S+\s+)?Ban Chấp hành\b", re.IGNORECASE)
# a chi bộ's meeting named by nothing but its kind of gathering: "sinh hoạt chi bộ", "buổi sinh hoạt"
_BARE_SINH_HOAT = re.compile(r"(?:sinh hoạt|họp)(?:\s+chi bộ)?", re.IGNORECASE)


_ADOPTED_AT = re.compile(r"\s*(?:[-–•+]\s*)?Tại\s+(?P<what>(?:Hội nghị|Kỳ họp|Đại hội)\s+[^.;:()]{3,160}?)"
                         r"(?=\s+(?:ngày|vào ngày)\s+\d|\s*,\s*(?:ngày\s+\d|Ban|Chi bộ|Đảng ủy|Đảng uỷ|Hội đồng|HĐND))")
_DATED_TITLE = re.compile(r"\s*(?:sinh hoạt chi bộ|hội nghị|kỳ họp|phiên họp)\s+(?:thường kỳ|định kỳ|chuyên đề|lần thứ|thứ)\b"
                          r"[^.;:]{0,40}?\b(?:tháng\s+\d|quý\s+[IV\d]|năm\s+\d{4}|lần thứ\s+\S+)", re.IGNORECASE)


def _folded(text: str) -> str:
    text = re.sub(r"\b(tháng|quý)\s+(\w+)\s+năm\s+(\d{4})\b", r"\1 \2/\3", text.lower())
    return re.sub(r"\s+", " ", text).strip(" .,")


def _opening_sentence(text: str, body: list[tuple[int, int]]) -> tuple[Field, tuple[int, int]] | None:
    """The meeting as the minutes' opening sentence names it ("… tổ chức Hội nghị lần thứ 9", "… khai mạc Đại hội
    Chi bộ lần thứ VI, nhiệm kỳ 2025 - 2027"), and that sentence's span; None when the minutes open otherwise."""
    for start, end in body[:6]:
        if "meeting" not in tags(text[start:end]):
            continue
        for sentence in re.finditer(r"[^.]+(?:\.(?!\d)|$)", text[start:end]):
            a, b = start + sentence.start(), start + sentence.end()
            match = _HELD_HERE.search(text, a, b)
            if match is None or re.search(r"(?:sẽ|dự kiến|đề nghị)\s+$", text[max(a, match.start() - 12):match.start()]):
                continue
            what = re.sub(r"^buổi\s+", "", match["what"].strip(" ,"))
            more = _TERM_AFTER.match(text, match.end("what"), b)  # "…, nhiệm kỳ 2025 - 2027"
            if more and not what.endswith(more[0].strip(" ,")):
                what += more[0]
            qualifier = _QUALIFIER.match(text, match.start("what") + match["what"].find(what[:8]) + len(what), b)
            if qualifier:  # "Hội nghị lần thứ 12 (mở rộng)"
                what += qualifier[0]
            at = match.start("what") + match["what"].find(what[:8])
            return Field(what, at, at + len(what)), (a, b)
        for sentence in re.finditer(r"[^.]+(?:\.(?!\d)|$)", text[start:end]):
            # "Vào lúc 7g30 …, Đại hội đại biểu Hội … lần thứ I khai mạc", "Hội nghị … lần thứ 6 được tổ chức vào 8 giờ 30 …"
            a, b = start + sentence.start(), start + sentence.end()
            match = _OPENED_HERE.search(text, a, b)
            if match is not None:
                what = match["what"].strip(" ,")
                return Field(what, match.start("what"), match.start("what") + len(what)), (a, b)
    return None


_OPENED_HERE = re.compile(r"(?:^|,\s*|\.\s+)(?P<what>(?:Đại hội|Hội nghị|Kỳ họp|Phiên họp|Cuộc họp)\s[^.;:]{3,160}?)"
                          r"\s+(?:đã\s+|chính thức\s+)?"
                          # "Đại hội Chi bộ … lần thứ XII, nhiệm kỳ 2025 - 2027 họp ngày 22/3/2025 tại …, tiến hành bầu
                          # cử": the name stops at its first predicate, the day and venue after it are no part of it
                          r"(?:khai mạc|được tổ chức|được tiến hành|diễn ra|tiến hành|họp(?=\s+(?:ngày|vào|lúc|hồi|tại|từ)\b))\b",
                          re.MULTILINE)


# the chair's conclusion (domain.md §2: the chủ trì concludes each item): "Kết luận Hội nghị, Bí thư Đảng ủy … Nông Quốc
# Tuấn ghi nhận …", "Phát biểu kết luận kỳ họp, đồng chí X …" (the official right after), "X phát biểu kết luận hội nghị"
# (the official right before)
_CONCLUDED = re.compile(r"(?:[Pp]hát biểu\s+)?[Kk]ết luận\s+(?i:hội nghị|cuộc họp|buổi sinh hoạt|kỳ họp|phiên họp)\s*,?\s*")
_CONCLUDES = re.compile(r"\s*,?\s*(?:phát biểu\s+)?kết luận\s+(?i:hội nghị|cuộc họp|buổi sinh hoạt|kỳ họp|phiên họp)\b")


def _clause_chairs(text: str, a: int, piece: str, verb: re.Match, officials: list[Entity]) -> list[Field]:
    """The chairs one clause names around its verb (``piece`` starts at ``a``): before it ("Đồng chí X, Bí thư Đảng ủy
    xã chủ trì hội nghị"), else after it ("dưới sự chủ trì của đồng chí X", "Chủ trì hội nghị có đồng chí X, Bí thư
    và đồng chí Y, Phó Bí thư", "cùng chủ trì có đồng chí Y")."""
    chairs = [name_field(o) for o in officials if a <= o.start < a + verb.start() and o.get("name")]
    if not chairs:  # "Đồng chí A và đồng chí B đồng chủ trì hội nghị": the names the detector left
        for m in _NAMED_BEFORE.finditer(piece, 0, verb.start()):
            who = _capitalised(m["name"])  # not ``name``: that is the meeting's name
            if len(who.split()) >= 2:
                chairs.append(Field(who, a + m.start("name"), a + m.start("name") + len(who)))
    if not chairs and re.match(r"\s+của\b", piece[verb.end():]):  # "dưới sự chủ trì của đồng chí X"
        chairs = [name_field(o) for o in officials if a + verb.end() <= o.start < a + len(piece) and o.get("name")][:2]
    if not chairs and (listed := _CHAIRS_AFTER.match(piece, verb.end())):
        chairs = names_in(text, a + listed.end(), a + len(piece), officials)
    return chairs


def chairs_in_captions(text: str, captions: list[tuple[int, int]], officials: list[Entity]) -> list[Field]:
    """A news item's chairs told only under its photo ("Ảnh: Đồng chí X, Bí thư Chi bộ, chủ trì buổi sinh hoạt"): the
    clause with the chair's verb, read as in the body, where the verb chairs the meeting (no object, or a gathering's:
    "chủ trì buổi làm việc"); a caption naming no one by the verb ("Quang cảnh hội nghị", "Đồng chí X phát biểu chỉ
    đạo") or one leading a task or a part ("được giao chủ trì xây dựng kế hoạch", "chủ trì phần thảo luận tổ") gives none."""
    for start, end in captions:
        for clause in re.finditer(r"[^.;]+", text[start:end]):
            piece = clause[0]
            verb = _CHAIR_VERB.search(piece)
            if verb and "person" in tags(piece) and _CHAIRED_MEETING.match(piece, verb.end()):
                chairs = _clause_chairs(text, start + clause.start(), piece, verb, officials)
                if chairs:
                    return chairs
    return []


def _concluded_by(text: str, body: list[tuple[int, int]], officials: list[Entity]) -> list[Field]:
    """The meeting's chair when nothing else names one: the official who concludes it."""
    for start, end in body:
        for match in _CONCLUDED.finditer(text, start, end):
            told = _COMRADE.match(text, match.end())  # "Kết luận hội nghị, ông Hoàng Nguyên Dinh, Bí thư Huyện ủy …"
            at = told.end() if told else match.end()
            after = next((o for o in officials if o.get("name") and match.end() <= o.start <= at + 3), None)
            if after is not None:
                return [name_field(after)]
        for o in officials:
            if start <= o.start < end and o.get("name") and _CONCLUDES.match(text, o.end):
                return [name_field(o)]
    return []


# what a headline says of its meeting after naming it: "Đại hội đại biểu Đảng bộ huyện … lần thứ XXI thành công tốt
# đẹp", "Kỳ họp thứ 8 HĐND huyện … bế mạc": the news, not the meeting's name
_HEADLINE_NEWS = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:thành công(?:\s+tốt đẹp)?|khai mạc|bế mạc|diễn ra|kết thúc)(?:\s.*)?$",
                            re.IGNORECASE)


def _named_by_headline(title: str) -> str:
    """The meeting's name a headline gives: the headline without what it reports of the meeting."""
    title = title.strip()
    news = _HEADLINE_NEWS.search(title)
    return title[:news.start()].rstrip(" ,–-") if news and news.start() >= 12 else title


def _chair_names(text: str, start: int, end: int, officials: list[Entity]) -> list[Field]:
    names = names_in(text, start, end, officials)
    seen, unique = set(), []
    for name in names:
        if name.value not in seen:
            seen.add(name.value)
            unique.append(name)
    return unique


def _adopted_date(text: str, body: list[tuple[int, int]], year: int | None) -> Field | None:
    """A nghị quyết's meeting: "Chi bộ họp ngày …", "tại kỳ sinh hoạt ngày …"."""
    for start, end in body[:12]:
        match = re.search(r"(?:họp|sinh hoạt|hội nghị|phiên họp|cuộc họp)[^.;]{0,60}?ngày", text[start:end], re.IGNORECASE)
        if match:
            date = date_in(text, start + match.end() - 4, end, year, need_day_word=False)
            if date:
                return date
        lead = re.match(r"\s*(?:Ngày|Vào ngày|Sáng|Chiều|Tối|Sáng ngày|Chiều ngày)\s+(?=\d)[^.;]{0,80}?\b(?:họp|hội nghị|sinh hoạt)",
                        text[start:end], re.IGNORECASE)
        if lead:
            date = date_in(text, start, start + lead.end(), year)
            if date:
                return date
    return None


def _from_lead(text, lead, body, officials, year):
    """A news item: the sentence "X tổ chức hội nghị …", its date, place, chairs and form."""
    lead_start, lead_end = lead
    facts: dict[str, Field] = {}
    name = kind = None
    held = _HELD.search(text, lead_start, lead_end) or _OPENED.search(text, lead_start, lead_end)
    for start, end in ([(s, e) for s, e in body if s > lead_end][:2] if held is None else ()):
        # a summary line before the lead ("Hội nghị nhằm đánh giá …"): the meeting is named in the next paragraph
        held = _HELD.search(text, start, end) or _OPENED.search(text, start, end)
        if held and re.search(r"\b(?:này|đó|nói trên)\s*$", held["what"]):
            held = None  # "Hội nghị lần này đã diễn ra sôi nổi": the meeting told again, not named
        if held:
            lead_start, lead_end = start, end
            break
    if held is None:
        # "… Kỳ họp Chuyên đề lần thứ Ba – HĐND xã khóa XX đã diễn ra thành công": a lead with no meeting in it, the
        # meeting named with its ordinal or period further down
        for start, end in [(s, e) for s, e in body if s > lead_end][:12]:
            opened = _OPENED.search(text, start, end)
            if opened and re.search(r"\b(?:lần thứ|thứ\s+\w+|tháng\s+\d|quý\s+[IVX\d]|năm\s+\d{4}|khóa|khoá)\b",
                                    opened["what"], re.IGNORECASE):
                held = opened
                break
    if held and held.groupdict().get("who") and re.search(r"\b(?:duy trì|nền nếp|nề nếp|chế độ)\b", held["who"]):
        held = None  # "Chi bộ duy trì tốt nền nếp sinh hoạt định kỳ, …": a habit told, not the meeting held
    if held and re.search(r"(?:sẽ|dự kiến|kế hoạch)\s+$", text[max(lead_start, held.start("what") - 12):held.start("what")]):
        held = None  # "… bàn kế hoạch sẽ sinh hoạt chuyên đề vào tháng sau": a meeting to come
    if held is None or re.fullmatch(r"(?:cuộc họp|hội nghị|kỳ họp|phiên họp|buổi sinh hoạt)", held["what"].strip(), re.IGNORECASE):
        # "Chi bộ thôn 3 … đã họp xét đề nghị kết nạp đảng viên mới. … chủ trì cuộc họp": the meeting named by its verb
        held = _MET_FOR.search(text, lead_start, lead_end) or held
    if held:
        what = re.sub(r"^[Bb]uổi\s+", "", held["what"].strip())  # "buổi sinh hoạt chuyên đề": the sinh hoạt
        more = _TERM_AFTER.match(text, held.end("what"), lead_end)  # "Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030"
        if more and not re.search(r"[Đđ]ại hội|[Kk]ỳ họp", what) and re.match(r",?\s*(?:khóa|khoá|nhiệm kỳ)", more[0], re.I):
            # "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 4 (mở rộng), khóa I, nhiệm kỳ 2025 - 2030": the term is the
            # committee's, not the conference's name (a congress, or a council's session, is named with its term)
            more = None
        if more:
            what += more[0]
        elif re.fullmatch(r"(?:sinh hoạt|hội nghị|buổi sinh hoạt|cuộc họp)\s+chuyên đề", what, re.IGNORECASE) and (
                theme := _THEME.match(text, held.end("what"), lead_end)):
            what += theme[0]  # "sinh hoạt chuyên đề với chủ đề “…”": a name with no period is told by its theme
            more = theme
        qualifier = _QUALIFIER.match(text, more.end() if more else held.end("what"), lead_end)
        if qualifier:
            what += qualifier[0]
        purpose = re.search(r"\s+về\s+(?!việc\b)", what)
        if purpose and re.search(r"\bthứ\b|\d|\)", what[:purpose.start()]):
            # "kỳ họp thứ mười bảy (kỳ họp chuyên đề) về tán thành chủ trương …": a name told by its ordinal or
            # period ends there, the purpose is not part of it (a "sinh hoạt chuyên đề về …" is named by its topic)
            what = what[:purpose.start()]
        at = held.start("what") + held["what"].find(what[:12]) if what[:12] in held["what"] else held.start("what")
        name = Field(what[:1].upper() + what[1:], at, at + len(what))
        kind_value = meeting_kind(what, text[lead_start:lead_end]) or meeting_kind(text[lead_start:lead_end])
        kind = Field(kind_value, held.start("what"), held.end("what")) if kind_value else None
    date = date_in(text, lead_start, lead_end, year)
    if date:
        facts["date"] = date
    place = _PLACE_AFTER.search(text, lead_start, lead_end)
    if place:
        facts["place"] = short_place(place["place"], place.start("place"))
    chairs: list[Field] = []
    guests: list[Field] = []
    spans = [(lead_start, lead_end)] + [(s, e) for s, e in body if s > lead_end][:4]
    for start, end in spans:
        listed: list[Field] = []  # "Các đồng chí: A, Bí thư Huyện ủy; B, Phó Bí thư … chủ trì hội nghị": A before the ";"
        earlier: list[Field] = []  # the officials of the sentence's earlier ";" pieces ("A - Bí thư; B - Phó Chủ tịch đồng chủ trì")
        guesting = False  # the sentence's earlier ";" piece named guests ("Dự hội nghị có …;")
        chairing = False  # the sentence's earlier ";" piece opened a list of chairs after its verb ("chủ trì, gồm …:")
        for sentence in re.finditer(r"[^.;]+[.;]?", text[start:end]):
            s, e = start + sentence.start(), start + sentence.end()
            piece = text[s:e]
            if chairing and _CHAIR_VERB.search(piece) is None and guest_cue(piece) is None and _NAMED_FIRST.match(piece):
                # "Hội nghị do Thường trực Đảng ủy chủ trì, gồm các đồng chí: A, Bí thư; B, Phó Bí thư; C, Chủ tịch UBND xã.":
                # the list runs on past ";", each piece one more chair
                chairs.extend(c for c in (name_field(o) for o in officials if s <= o.start < e and o.get("name"))
                              if c.value not in {x.value for x in chairs})
                chairing = piece.endswith(";")
                continue
            chairing = False
            guest_list = guest_cue(piece) or guesting and _CHAIR_VERB.search(piece) is None and _NAMED_FIRST.match(piece)
            # "Dự hội nghị có đồng chí A - Phó Bí thư Tỉnh ủy; B - Bí thư Đảng ủy Khối; …": the list runs on past ";"
            guesting = bool(guest_list) and piece.endswith(";")
            if guest_list:
                guests.extend(name_field(o) for o in officials
                              if s <= o.start < e and o.get("name") and o.get("name") not in {g.value for g in guests})
            verb = _CHAIR_VERB.search(piece)
            if verb is None and (_LISTED.match(piece) or _LISTED_AFTER.search(piece)) and piece.endswith(";"):
                # (also "Đồng chí A, Bí thư và các đồng chí: B, Phó Bí thư; C, D, Phó Bí thư chủ trì": A opens the list)
                listed = [name_field(o) for o in officials if s <= o.start < e and o.get("name")]
                earlier = []  # (the pieces after the list's opening continue it)
                continue
            if verb and not re.search(r"phát biểu (?:chỉ đạo|khai mạc)[^.]*$", piece[:verb.start()]):
                before = listed + [name_field(o) for o in officials if s <= o.start < e and o.get("name")]
                if listed:
                    # "Các đồng chí: A, Bí thư; B, Phó Bí thư; C, Chủ tịch UBND đồng chủ trì": every piece of the list, B too
                    before = listed + [c for c in earlier if c.value not in {b.value for b in before}] + before[len(listed):]
                elif re.search(r"đồng\s+$", piece[:verb.start()]) and len(before) < 2:
                    before = [c for c in earlier if c.value not in {b.value for b in before}] + before  # co-chairs: all of them
                if not before and (listed_after := _CHAIRS_AFTER.match(piece, verb.end())):
                    # "Chủ trì hội nghị có đồng chí A, Bí thư Đảng ủy xã và đồng chí B, Chủ tịch UBND xã"
                    before = names_in(text, s + listed_after.end(), e, officials)
                if not before and (by := _CHAIRED_BY.match(piece, verb.end())):
                    # "… với sự chủ trì của đồng chí Ngô Văn Dụ, Ủy viên Bộ Chính trị": the chair after the verb
                    before = [name_field(o) for o in officials if s + by.end() <= o.start < e and o.get("name")][:2]
                    person = PERSON_NAME.match(piece, by.end()) if not before else None
                    if person and len(person["name"].split()) >= 2 and re.match(r"\s*(?:[,;.–-]|$)", piece[person.end():]):
                        before = [Field(person["name"], s + person.start("name"), s + person.end("name"))]
                if not before:  # a name the detector cut short ("Phan Đức Đồng"): the words after "đồng chí"
                    named = re.search(r"(?:đồng chí|đ/c|ông|bà)\s+", piece[:verb.start()], re.IGNORECASE)
                    person = PERSON_NAME.match(piece, named.end(), verb.start()) if named else None
                    if person and len(person["name"].split()) >= 2:
                        before = [Field(person["name"], s + person.start("name"), s + person.end("name"))]
                chairs.extend(c for c in before if c.value not in {x.value for x in chairs})
                chairing = piece.endswith(";") and bool(_CHAIRS_LISTED.search(piece, verb.end()))
                place = _PLACE_AFTER.search(text, s + verb.end(), e)  # "… chủ trì hội nghị tại Hội trường …"
                if place and "place" not in facts:
                    facts["place"] = short_place(place["place"], place.start("place"))
            if "form" not in facts:
                form, points = form_and_points(text, s, e)
                if form:
                    facts["form"] = form
                    if points:
                        facts["points"] = points
            listed = [] if piece.endswith(".") else listed
            earlier = [] if piece.endswith(".") else earlier + [name_field(o) for o in officials
                                                                 if s <= o.start < e and o.get("name")]
        if chairs and start > lead_end:
            break
    chairs = [c for c in chairs if c.value not in {g.value for g in guests}] or chairs
    guests = [g for g in guests if g.value not in {c.value for c in chairs}]
    return name, kind, facts, chairs, guests


# "đồng chí X, chi ủy viên làm thư ký", "bầu đồng chí X làm thư ký đại hội", "đồng chí X làm Trưởng đoàn thư ký",
# "Thư ký hội nghị là đồng chí X", "do đồng chí X ghi biên bản", "…; Thư ký đại hội: đồng chí X" (a label inside a sentence)
_PERSON_WORDS = r"(?P<{}>(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ']*\s+){{1,4}}[A-ZĐÀ-Ỹ][a-zà-ỹđ']*)"
_SECRETARY_AFTER = re.compile(r"(?i:đồng chí|đ/c|ông|bà)\s+" + _PERSON_WORDS.format("name") +
                              r"(?:,[^,.;:()]{2,60}?,?)?\s+(?:(?i:(?:được\s+(?:cử|bầu|phân công|chỉ định|giao)\s+)?(?:làm|là|giữ vai trò|đảm nhiệm)|"
                              r"được\s+(?:cử|bầu|phân công|chỉ định|giao))\s+(?i:trưởng đoàn\s+)?"
                              r"(?i:thư ký|ghi biên bản)|(?i:ghi biên bản)\b)|(?i:do|để)\s+(?i:đồng chí|đ/c|ông|bà)\s+" + _PERSON_WORDS.format("name2") +
                              r"(?:,[^,.;:()]{2,60}?,?)?\s+ghi biên bản")
# (the meeting after the label in either case: "Thư ký Đại hội: đồng chí X", "thư ký phiên họp là bà Y")
_SECRETARY_BEFORE = re.compile(r"\b(?i:thư ký|người ghi biên bản)(?:\s+(?i:hội nghị|đại hội|cuộc họp|buổi sinh hoạt|kỳ họp|phiên họp))?"
                               r"(?:\s+(?:là|do)|\s*:)\s+(?i:đồng chí|đ/c|ông|bà)\s+" + _PERSON_WORDS.format("name"))


def _secretary_in_prose(text: str, spans) -> Field | None:
    """The secretary a sentence names (no "Thư ký:" label): the name after its đồng chí, as written."""
    for start, end in spans:
        low = text[start:end].lower()
        if "thư ký" not in low and "ghi biên bản" not in low:
            continue
        match = _SECRETARY_AFTER.search(text, start, end) or _SECRETARY_BEFORE.search(text, start, end)
        if match:
            group = "name2" if match.re is _SECRETARY_AFTER and match["name2"] else "name"
            name = _capitalised(match[group])  # "Trần Thị Mai được cử làm thư ký": not "… Mai được"
            if len(name.split()) >= 2:
                return Field(name, match.start(group), match.start(group) + len(name))
    return None


def _guests_in_prose(text: str, spans, officials) -> list[Field]:
    """The guests a biên bản names in a sentence ("Dự sinh hoạt có đồng chí X, Phó Chủ tịch UBND xã"), its list run on
    past ";" while each piece opens on a name."""
    guests: list[Field] = []
    for start, end in spans:
        guesting = False
        for sentence in re.finditer(r"[^.;]+[.;]?", text[start:end]):
            s, e = start + sentence.start(), start + sentence.end()
            piece = text[s:e]
            if guest_cue(piece) or guesting and _CHAIR_VERB.search(piece) is None and _NAMED_FIRST.match(piece):
                guests.extend(g for g in (name_field(o) for o in officials if s <= o.start < e and o.get("name"))
                              if g.value not in {x.value for x in guests})
                guesting = piece.endswith(";")
            else:
                guesting = False
    return guests


def _capitalised(name: str) -> str:
    """The name without the lower-case words the letter class let in ("Trần Thị Mai đồng" of "… đồng chủ trì")."""
    words = name.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


_NAMED_BEFORE = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+(?P<name>" + NAME_WORDS + r")")
_PRESIDIUM = re.compile(r"\bĐoàn [Cc]hủ tịch(?:\s+(?:Đại hội|đại hội))?(?:\s+gồm(?:\s+(?:có\s+)?\d+\s+đồng chí)?\s*:?|\s*:)"
                        r"\s*(?:các đồng chí\s*:?\s*)?")
_QUALIFIER = re.compile(r"\s*\((?:mở rộng|bất thường)\)", re.IGNORECASE)
_TERM_AFTER = re.compile(r"(?:,?\s*(?:nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|khóa\s+[IVXLC]+|khoá\s+[IVXLC]+|"
                         r"lần thứ\s+[\dIVXLC]+))+")
# who came to the meeting as guests: the words of resources/guests.txt telling it ("đến dự", "dự và chỉ đạo", "… có sự
# tham dự của đồng chí …"), or its meeting then "có": "Dự hội nghị có …", "Về tham dự kỳ họp có các đồng chí: …", "Tham
# dự Hội nghị sơ kết có …" (not "Đại biểu dự kỳ họp có ý kiến …")
_GUEST = re.compile(r"(?<!\w)(?P<words>" + alternation(w for w, kind in word_pairs("guests") if kind == "attending")
                    + r")(?!\w)|"
                    r"(?:(?:về\s+)?tham\s+|về\s+)?dự\s+(?:hội\s+nghị|đại\s+hội|"
                    r"kỳ\s+họp|phiên\s+họp|cuộc\s+họp|buổi\s+họp|hội\s+thảo|buổi\s+làm\s+việc)(?:\s+[^\W\d][^,;.:]{0,25}?)?"
                    r"\s+có(?!\s+(?:ý\s+kiến|mặt))(?!\w)|"
                    # a sentence opening on it: "Dự họp có đồng chí …", "Về dự sinh hoạt có …" (not "Đảng viên dự họp có 20")
                    r"^\s*(?:về\s+)?(?:tham\s+)?dự\s+(?:họp|sinh\s+hoạt)\s+(?:còn\s+)?có(?:\s+sự\s+tham\s+dự\s+của)?"
                    r"(?=\s*:?\s*(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\b)", re.IGNORECASE)


_MARKS = ".,;:!?()\"“”'"


def guest_cue(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first words between ``start`` and ``end`` telling who came as a guest; the words of the list are no cue
    where their last syllable opens another word with the next ("về dự án", "cùng dự thảo": a project, a draft)."""
    for found in _GUEST.finditer(text, start, len(text) if end is None else end):
        if found["words"]:
            following = text[found.end():end].split(None, 1)
            if following and is_compound([found["words"].split()[-1], following[0].strip(_MARKS)]):
                continue
        return found
    return None


_SAID = re.compile(r"\s*(?:Phát biểu(?: tham luận)?|Tham luận|Trình bày tham luận)[^,]{0,60},\s*")
_SPEAKER = re.compile(r"\s*(?:[-–•+]\s*)?(?:Đồng chí|Đ/c|Ông|Bà)\s+(?P<who>[^:]{3,140}?)\s*:\s*(?P<gist>\S.*)")


@lru_cache(maxsize=32768)
def _opinion_line(line: str) -> tuple[str, int, int, int] | None:
    """("said", end of the lead-in, 0, 0) or ("speaker", name end, position end, gist start), line offsets."""
    said = _SAID.match(line)
    if said:
        return "said", said.end(), 0, 0
    match = _SPEAKER.match(line)
    if not match:
        return None
    name, _, position = match["who"].partition(",")
    if not PERSON_NAME.fullmatch(name.strip()) or len(position) > 100:
        return None
    who = match.start("who")
    return "speaker", who, who + len(name.strip()), match.start("gist")


def read_opinions(text: str, body: list[tuple[int, int]], officials: list[Entity]) -> list[Opinion]:
    """"- Đồng chí X, position: gist" lines (domain.md §2: every comment attributed by name)."""
    opinions = []
    starts = [o.start for o in officials]
    for start, end in body:
        line = text[start:end]
        if "person" not in tags(line):
            continue
        found = _opinion_line(line)
        if found is None:
            continue
        kind, a, b, gist = found
        if kind == "said":
            at = bisect.bisect_left(starts, start + a)
            speaker = next((o for o in officials[at:at + 8] if o.start < end and o.get("name")), None)
            if speaker is not None:
                stop = line.find(".", speaker.end - start)
                gist_end = start + stop if stop > 0 else end
                opinions.append(Opinion(name_field(speaker),
                                        None, Field(text[speaker.end:gist_end].strip(" ,"), speaker.end, gist_end)))
            continue
        colon = line.rfind(":", 0, gist)
        position = line[b:colon].strip(" ,")
        pos = Field(position, start + line.find(position, b), start + line.find(position, b) + len(position)) \
            if position else None
        opinions.append(Opinion(Field(line[a:b], start + a, start + b), pos, Field(line[gist:], start + gist, end)))
    return opinions

"""Operating-system errors told in Vietnamese, each with the next step to take.

The OS's own text ("Read-only file system", "Permission denied") is English on most
machines and says nothing about what to do; a clerk needs the cause in her language and
the way out, usually "Lưu thành…" into another folder.
"""

from __future__ import annotations

import errno

from . import i18n

# Windows reports a file another program holds open (Word keeps its documents locked) as a
# PermissionError with one of these winerror codes.
WINDOWS_SHARING_VIOLATIONS = {32, 33}

REASONS: dict[int, str] = {
    errno.EROFS: "Thư mục chỉ đọc — hãy chọn “Lưu thành…” vào thư mục khác.",
    errno.EACCES: "Không có quyền ghi vào thư mục này — hãy chọn “Lưu thành…” vào thư mục khác (ví dụ Tài liệu).",
    errno.EPERM: "Không có quyền ghi vào thư mục này — hãy chọn “Lưu thành…” vào thư mục khác (ví dụ Tài liệu).",
    errno.ENOENT: "Thư mục không còn nữa (đã bị xóa, đổi tên, hoặc ổ USB đã rút) — hãy chọn “Lưu thành…” vào thư mục khác.",
    errno.ENOTDIR: "Thư mục không còn nữa (đã bị xóa, đổi tên, hoặc ổ USB đã rút) — hãy chọn “Lưu thành…” vào thư mục khác.",
    errno.ENOSPC: "Ổ đĩa đã đầy — hãy xóa bớt tệp không cần, hoặc chọn “Lưu thành…” vào ổ đĩa khác.",
    errno.EDQUOT: "Đã hết dung lượng được cấp trên ổ đĩa — hãy xóa bớt tệp, hoặc chọn “Lưu thành…” vào ổ đĩa khác.",
    errno.ENAMETOOLONG: "Tên tệp hoặc đường dẫn quá dài — hãy đặt tên ngắn hơn, hoặc lưu vào thư mục gần gốc ổ đĩa hơn.",
    errno.EISDIR: "Đã có một thư mục trùng tên — hãy chọn “Lưu thành…” với tên khác.",
    errno.EBUSY: "Tệp đang được chương trình khác dùng — hãy đóng chương trình đó rồi lưu lại, hoặc chọn “Lưu thành…”.",
    errno.ETXTBSY: "Tệp đang được chương trình khác dùng — hãy đóng chương trình đó rồi lưu lại, hoặc chọn “Lưu thành…”.",
    errno.EIO: "Lỗi đọc ghi trên ổ đĩa (ổ mạng mất kết nối hoặc ổ hỏng) — hãy kiểm tra ổ rồi thử lại, hoặc chọn “Lưu thành…” vào ổ khác.",
    errno.EINVAL: "Tên tệp có ký tự không được phép (ví dụ : * ? \" < > |) — hãy đặt tên khác.",
}
# Reading: the same causes, with the way out of an open that failed.
READ_REASONS: dict[int, str] = {
    errno.EACCES: "Không có quyền đọc tệp này — hãy chép tệp vào thư mục Tài liệu rồi mở bản chép.",
    errno.EPERM: "Không có quyền đọc tệp này — hãy chép tệp vào thư mục Tài liệu rồi mở bản chép.",
    errno.ENOENT: "Tệp không còn ở đó (đã bị xóa, đổi tên, hoặc ổ USB đã rút) — hãy tìm lại tệp bằng Tệp › Mở….",
    errno.EIO: "Lỗi đọc trên ổ đĩa (ổ mạng mất kết nối hoặc ổ hỏng) — hãy kiểm tra ổ rồi mở lại.",
}
READ_ONLY_FILE = "Tệp đang đặt chế độ chỉ đọc, chương trình không ghi đè — hãy chọn “Lưu thành…” với tên khác."
SHARING_VIOLATION = "Tệp đang mở trong chương trình khác (ví dụ Word) — hãy đóng tệp ở đó rồi lưu lại, hoặc chọn “Lưu thành…”."
UNKNOWN = "Lỗi hệ thống ({}) — hãy thử “Lưu thành…” vào thư mục khác."


def reason(err: OSError, reading: bool = False) -> str:
    """One Vietnamese (or English) sentence: what went wrong and what to do next."""
    if getattr(err, "winerror", None) in WINDOWS_SHARING_VIOLATIONS:
        return i18n.tr(SHARING_VIOLATION)
    from .atomic import ReadOnlyFile

    if isinstance(err, ReadOnlyFile):
        return i18n.tr(READ_ONLY_FILE)
    text = (READ_REASONS if reading else REASONS).get(err.errno or -1)
    if text is not None:
        return i18n.tr(text)
    return i18n.tr(UNKNOWN, err.strerror or type(err).__name__)


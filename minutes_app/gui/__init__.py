"""The desktop editor (PySide6). Widgets only render the engine's Analysis; no rule logic here."""

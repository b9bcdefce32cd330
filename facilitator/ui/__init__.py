"""Desktop app for the spokesperson (PySide6). The only package that imports Qt widgets."""

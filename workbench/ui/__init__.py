"""PySide6 user interface: main window, Qt models over the core, views, undo commands."""

"""Where file dialogs start, and the file names they suggest.

A dialog starts in the folder the drafter last used, else ~/Documents, else the home folder — never
the program's folder (the working directory an empty path would mean). Suggested names come from
the draft's title without the underscores a character-by-character replacement leaves
("Draft (GUI)" → "Draft GUI.docx", never "Draft _GUI_.docx").
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from . import settings

_KEY = "files/last_folder"
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f()\[\]{}]+')


def start_folder() -> Path:
    """The last used folder if it still exists, else ~/Documents, else home."""
    last = settings.app_settings().value(_KEY, "") or ""
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def remember(path: str | Path) -> None:
    """The folder of a file (or the folder) the drafter chose: the next dialog starts there."""
    if not path:
        return
    path = Path(path).expanduser()
    folder = path if path.is_dir() else path.parent
    store = settings.app_settings()
    store.setValue(_KEY, str(folder))
    store.sync()


def file_name(title: str, suffix: str, fallback: str = "draft") -> str:
    """A file name made from ``title``: unsafe characters dropped, spaces collapsed, at most 60."""
    name = _UNSAFE.sub(" ", title or "")
    name = re.sub(r"\s+", " ", name).strip(" .-_")[:60].strip(" .-_")
    return (name or fallback) + suffix


def suggested(title: str, suffix: str, fallback: str = "draft") -> str:
    """The full path a save dialog or field proposes for ``title``."""
    return str(start_folder() / file_name(title, suffix, fallback))


def save_file(parent, caption: str, name: str, filters: str) -> str:
    """Ask where to save ``name`` (starting in ``start_folder()`` unless it is a path); remembered."""
    start = name if Path(name).is_absolute() else str(start_folder() / name)
    path, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    if path:
        remember(path)
    return path


def open_file(parent, caption: str, filters: str, start: str = "") -> str:
    """Ask for a file to open, starting in ``start`` or ``start_folder()``; remembered."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, start or str(start_folder()), filters)
    if path:
        remember(path)
    return path


def open_folder(parent, caption: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, caption, str(start_folder()))
    if folder:
        remember(folder)
    return folder

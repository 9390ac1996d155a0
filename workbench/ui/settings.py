"""Per-user settings (QSettings in an INI file beside the user's data): language, recent files.

Settings that belong to one workspace (window layout, last draft and article) are stored in the
workspace itself (``Workspace.set_setting``), so they travel with the file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ..paths import user_data_dir

MAX_RECENT = 8


def app_settings() -> QSettings:
    """The user's settings file (``TREATY_WORKBENCH_HOME`` moves it, e.g. in tests)."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def language_setting() -> str:
    return str(app_settings().value("ui/language", "system") or "system")


def set_language_setting(code: str) -> None:
    settings = app_settings()
    settings.setValue("ui/language", code)
    settings.sync()


def recent_files() -> list[Path]:
    """Recently opened workspaces that still exist, newest first."""
    raw = app_settings().value("files/recent", []) or []
    if isinstance(raw, str):
        raw = [raw]
    paths = [Path(p) for p in raw if p]
    return [p for p in paths if p.exists()]


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    paths = [path] + [p for p in recent_files() if p.resolve() != path]
    paths = paths[:MAX_RECENT]
    settings = app_settings()
    settings.setValue("files/recent", [str(p) for p in paths])
    settings.sync()
    return paths


def clear_recent_files() -> None:
    settings = app_settings()
    settings.setValue("files/recent", [])
    settings.sync()

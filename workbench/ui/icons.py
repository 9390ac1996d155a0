"""The workbench's own icons (SVG files in resources/icons, drawn for this project), cached."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from ..paths import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("app")


def unverified() -> QIcon:
    return icon("unverified")


def model_clause() -> QIcon:
    return icon("model")


def chapter() -> QIcon:
    return icon("chapter")


def article() -> QIcon:
    return icon("article")


def preamble() -> QIcon:
    return icon("preamble")


def changed() -> QIcon:
    return icon("changed")

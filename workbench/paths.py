"""Where the built-in data (clauses, templates, resources) and the user's workspace live."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "treaty-workbench"
WORKSPACE_SUFFIX = ".treaty"


def _data_root() -> Path:
    """The folder holding clauses/, templates/ and resources/ (source checkout or installed)."""
    here = Path(__file__).resolve().parent.parent
    if (here / "clauses").is_dir():
        return here
    installed = Path(sys.prefix) / "share" / APP_NAME
    if (installed / "clauses").is_dir():
        return installed
    return here


DATA_ROOT = _data_root()
CLAUSES_DIR = DATA_ROOT / "clauses"
TEMPLATES_DIR = DATA_ROOT / "templates"
RESOURCES_DIR = DATA_ROOT / "resources"


def user_data_dir() -> Path:
    """The per-user data folder (XDG on Linux, Application Support on macOS, AppData on Windows).

    ``TREATY_WORKBENCH_HOME`` overrides it (tests, portable installs).
    """
    override = os.environ.get("TREATY_WORKBENCH_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_workspace() -> Path:
    return user_data_dir() / ("workspace" + WORKSPACE_SUFFIX)

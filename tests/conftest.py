"""Shared fixtures: a real workspace built from the real clause library, copied per test."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("TREATY_CORPUS_DIR", REPO.parent / "shared" / "corpus"))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Never touch the real user's data folder or settings."""
    home = tmp_path / "home"
    monkeypatch.setenv("TREATY_WORKBENCH_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))


@pytest.fixture(scope="session")
def library_workspace_file(tmp_path_factory) -> Path:
    """A workspace filled from clauses/ once per test session (import takes a moment)."""
    from workbench.storage import Workspace

    path = tmp_path_factory.mktemp("library") / "library.treaty"
    Workspace.open(path).close()
    return path


@pytest.fixture
def workspace_path(library_workspace_file, tmp_path) -> Path:
    """A fresh copy of the library workspace for one test."""
    path = tmp_path / "test.treaty"
    shutil.copyfile(library_workspace_file, path)
    return path


@pytest.fixture
def workspace(workspace_path):
    from workbench.storage import Workspace

    ws = Workspace.open(workspace_path)
    yield ws
    ws.close()

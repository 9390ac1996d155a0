"""GUI fixtures: the real main window on a real workspace file, offscreen.

The workspace is filled from the real clause library (clauses/) when it loads and holds the CoE
AI Convention; otherwise from ``data/clauses`` (a few provisions copied verbatim from the corpus),
so that the GUI can be tested while the library is being written. Tests compute what they expect
from the workspace itself, never from hard-coded numbers.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from workbench.paths import CLAUSES_DIR
from workbench.storage import LibraryError, Workspace, load_library

FIXTURE_CLAUSES = Path(__file__).parent / "data" / "clauses"
COE = "coe-ai-convention"


def _real_library_usable() -> bool:
    try:
        library = load_library(CLAUSES_DIR)
    except (LibraryError, OSError):
        return False
    ids = {c.id for c in library.clauses}
    return COE in library.sources and {f"{COE}/art-23", f"{COE}/art-34"} <= ids \
        and any(c.text_zh() for c in library.clauses)


@pytest.fixture(scope="session")
def library_dir() -> Path:
    """The real library; ``TREATY_GUI_TEST_LIBRARY=fixture`` forces the small fixture library."""
    if os.environ.get("TREATY_GUI_TEST_LIBRARY") == "fixture":
        return FIXTURE_CLAUSES
    return CLAUSES_DIR if _real_library_usable() else FIXTURE_CLAUSES


@pytest.fixture(scope="session")
def template_workspace(tmp_path_factory, library_dir) -> Path:
    path = tmp_path_factory.mktemp("gui-library") / "template.treaty"
    Workspace.open(path, clauses_dir=library_dir).close()
    return path


@pytest.fixture
def ws_path(template_workspace, tmp_path) -> Path:
    path = tmp_path / "gui.treaty"
    shutil.copyfile(template_workspace, path)
    return path


@pytest.fixture
def open_window(qtbot, library_dir):
    """Open a MainWindow on a workspace file, as the application does; closed after the test.

    The window is the one a drafter gets: with every installed extension (check panel and its
    background worker, export, versions …), so the drafting GUI is tested with them in place.
    ``extensions=[]`` opens the bare window (for tests of the extension points themselves).
    """
    from workbench.ui.main import MainWindow

    windows = []

    def opener(path: Path, extensions: list[str] | None = None) -> MainWindow:
        window = MainWindow(Workspace.open(path, clauses_dir=library_dir),
                            extensions=None if extensions is None else list(extensions))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield opener
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in windows:
        if not window._closed:
            window.close()
        window.deleteLater()      # gone, not just closed: a later language switch reaches no stale panel
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(open_window, ws_path):
    return open_window(ws_path)


@pytest.fixture
def coe_window(window):
    """The window showing a new draft made from the whole CoE AI Convention."""
    from workbench.core.assemble import draft_from_source

    draft = draft_from_source("CoE-based draft", window.session.workspace.clauses(source=COE))
    assert window.create_draft(draft)
    return window


@pytest.fixture
def ime_commit():
    """Type text as an input method does (qtbot.keyClicks aborts on non-ASCII text)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def commit(widget, text: str) -> None:
        widget.setFocus()
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    return commit

"""Start the desktop application (imported only when the GUI is wanted: ``workbench.cli.main``
calls ``run_gui`` when no command is given)."""
from __future__ import annotations

from pathlib import Path


def run_gui(workspace: Path | None = None) -> int:
    from .ui.main import run
    return run(workspace)

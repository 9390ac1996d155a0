"""Start the desktop application (imported only when the GUI is wanted)."""
from __future__ import annotations

from pathlib import Path


def run_gui(workspace: Path | None = None) -> int:
    from .ui.main import run
    return run(workspace)


def main() -> int:
    """Entry point of the ``treaty-workbench`` command."""
    from .cli import main as cli_main
    return cli_main()

"""Start the desktop application (imported only when the GUI is wanted: ``workbench.cli.main``
calls ``run_gui`` when no command is given; ``main`` is the ``treaty-workbench-gui`` launcher)."""
from __future__ import annotations

import sys
from pathlib import Path


def run_gui(workspace: Path | None = None) -> int:
    from .ui.main import run
    return run(workspace)


def main(argv: list[str] | None = None) -> int:
    """``treaty-workbench-gui [--workspace FILE]``: the window only (no console on Windows)."""
    from .cli import build_parser
    from .storage.check_ahead import check_ahead

    parser = build_parser(commands=False)
    parser.prog = "treaty-workbench-gui"
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    check_ahead(args.workspace)
    return run_gui(args.workspace)

"""Start the desktop application (imported only when the GUI is wanted: ``workbench.cli.main``
calls ``run_gui`` when no command is given; ``main`` is the ``treaty-workbench-gui`` launcher)."""
from __future__ import annotations

import sys
from pathlib import Path


def run_gui(workspace: Path | None = None) -> int:
    from .ui.launch import run
    return run(workspace)


def main(argv: list[str] | None = None) -> int:
    """``treaty-workbench-gui [--workspace FILE]``: the window only (no console on Windows).
    (The command line, ``workbench.cli``, opens the window through ``run_gui``.)"""
    import argparse

    from . import __version__
    from .storage.check_ahead import check_ahead

    parser = argparse.ArgumentParser(prog="treaty-workbench-gui",
                                     description="Open the Treaty Workbench window (the commands: treaty-workbench).")
    parser.add_argument("--workspace", type=Path, metavar="FILE",
                        help="workspace file to use (default: your default workspace)")
    parser.add_argument("--version", action="version", version=f"treaty-workbench {__version__}")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    check_ahead(args.workspace)
    return run_gui(args.workspace)

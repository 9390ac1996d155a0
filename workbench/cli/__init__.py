"""Command line: ``python -m workbench [--workspace FILE] COMMAND`` (the GUI's operations, scriptable).

Each feature area registers its commands from its own module (``library``, ``drafts`` …);
this module holds the parser, the shared options and the error handling.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

#: Modules under workbench.cli that add commands; each has ``register(subparsers, common)``.
COMMAND_MODULES = ["library", "drafts", "versions", "check", "exchange", "compare", "brackets", "workspace", "precedents"]


class CliError(Exception):
    """A failure to report to the drafter on stderr, with a non-zero exit."""


def common_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable JSON output")
    parent.add_argument("--workspace", type=Path, default=argparse.SUPPRESS, metavar="FILE",
                        help="workspace file to use (default: your default workspace)")
    return parent


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The full parser; ``commands=False`` gives only the global options (opening the window)."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="treaty-workbench",
        description="Treaty Workbench: build, check, export and negotiate an international AI treaty. "
                    "Without a command, the application window opens.")
    parser.add_argument("--workspace", type=Path, metavar="FILE",
                        help="workspace file to use (default: your default workspace)")
    parser.add_argument("--json", action="store_true", help="machine-readable JSON output")
    parser.add_argument("--version", action="version", version=_version())
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        module.register(sub, common)
    return parser


def _version() -> str:
    from .. import __version__
    return f"treaty-workbench {__version__}"


def open_workspace(args, create: bool = True):
    """The workspace of ``args``; a clause file that cannot be read is reported on stderr and the
    workspace keeps the library it had (so that no stray file locks a drafter out of their drafts)."""
    from ..storage import Workspace
    workspace = Workspace.open(getattr(args, "workspace", None), create=create, keep_library_on_error=True)
    if workspace.library_problem is not None:
        sys.stderr.write(f"treaty-workbench: warning: the clause library could not be updated; the workspace keeps "
                         f"its earlier copy: {workspace.library_problem}\n")
    return workspace


def editing(ws):
    """Hold the workspace's write lock from reading a draft to committing the change made from it:
    no other program (a window, another command) commits in between, so the command never acts on
    a stale draft and never meets a conflict."""
    return ws.db.atomic(immediate=True)


def _undecodable(argv: list[str]) -> str | None:
    """The first argument that is not valid text (bytes the system could not decode), if any."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def output(args, data, text: str | None = None) -> None:
    """Print ``data`` as JSON with --json, else ``text`` (or a readable rendering of data).

    ``data`` may be a callable returning it: then it is built only when it is printed (the JSON
    of a 10,000-article draft takes seconds to build)."""
    if callable(data) and (getattr(args, "json", False) or text is None):
        data = data()
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write((text if text is not None else str(data)).rstrip("\n") + "\n")


def opens_window(argv: list[str]) -> bool:
    """True when ``argv`` holds only ``--workspace FILE`` / ``--json``: no command, the window opens.

    Then the command modules (and what they import) are not needed: importing them all would
    delay the window's first appearance. Anything else (a command, --help, an abbreviation)
    goes through the full parser.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--json" or (arg.startswith("--workspace=") and len(arg) > len("--workspace=")):
            i += 1
        elif arg == "--workspace" and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            i += 2
        else:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = _undecodable(argv)
    if bad is not None:
        sys.stderr.write(f"treaty-workbench: error: the argument “{bad}” is not valid UTF-8 text; check the "
                         "terminal's encoding\n")
        return 2
    parser = build_parser(commands=not opens_window(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from ..storage.check_ahead import check_ahead
        check_ahead(getattr(args, "workspace", None))     # checked while the window code loads
        from ..app import run_gui
        return run_gui(getattr(args, "workspace", None))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.parse_args(argv + ["--help"])
        return 2
    import sqlite3

    from ..core.model import DraftError
    from ..storage import LibraryError, WorkspaceError
    from ..storage.errors import writing_error
    try:
        status = handler(args) or 0
        if sys.stdout is not None:
            sys.stdout.flush()
        return status
    except BrokenPipeError:
        return _reader_gone()
    except (CliError, DraftError, WorkspaceError, LibraryError, OSError, sqlite3.Error) as exc:
        if isinstance(exc, sqlite3.Error):
            exc = writing_error(getattr(args, "workspace", None) or Path("workspace"), exc)
        message = str(exc)
        if isinstance(exc, OSError) and exc.filename:
            message = f"{exc.filename}: {exc.strerror or exc}"
        return _fail(args, message)
    except KeyboardInterrupt:
        sys.stderr.write("treaty-workbench: interrupted\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - a drafter gets a message, never a traceback
        if os.environ.get("TREATY_WORKBENCH_DEBUG"):
            raise
        return _fail(args, f"an unexpected problem stopped the command ({type(exc).__name__}: {exc}); what was "
                           "saved before it stays saved. Set TREATY_WORKBENCH_DEBUG=1 to see the details, and please report it",
                     status=70)


def _reader_gone() -> int:
    """The reader of our output went away (``… | head``): stop quietly, as the Python
    documentation recommends (signal module, "Note on SIGPIPE"): point stdout at devnull so that
    the interpreter's last flush cannot fail again, and report success (the reader had enough)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


def _fail(args, message: str, status: int = 1) -> int:
    if getattr(args, "json", False):
        json.dump({"error": message}, sys.stderr, ensure_ascii=False)
        sys.stderr.write("\n")
    else:
        sys.stderr.write(f"treaty-workbench: error: {message}\n")
    return status

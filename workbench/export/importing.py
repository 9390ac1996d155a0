"""Importing drafts written elsewhere: the entry point that picks the reader by the file's content.

The result and its report live in ``import_result`` (the readers fill them), so this module
depends on the readers and they never on it.
"""
from __future__ import annotations

from pathlib import Path

from ..files import refuse_live
from ..core.messages import message_in, msg
from .akn_reader import read_akn
from .docx_reader import read_docx
from .import_result import ImportFailure, ImportResult, ReportEntry
from .safety import MAX_XML_BYTES, UnsafeFileError

__all__ = ["ImportFailure", "ImportResult", "ReportEntry", "import_file", "sniff"]


def sniff(path: Path) -> str:
    """'docx' or 'akn' from the file's first bytes (not its name)."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<") and (b"akomaNtoso" in head or b"<?xml" in text[:10]):
        return "akn"
    raise ImportFailure(msg("{name}: not a Word (.docx) or Akoma Ntoso (.xml) file", name=path.name))


def import_file(path: Path | str, title: str | None = None) -> ImportResult:
    """Read a .docx or Akoma Ntoso file into a new draft (never touches any workspace)."""
    path = Path(path)
    refuse_live(path)          # reading the open workspace outside SQLite would drop its locks
    if path.exists() and not path.is_file():
        raise ImportFailure(msg("{name}: not a Word (.docx) or Akoma Ntoso (.xml) file", name=path.name))
    try:
        kind = sniff(path)
        if kind == "docx":
            result = read_docx(path)
        else:
            if path.stat().st_size > MAX_XML_BYTES:
                raise UnsafeFileError(msg("{name} is larger than {megabytes} MB; refused", name=path.name,
                                          megabytes=MAX_XML_BYTES // 1048576))
            result = read_akn(path.read_bytes())
    except ImportFailure as exc:
        if str(exc).startswith(path.name):
            raise
        raise ImportFailure(msg("{where}: {message}", where=path.name, message=exc)) from exc
    except UnsafeFileError as exc:
        message = message_in(exc)
        raise ImportFailure(message if message.startswith(path.name)
                            else msg("{where}: {message}", where=path.name, message=message)) from exc
    except OSError as exc:
        raise ImportFailure(msg("{path}: cannot be read ({reason})", path=path.name,
                                reason=exc.strerror or exc)) from exc
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, RecursionError) as exc:
        # a file shaped in a way no reader foresaw: said plainly, and no draft is made
        raise ImportFailure(msg("{name}: its structure could not be read as a draft ({reason}); nothing was "
                                "imported", name=path.name, reason=f"{type(exc).__name__}: {exc}")) from exc
    if not any(True for _ in result.draft.walk()) and not result.draft.title:
        raise ImportFailure(msg("{name}: the file holds no text to import", name=path.name))
    if title:
        result.draft.title = title
    if not result.draft.title:
        result.draft.title = path.stem
    return result

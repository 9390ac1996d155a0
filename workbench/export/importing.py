"""Importing drafts written elsewhere: the result, its report, and the entry point by file type."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..files import refuse_live
from ..core.messages import message_in, msg
from ..core.model import Draft, NodeKind
from .safety import UnsafeFileError


class ImportFailure(ValueError):
    """A file that cannot be imported, with a message naming the file and the problem."""


@dataclass
class ImportResult:
    """The imported draft (new ids) and what could not be mapped onto it."""

    draft: Draft
    unmapped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source_format: str = ""

    def summary(self) -> dict:
        kinds = {}
        for node in self.draft.walk():
            kinds[node.kind.value] = kinds.get(node.kind.value, 0) + 1
        return {"title": self.draft.title, "format": self.source_format,
                "articles": kinds.get(NodeKind.ARTICLE.value, 0),
                "chapters": kinds.get(NodeKind.CHAPTER.value, 0),
                "recitals": kinds.get(NodeKind.RECITAL.value, 0),
                "unmapped": list(self.unmapped), "notes": list(self.notes)}

    def report(self) -> str:
        s = self.summary()
        lines = [f"Imported “{s['title']}” from {s['format']}: {s['articles']} articles, "
                 f"{s['chapters']} chapters, {s['recitals']} recitals."]
        lines += [f"  note: {n}" for n in self.notes]
        if self.unmapped:
            lines.append(f"{len(self.unmapped)} item(s) could not be mapped:")
            lines += [f"  - {u}" for u in self.unmapped]
        else:
            lines.append("Everything in the file was mapped.")
        return "\n".join(lines)


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
            from .docx_reader import read_docx
            result = read_docx(path)
        else:
            from .akn_reader import read_akn
            from .safety import MAX_XML_BYTES
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
    if title:
        result.draft.title = title
    if not result.draft.title:
        result.draft.title = path.stem
    return result

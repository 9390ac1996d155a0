"""A Word export whose contents carry every page number (the default), or a quick one without.

LibreOffice never updates a Word TOC field, and Word only does when asked, so the exporter writes
the page numbers into the field's result itself: a first copy, whose contents carry a placeholder
number on every entry (so that it is set exactly as the final one), is laid out by LibreOffice;
the page of each heading's bookmark is read from that layout (``office.bookmark_pages``) and the
final copy carries them. Without LibreOffice, or with ``quick``, the contents list the entries
without numbers (Word fills them in on opening) and the result says so.
"""
from __future__ import annotations

import dataclasses
import tempfile
import time
from pathlib import Path
from typing import Callable

from ..core.model import Draft
from .common import ExportError, ExportOptions
from .docx_writer import docx_bytes, export_docx
from .office import bookmark_pages, layout_available

PLACEHOLDER = 88          # two digits: as wide as most real page numbers

#: How the contents' page numbers were made.
LAID_OUT, QUICK, NO_OFFICE, FAILED, NO_CONTENTS = "laid-out", "quick", "no-office", "failed", "no-contents"


@dataclasses.dataclass
class PagedExport:
    size: int                       # bytes written
    pages: str                      # one of LAID_OUT, QUICK, NO_OFFICE, FAILED, NO_CONTENTS
    reason: str = ""                # why there are no page numbers (FAILED)
    seconds: float = 0.0

    @property
    def note(self) -> str:
        """What the drafter is told about the contents' page numbers ("" when they are there)."""
        if self.pages == QUICK:
            return "contents without page numbers (--quick; Word fills them in when the field is updated)"
        if self.pages == NO_OFFICE:
            return ("contents without page numbers: LibreOffice (with python3-uno) is not installed; "
                    "Word fills them in when the field is updated")
        if self.pages == FAILED:
            return f"contents without page numbers: the LibreOffice layout failed ({self.reason})"
        return ""


def export_docx_paged(draft: Draft, path: Path | str, options: ExportOptions | None = None,
                      template: Path | str | None = None, *, quick: bool = False,
                      progress: Callable[[str], None] | None = None,
                      stop: Callable[[], bool] | None = None) -> PagedExport:
    """Write ``draft`` to ``path`` with its contents' page numbers laid out by LibreOffice.

    ``progress(stage)`` is called with "write", "layout" and "final" as the work goes on (the
    window shows them); ``stop()`` ends the LibreOffice layout early (the window's Cancel). The
    layout never stops an export: when it fails the document is written
    without the numbers and the result says why.
    """
    options = options or ExportOptions()
    started = time.monotonic()
    say = progress or (lambda stage: None)
    if options.compilation:            # the compilation document has no contents
        say("final")
        return PagedExport(export_docx(draft, path, options, template), NO_CONTENTS,
                           seconds=time.monotonic() - started)
    state, reason, pages = LAID_OUT, "", {}
    if quick:
        state = QUICK
    elif not layout_available():
        state = NO_OFFICE
    else:
        say("write")
        first_options = dataclasses.replace(options, toc_pages={}, toc_placeholder=PLACEHOLDER)
        with tempfile.TemporaryDirectory(prefix="treaty-toc-") as tmp:
            first = Path(tmp) / "layout.docx"
            first.write_bytes(docx_bytes(draft, first_options, template))
            say("layout")
            try:
                pages = bookmark_pages(first, stop=stop)
            except ExportError as exc:
                state, reason = FAILED, str(exc)
    say("final")
    final = dataclasses.replace(options, toc_pages=pages, toc_placeholder=0)
    size = export_docx(draft, path, final, template)
    return PagedExport(size, state, reason, time.monotonic() - started)

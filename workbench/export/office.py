"""LibreOffice and poppler, when installed: .docx to PDF, and page numbers for the contents.

Word's TOC field is never updated by LibreOffice, so the exporter writes the page numbers into
the field's result itself. Where they come from: a first export is laid out by LibreOffice,
``pdftotext`` tells on which page each heading landed, and the second export carries them.
Everything here runs local programs only (no network) and fails with a clear message.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from ..core.messages import msg
from ..core.model import Draft
from .common import ExportError, ExportOptions


def soffice_path() -> str | None:
    """The LibreOffice command, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                      r"C:\Program Files\LibreOffice\program\soffice.exe"):
        if os.path.exists(candidate):
            return candidate
    return None


def office_available() -> bool:
    return soffice_path() is not None and shutil.which("pdftotext") is not None


def convert_to_pdf(paths: list[Path], outdir: Path, timeout: float = 300) -> list[Path]:
    """Convert documents to PDF in one LibreOffice run with a fresh profile; returns the PDFs.

    LibreOffice exits 0 even when a file fails to load, so a missing PDF raises ExportError.
    """
    soffice = soffice_path()
    if soffice is None:
        raise ExportError(msg("LibreOffice (soffice) is not installed"))
    outdir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.gettempdir()) / f"lo-{uuid.uuid4().hex}"
    cmd = [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
           "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in paths]
    try:
        subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                       check=False)
    except subprocess.TimeoutExpired as exc:
        raise ExportError(msg("LibreOffice did not finish converting within {seconds:.0f} s", seconds=timeout)) from exc
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdfs = [outdir / (Path(p).stem + ".pdf") for p in paths]
    missing = [p.name for p in pdfs if not p.exists() or p.stat().st_size == 0]
    if missing:
        raise ExportError(msg("LibreOffice could not convert: {files}", files=", ".join(missing)))
    return pdfs


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of ``pdf`` (pdftotext; pages are separated by form feeds)."""
    if shutil.which("pdftotext") is None:
        raise ExportError(msg("pdftotext (poppler) is not installed"))
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=False, timeout=120)
    if done.returncode != 0:
        raise ExportError(msg("pdftotext could not read {name}: {reason}", name=pdf.name,
                              reason=done.stderr.decode(errors="replace")))
    return done.stdout.decode("utf-8", errors="replace").split("\f")


def _squash(text: str) -> str:
    return "".join(text.split())


def locate_headings(pages: list[str], entries: list[tuple[str, str]], first_page: int) -> dict[str, int]:
    """Page (1-based) of each (bookmark, heading text), searching in order from ``first_page``.

    A heading is found where a line of the page starts with its first words (with parallel
    columns, pdftotext puts the left column first on each line).
    """
    found: dict[str, int] = {}
    page = first_page
    lines = [[_squash(line) for line in p.splitlines() if line.strip()] for p in pages]
    for bookmark, text in entries:
        whole = _squash(text)
        probe = whole[:20]
        if not probe:
            continue
        for index in range(page - 1, len(pages)):
            # "Article 1" must not match "Article 12"; a footnote number after a title is fine
            exact = len(whole) <= 20 and whole[-1:].isdigit()
            if any(line.startswith(probe) and not (exact and line[len(probe):len(probe) + 1].isdigit())
                   for line in lines[index]):
                page = index + 1
                found[bookmark] = page
                break
    return found


def export_docx_with_page_numbers(draft: Draft, path: Path, options: ExportOptions,
                                  template: Path | None = None) -> int:
    """Export ``draft`` with the contents' page numbers filled in from a LibreOffice layout."""
    from .docx_writer import TocProbe, docx_bytes, export_docx

    with tempfile.TemporaryDirectory(prefix="treaty-toc-") as tmp:
        tmpdir = Path(tmp)
        options.toc_pages = {}
        probe = TocProbe(draft, options)
        first = tmpdir / "pass1.docx"
        first.write_bytes(docx_bytes(draft, options, template))
        pages = pdf_pages(convert_to_pdf([first], tmpdir)[0])
        body_start = probe.body_start_page(pages)
        options.toc_pages = locate_headings(pages, probe.entries(), body_start)
    return export_docx(draft, path, options, template)

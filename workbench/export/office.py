"""LibreOffice and poppler, when installed: .docx to PDF, and page numbers for the contents.

Word's TOC field is never updated by LibreOffice, so the exporter writes the page numbers into
the field's result itself: ``bookmark_pages`` asks LibreOffice's own layout (through its Python
bridge, ``lo_pages.py``) on which page each heading's bookmark stands (see ``docx_pages``).
Everything here runs local programs only (no network) and fails with a clear message.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Callable

from ..core.messages import msg
from .common import ExportError


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


@functools.lru_cache(maxsize=1)
def uno_python() -> str | None:
    """A Python that can ``import uno`` (LibreOffice's bridge): this one, the system's, or the one
    LibreOffice ships; None when there is none (asked once per process)."""
    import sys

    candidates = [sys.executable, "/usr/bin/python3", shutil.which("python3") or ""]
    soffice = soffice_path()
    if soffice:
        program = Path(soffice).resolve().parent
        candidates += [str(program / "python"), str(program / "python.exe"),
                       str(program.parent / "Resources" / "python")]
    for candidate in dict.fromkeys(c for c in candidates if c and os.path.exists(c)):
        try:
            done = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return candidate
    return None


def layout_available() -> bool:
    """LibreOffice and its Python bridge: what laying out the contents' page numbers needs."""
    return soffice_path() is not None and uno_python() is not None


def bookmark_pages(docx: Path, prefix: str = "_art_", timeout: float = 300,
                   stop: Callable[[], bool] | None = None) -> dict[str, int]:
    """The page on which each bookmark (named ``prefix…``) of ``docx`` stands in LibreOffice's layout.

    ``stop()`` is asked while LibreOffice works: when it says True, LibreOffice is ended (with the
    bridge's process group) and ExportError is raised."""
    soffice, python = soffice_path(), uno_python()
    if soffice is None:
        raise ExportError(msg("LibreOffice (soffice) is not installed"))
    if python is None:
        raise ExportError(msg("LibreOffice's Python bridge (python3-uno) is not installed"))
    script = Path(__file__).with_name("lo_pages.py")
    proc = subprocess.Popen([python, str(script), soffice, str(docx), prefix], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=os.name == "posix")
    deadline = time.monotonic() + timeout
    while True:
        try:
            out, err = proc.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            stopped = stop is not None and stop()
            if stopped or time.monotonic() > deadline:
                _end(proc)
                if stopped:
                    raise ExportError(msg("the layout was stopped")) from None
                raise ExportError(msg("LibreOffice did not finish the layout within {seconds:.0f} s",
                                      seconds=timeout)) from None
    if proc.returncode != 0:
        reason = err.decode(errors="replace").strip().splitlines()
        raise ExportError(msg("LibreOffice could not lay out {name}: {reason}", name=docx.name,
                              reason=reason[-1] if reason else proc.returncode))
    try:
        return {str(k): int(v) for k, v in json.loads(out.decode())["pages"].items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise ExportError(msg("LibreOffice could not lay out {name}: {reason}", name=docx.name,
                              reason=exc)) from exc


def _end(proc: subprocess.Popen) -> None:
    """End the bridge and the LibreOffice it started (one process group of their own)."""
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass
    proc.communicate()

"""The contents carry every page number by default, each the page where its heading really is.

Exports as the command line does (no flag), converts them to PDF with LibreOffice and reads the
contents pages with pdftotext: every entry ends in a page number, and the heading stands on it.
"""
from __future__ import annotations

import re

import pytest

from workbench.export.docx_pages import LAID_OUT, QUICK, export_docx_paged
from workbench.export.office import convert_to_pdf, pdf_pages

from .conftest import options_for, require_office, squash

_ENTRY = re.compile(r"^(.*?)\s*\.{4,}\s*(\d+)\s*$")


def contents_entries(pages: list[str]) -> list[tuple[str, int]]:
    """(entry text, page number) of each contents entry, a wrapped entry joined to its first line."""
    first = None
    for line in pages[1].splitlines():
        match = _ENTRY.match(line.strip())
        if match:
            first = int(match.group(2))
            break
    assert first is not None, "the contents have no page numbers"
    entries, pending = [], ""
    for page in pages[1:first - 1]:
        for line in page.splitlines():
            text = line.strip()
            match = _ENTRY.match(text)
            if match:
                entries.append(((pending + " " + match.group(1)).strip(), int(match.group(2))))
                pending = ""
            elif not text or text.startswith(("Page ", "第 ")) or "Contents" in text or "目录" in text:
                pending = ""
            elif "...." not in text and len(text) < 200:
                pending = (pending + " " + text).strip()
    # a running header line is not an entry's first line: it is followed by a blank line
    return entries


def heading_page(pages: list[str], heading: str, start: int) -> int | None:
    probe = squash(heading)[:18]
    for index in range(start - 1, len(pages)):
        if any(squash(line).startswith(probe) for line in pages[index].splitlines()):
            return index + 1
    return None


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory, coe_draft, gaigi_draft, library_ws):
    require_office()
    folder = tmp_path_factory.mktemp("contents")
    docs, results = [], {}
    for name, draft, language in (("coe-en", coe_draft, "en"), ("coe-both", coe_draft, "both"),
                                  ("gaigi-both", gaigi_draft, "both"), ("gaigi-zh", gaigi_draft, "zh")):
        path = folder / f"{name}.docx"
        results[name] = export_docx_paged(draft, path, options_for(library_ws, draft, language=language,
                                                                    footnotes=True, status="Draft"))
        results[name].path = path
        docs.append(path)
    pdfs = convert_to_pdf(docs, folder)
    return {p.stem: pdf_pages(p) for p in pdfs}, results


@pytest.mark.parametrize("name", ["coe-en", "coe-both", "gaigi-both", "gaigi-zh"])
def test_every_contents_entry_has_the_page_of_its_heading(laid_out, name):
    pages, results = laid_out
    assert results[name].pages == LAID_OUT, results[name].note
    entries = contents_entries(pages[name])
    assert len(entries) >= 10, entries
    body_start = min(number for _, number in entries)
    for text, number in entries:
        heading = text.split(" / ")[0]
        found = heading_page(pages[name], heading, body_start)
        assert found == number, f"{name}: “{heading}” is listed on page {number} but stands on page {found}"


@pytest.mark.parametrize("name", ["coe-en", "coe-both", "gaigi-both"])
def test_no_contents_entry_is_left_without_its_number(laid_out, name):
    """As many numbered entries in the PDF's contents as headings bookmarked in the document."""
    import zipfile

    pages, results = laid_out
    with zipfile.ZipFile(results[name].path) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    headings = len(set(re.findall(r'<w:bookmarkStart w:id="\d+" w:name="(_art_[^"]+)"', xml)))
    assert headings > 10
    assert len(contents_entries(pages[name])) == headings


def test_quick_skips_the_layout(tmp_path, coe_draft, library_ws):
    result = export_docx_paged(coe_draft, tmp_path / "quick.docx", options_for(library_ws, coe_draft), quick=True)
    assert result.pages == QUICK and "without page numbers" in result.note
    assert result.seconds < 5


def test_without_libreoffice_the_result_says_the_numbers_are_missing(tmp_path, coe_draft, library_ws, monkeypatch):
    import workbench.export.docx_pages as docx_pages
    from workbench.export.docx_pages import NO_OFFICE

    monkeypatch.setattr(docx_pages, "layout_available", lambda: False)
    result = export_docx_paged(coe_draft, tmp_path / "plain.docx", options_for(library_ws, coe_draft))
    assert result.pages == NO_OFFICE and "LibreOffice" in result.note
    assert (tmp_path / "plain.docx").stat().st_size == result.size


def test_a_failed_layout_still_writes_the_document(tmp_path, coe_draft, library_ws, monkeypatch):
    import workbench.export.docx_pages as docx_pages
    from workbench.export.common import ExportError
    from workbench.export.docx_pages import FAILED

    def broken(path, stop=None):
        raise ExportError("LibreOffice could not lay out layout.docx: test")

    monkeypatch.setattr(docx_pages, "layout_available", lambda: True)
    monkeypatch.setattr(docx_pages, "bookmark_pages", broken)
    result = export_docx_paged(coe_draft, tmp_path / "plain.docx", options_for(library_ws, coe_draft))
    assert result.pages == FAILED and "could not lay out" in result.note
    assert (tmp_path / "plain.docx").exists()

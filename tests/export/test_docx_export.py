"""Word export: the XML it writes, and what LibreOffice makes of it (one conversion per module)."""
from __future__ import annotations

import io
import os
import re
import zipfile

import pytest
from lxml import etree

from workbench.core.brackets import add_alternative
from workbench.core.numbering import article_heading
from workbench.export import ooxml
from workbench.export.docx_writer import docx_bytes, export_docx

from .conftest import options_for, pdf_fonts, pdf_text, require_office, squash

W = "{%s}" % ooxml.W_NS


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _unverified_draft(library_ws):
    """A draft holding an unverified clause next to verified ones (from the real library)."""
    from workbench.core.model import Draft
    from workbench.core.operations import add_clauses

    unverified = [c for c in library_ws.clauses() if c.overall_verification == "transcription"
                  and c.kind not in ("preamble", "recital", "closing")]
    verified = [c for c in library_ws.clauses(source="coe-ai-convention") if c.kind == "article"][:2]
    if not unverified or not verified:
        pytest.skip("the library has no unverified article yet")
    draft = Draft(title="Draft with unverified text")
    add_clauses(draft, verified + unverified[:1]).apply(draft)
    return draft, unverified[0]


# ----- the XML, without LibreOffice ------------------------------------------------------------
def test_chinese_runs_use_the_east_asian_font_slot_and_zh_cn(gaigi_draft, library_ws):
    data = docx_bytes(gaigi_draft, options_for(library_ws, gaigi_draft, language="zh"))
    body = etree.fromstring(_parts(data)["word/document.xml"])
    chinese = [r for r in body.iter(W + "r") if ooxml.is_cjk("".join(t.text or "" for t in r.iter(W + "t")))]
    assert len(chinese) > 20
    for r in chinese:
        fonts = r.find(f"{W}rPr/{W}rFonts")
        lang = r.find(f"{W}rPr/{W}lang")
        assert fonts is not None and "CJK SC" in fonts.get(W + "eastAsia")
        assert lang is not None and lang.get(W + "eastAsia") == "zh-CN"


def test_numbers_are_literal_text_and_the_contents_are_prefilled(coe_draft, library_ws):
    data = docx_bytes(coe_draft, options_for(library_ws, coe_draft))
    xml = _parts(data)["word/document.xml"].decode("utf-8")
    assert "<w:numPr>" not in xml, "no Word auto-numbering: numbers are literal text"
    assert re.search(r'<w:instrText xml:space="preserve"> TOC \\o "1-2"', xml)
    text = re.sub(r"<[^>]+>", "", xml)
    for i, article in enumerate(coe_draft.articles(), start=1):
        # once in the contents and once as the heading
        assert text.count(f"Article {i} – {article.title}") >= 2


def test_footnotes_line_numbers_and_tracked_change_helpers(coe_draft, library_ws):
    options = options_for(library_ws, coe_draft, footnotes=True, line_numbers=True)
    parts = _parts(docx_bytes(coe_draft, options))
    notes = parts["word/footnotes.xml"].decode("utf-8")
    assert notes.count("<w:footnote w:id=") >= len(coe_draft.articles())
    assert "Source: CoE AI Convention" in notes or "Source: coe-ai-convention" in notes
    assert "<w:lnNumType" in parts["word/document.xml"].decode("utf-8")
    rev = ooxml.Revisions("Delegation A", "2025-03-01T10:00:00Z")
    para = ooxml.fragment(ooxml.paragraph(ooxml.run("Keep ") + rev.insert(ooxml.run("new"))
                                          + rev.delete("old")))
    assert para.find(f"{W}ins").get(W + "author") == "Delegation A"
    assert para.find(f"{W}del/{W}r/{W}delText").text == "old"


def test_cross_references_show_current_numbers_after_a_move(coe_draft, library_ws):
    from workbench.core.operations import move_article
    from workbench.core.references import TOKEN_RE, Resolver

    draft = coe_draft.copy()
    resolver = Resolver(draft)
    refs = [(m.group(1), bool(m.group(2))) for n in draft.walk() for m in TOKEN_RE.finditer(n.text)
            if resolver.article_id(m.group(1))]
    if not refs:
        pytest.skip("the CoE text in the library holds no internal reference")
    target, number_only = refs[0]
    article = draft.find(resolver.article_id(target))
    last = len(draft.articles())
    move_article(draft, article, last).apply(draft)
    body = etree.fromstring(_parts(docx_bytes(draft, options_for(library_ws, draft)))["word/document.xml"])
    links = [h for h in body.iter(W + "hyperlink") if h.get(W + "anchor") == f"_art_{article.id}"]
    shown = {"".join(t.text or "" for t in h.iter(W + "t")) for h in links}
    assert (str(last) if number_only else article_heading(last)) in shown


def test_a_failed_export_leaves_the_old_file_untouched(coe_draft, tmp_path, monkeypatch):
    path = tmp_path / "treaty.docx"
    export_docx(coe_draft, path)
    before = path.read_bytes()

    def broken(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ooxml.DocxPackage, "to_bytes", broken)
    with pytest.raises(OSError):
        export_docx(coe_draft, path)
    assert path.read_bytes() == before
    monkeypatch.undo()

    real_replace = os.replace

    def failing_replace(src, dst):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        export_docx(coe_draft, path)
    monkeypatch.setattr(os, "replace", real_replace)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["treaty.docx"], "no temporary file left behind"


# ----- through LibreOffice ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, coe_draft, gaigi_draft, library_ws):
    """Several exports converted to PDF in one LibreOffice run."""
    require_office()
    from workbench.export.office import convert_to_pdf

    out = tmp_path_factory.mktemp("pdf")
    unverified, clause = _unverified_draft(library_ws)
    alt = coe_draft.copy()
    para = alt.articles()[2].children[1]
    add_alternative(alt, para.id, text="Each Party may exclude activities related to national security.",
                    proposer="Delegation A", supporters=["Delegation B"], opponents=["Delegation C"]).apply(alt)
    jobs = {
        "coe-en": (coe_draft, dict(status="Draft — Rev.2", confidentiality="Restricted", footnotes=True,
                                   line_numbers=True)),
        "coe-both": (coe_draft, dict(language="both", status="Draft — Rev.2", footnotes=True)),
        "gaigi-zh": (gaigi_draft, dict(language="zh", status="草案 第一稿", footnotes=True)),
        "unverified": (unverified, dict(footnotes=True)),
        "compilation": (alt, dict(compilation=True, status="Compilation text")),
    }
    docs = []
    for name, (draft, kwargs) in jobs.items():
        path = out / f"{name}.docx"
        export_docx(draft, path, options_for(library_ws, draft, **kwargs))
        docs.append(path)
    pdf_paths = convert_to_pdf(docs, out)
    return {name: pdf for name, pdf in zip(jobs, pdf_paths)} | {"_clause": clause, "_alt": alt}


def test_every_article_heading_and_number_is_in_the_pdf(pdfs, coe_draft):
    text = squash(pdf_text(pdfs["coe-en"]))
    for i, article in enumerate(coe_draft.articles(), start=1):
        assert squash(f"Article {i} – {article.title}") in text
    for chapter in coe_draft.chapters():
        assert squash(chapter.title) in text
    layout = pdf_text(pdfs["coe-en"], layout=True)
    pages = layout.count("\f")
    assert f"Page 2 of {pages}" in layout or f"Page 2 of {pages + 1}" in layout
    assert "RESTRICTED" in layout and "Draft — Rev.2" in layout
    assert re.search(r"^\s*5\s", layout, re.M), "line numbers are printed in the margin"


def test_chinese_text_pages_and_an_embedded_cjk_font(pdfs, gaigi_draft):
    text = squash(pdf_text(pdfs["gaigi-zh"]))
    assert "全球人工智能治理倡议" in text
    for i, article in enumerate(gaigi_draft.articles(), start=1):
        assert article_heading(i, "zh") in text
        first = next(n.text_zh for n in article.walk() if n.text_zh)
        assert squash(first)[:30] in text
    assert "第2页共" in text
    fonts = pdf_fonts(pdfs["gaigi-zh"])
    assert "CJK" in fonts and re.search(r"CJK\S*\s+\S.*\byes\b", fonts), fonts


def test_parallel_columns_hold_both_languages(pdfs, coe_draft):
    layout = pdf_text(pdfs["coe-both"], layout=True)
    assert "第 2 页 共" in layout and "Page 2 of" in layout
    text = squash(layout)
    for i, article in enumerate(coe_draft.articles(), start=1):
        assert squash(f"Article {i} –") in text and article_heading(i, "zh") in text
    # the two columns share lines: an English heading and its Chinese counterpart side by side
    assert re.search(r"Article 1 – .*第一条", layout)


def test_unverified_text_is_marked(pdfs):
    text = pdf_text(pdfs["unverified"])
    assert "Unverified transcription" in text
    assert squash("unverified transcription: not checked against an official text") in squash(text)


def test_compilation_text_brackets_alternatives_with_attributions(pdfs):
    text = squash(pdf_text(pdfs["compilation"]))
    assert squash("[") in text and squash("Each Party may exclude activities related to national security.") in text
    assert squash("proposed by Delegation A; supported by Delegation B; opposed by Delegation C") in text


@pytest.mark.slow
def test_screenshot_pages_render(pdfs, tmp_path):
    """pdftoppm renders the pages (the README's screenshot is made the same way)."""
    import subprocess
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "2", str(pdfs["coe-both"]),
                    str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == 2 and all(p.stat().st_size > 2000 for p in pngs)

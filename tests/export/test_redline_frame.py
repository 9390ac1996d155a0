"""The redline is framed as the clean export is, and reads as the clean text does.

Same cover (confidentiality line, title, status, date), running header, "Page X of Y" footer;
continuation blocks keep their paragraph's indentation; a deleted article stands under the
division it came from; no change bar beside an unchanged heading (LibreOffice draws the bar of a
tracked paragraph mark beside the next line); the Chinese redline's summary line and numbering are
those of the Chinese export.
"""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree

from workbench.core import operations
from workbench.core.compare import compare
from workbench.export import ooxml
from workbench.export.docx_writer import docx_bytes
from workbench.export.office import convert_to_pdf, pdf_pages
from workbench.export.redline import redline_bytes

from .conftest import options_for, require_office, source_draft, squash

W = "{%s}" % ooxml.W_NS
MARKS = ("ins", "del", "moveTo", "moveFrom")
SECOND = "This second block belongs to the same paragraph."


@pytest.fixture(scope="module")
def versions(library_ws):
    old = source_draft(library_ws, "workbench-model", "Model treaty", "示范条约")
    first = old.articles()[0]
    numbered = next(p for p in first.children if p.numbered)
    numbered.text += "\n\n" + SECOND            # a paragraph of two blocks, in both versions
    new = old.copy()
    chapters = [n for n in new.children if n.kind.value == "chapter"]
    deleted = chapters[1].children[0]             # the first article of the second chapter
    moved = new.articles()[19]
    operations.remove_node(new, deleted).apply(new)
    operations.move_article(new, moved, 2).apply(new)
    return old, new, deleted, chapters


def parse(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def paras(xml: bytes) -> list:
    return list(etree.fromstring(xml).iter(W + "p"))


def style(p) -> str:
    s = p.find(f"{W}pPr/{W}pStyle")
    return s.get(W + "val") if s is not None else ""


def text(p) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t", W + "delText"))


def marked_end(p) -> bool:
    return any(p.find(f"{W}pPr/{W}rPr/{W}{m}") is not None for m in MARKS)


def tracked(p) -> bool:
    return marked_end(p) or any(True for m in MARKS for _ in p.iter(W + m))


@pytest.fixture(scope="module")
def redlines(versions):
    old, new, _, _ = versions
    result = compare(old, new, old_label="Rev.1", new_label="Rev.2")
    return {lang: redline_bytes(result, "Party B", date="2026-03-01T10:00:00Z", lang=lang,
                                status="Rev.2", confidentiality="Restricted") for lang in ("en", "zh")}


def test_the_redline_has_the_clean_exports_frame(redlines):
    parts = parse(redlines["en"])
    body = paras(parts["word/document.xml"])
    styles = [style(p) for p in body]
    assert "Confidentiality" in styles and "CoverTitle" in styles and "DraftDate" in styles
    headers = b"".join(v for k, v in parts.items() if k.startswith("word/header"))
    footers = b"".join(v for k, v in parts.items() if k.startswith("word/footer"))
    assert b"RESTRICTED" in headers and b"Rev.2" in headers
    assert b" PAGE " in footers and b"NUMPAGES" in footers
    assert b"<w:titlePg/>" in parts["word/document.xml"]


def test_a_continuation_block_keeps_its_paragraphs_indentation(redlines):
    body = paras(parse(redlines["en"])["word/document.xml"])
    second = next(p for p in body if SECOND in text(p))
    assert style(second) == "TreatyParagraph"
    assert second.find(f".//{W}tab") is not None, "set at the paragraph's indent, after a tab"


def test_a_deleted_article_stands_under_its_own_division(redlines, versions):
    _, _, deleted, chapters = versions
    body = paras(parse(redlines["en"])["word/document.xml"])
    heads = [(i, text(p)) for i, p in enumerate(body) if style(p) == "Heading1"]
    where = next(i for i, p in enumerate(body) if style(p) == "Heading2" and deleted.title in text(p))
    above = [t for i, t in heads if i < where][-1]
    assert chapters[1].title in above, f"the deleted article is under “{above}”"


def test_no_tracked_paragraph_mark_just_before_an_unchanged_heading(redlines):
    for lang, data in redlines.items():
        body = paras(parse(data)["word/document.xml"])
        for before, p in zip(body, body[1:]):
            if style(p).startswith("Heading") and not tracked(p):
                assert not marked_end(before), f"{lang}: a change bar beside “{text(p)}”"


def test_the_chinese_redline_reads_as_the_chinese_export(redlines, versions, library_ws):
    _, new, _, _ = versions
    body = paras(parse(redlines["zh"])["word/document.xml"])
    summary = [text(p) for p in body if style(p) in ("DraftStatus", "DraftDate") and "条" in text(p)]
    assert summary and all("修订标记" in s and not re.search(r"[A-Za-z]{3,}", s.replace("Party B", ""))
                           for s in summary), summary
    clean = paras(parse(docx_bytes(new, options_for(library_ws, new, language="zh")))["word/document.xml"])

    def labels(ps, start):
        i = next(i for i, p in enumerate(ps) if style(p) == "Heading2" and text(p).startswith(start))
        out = []
        for p in ps[i + 1:]:
            if style(p).startswith("Heading"):
                break
            match = re.match(r"^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", text(p))
            if match:
                out.append(match.group(1))
        return out

    for heading in ("第一条", "第三条", "第十条"):
        assert labels(body, heading) == labels(clean, heading), heading


def test_the_redline_pages_carry_header_and_page_x_of_y(redlines, tmp_path):
    require_office()
    docs = []
    for lang, data in redlines.items():
        path = tmp_path / f"redline-{lang}.docx"
        path.write_bytes(data)
        docs.append(path)
    pages = {p.stem: pdf_pages(p) for p in convert_to_pdf(docs, tmp_path)}
    en, zh = pages["redline-en"], pages["redline-zh"]
    assert "RESTRICTED" in en[0] and "Page" not in en[0], "the cover has no running header or footer"
    assert "RESTRICTED" in en[1] and re.search(r"Page 2 of \d+", en[1])
    assert re.search(r"第2页共\d+页", squash(zh[1]))


def test_the_chinese_redline_of_an_english_only_text_says_so_as_the_export_does(coe_draft, library_ws):
    old = coe_draft.copy()
    new = coe_draft.copy()
    operations.remove_node(new, new.articles()[4]).apply(new)
    data = redline_bytes(compare(old, new), "Party B", lang="zh")
    body = [text(p) for p in paras(parse(data)["word/document.xml"])]
    clean = [text(p) for p in paras(parse(docx_bytes(new, options_for(library_ws, new, language="zh")))
                                    ["word/document.xml"])]
    statement = "本文书无中文作准文本；以下为英文文本。"
    assert body.count(statement) == 1 and clean.count(statement) == 1
    heads = [t for t in body if t.startswith("Article 1 – ")]
    assert heads and heads[0] in clean, "headed in English, as the Chinese export heads it"
    assert not any(re.match(r"^第[一二三四五六七八九十]+[条章]\s*[A-Za-z]", t) for t in body)

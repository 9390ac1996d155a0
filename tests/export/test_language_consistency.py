"""Chinese and bilingual exports read as Chinese documents: each sentence in one language.

References take the language of the text around them; an instrument with no authentic Chinese
text says so once, at the top, instead of mixing Chinese numbers into English sentences.
"""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree

from workbench.export import ooxml
from workbench.export.docx_writer import docx_bytes

from .conftest import options_for, source_draft

W = "{%s}" % ooxml.W_NS
_ZH_REF = re.compile(r"第[一二三四五六七八九十百零]+条")
_EN_REF = re.compile(r"\bArticle \d+")
_HEADING = re.compile(r"^(第[一二三四五六七八九十百零]+[条章节]|Article \d|Chapter |Preamble|序言)")


def paragraphs(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.iter(W + "p")]


def is_chinese(text: str) -> bool:
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return cjk > latin


@pytest.fixture(scope="module")
def model_draft(library_ws):
    return source_draft(library_ws, "workbench-model", "Model treaty", "示范条约")


def _check_sentences(texts: list[str]) -> list[str]:
    bad = []
    for text in texts:
        if len(text) < 40 or _HEADING.match(text):
            continue            # headings and contents entries: "第一条 Object and purpose" is a heading
        if is_chinese(text) and _EN_REF.search(text):
            bad.append(text)
        if not is_chinese(text) and _ZH_REF.search(text):
            bad.append(text)
    return bad


@pytest.mark.parametrize("language", ["zh", "both"])
def test_an_english_only_instrument_says_so_and_keeps_english_references(coe_draft, library_ws, language):
    texts = paragraphs(docx_bytes(coe_draft, options_for(library_ws, coe_draft, language=language)))
    assert texts.count("本文书无中文作准文本；以下为英文文本。") == 1
    assert not any("本条款无中文文本" in t for t in texts), "one statement, not one per article"
    assert _check_sentences(texts) == []
    english = "\n".join(t for t in texts if not is_chinese(t))
    assert "Article 34, paragraph 1" in english
    if language == "zh":        # its English text is headed in English, not "第一条 Object and purpose"
        assert any(t.startswith("Article 1 – ") for t in texts)
        assert not any(re.match(r"^第[一二三四五六七八九十]+[条章]\s*[A-Za-z]", t) for t in texts)
    # an English paragraph in the Chinese export is numbered "3." as its text is, never "三、"
    assert not any(re.match(r"^[一二三四五六七八九十]+、\s*[A-Za-z]", t) for t in texts)


@pytest.mark.parametrize("language", ["zh", "both"])
def test_chinese_text_has_chinese_references(model_draft, library_ws, language):
    texts = paragraphs(docx_bytes(model_draft, options_for(library_ws, model_draft, language=language)))
    assert "本文书无中文作准文本；以下为英文文本。" not in texts
    assert _check_sentences(texts) == []
    assert any(_ZH_REF.search(t) for t in texts if is_chinese(t) and len(t) >= 40)

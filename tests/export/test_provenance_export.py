"""Every export says what the provenance level of each text is (official text, a reproduction
from a named copy, an unverified transcription, a model clause) and never calls a model clause
verified: the Word footnotes read back from the .docx and from LibreOffice's PDF, the Akoma Ntoso
notes and metadata."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree

from workbench.core.model import Draft
from workbench.core.operations import add_clauses
from workbench.export.akn_schema import validation_errors
from workbench.export.akn_writer import AKN_NS, akn_bytes
from workbench.export.docx_writer import docx_bytes, export_docx
from workbench.export.ooxml import W_NS

from .conftest import options_for, pdf_text, require_office, squash

LEVELS = {  # clause: (level, what its footnote says in English, in Chinese)
    "coe-ai-convention/art-23": ("official", "(official text)", "（正式文本）"),
    "rcep/art-12.14": ("reproduction", "(reproduction of the official text from the pre-signature consolidated text "
                       "“Consolidated RCEP Agreement (31Aug'20) - CLEAN (WC) (27Oct'20) rev”)",
                       "（正式文本的转载，取自the pre-signature consolidated text"),
    "depa/art-8.2": ("transcription", "(unverified transcription: not checked against an official text)",
                     "（未经核实的转录文本：尚未与正式文本核对）"),
    "workbench-model/art-withdrawal": ("model", "Model clause drafted by the workbench, after Paris Agreement "
                                       "Art. 28(1)–(2); not the official text of any treaty.",
                                       "工作台起草的示范条款，参照《巴黎协定》第二十八条第一款至第二款；并非任何条约的正式文本。"),
    "workbench-model/art-scope": ("model", "Model clause drafted by the workbench; not taken from any treaty.",
                                  "工作台起草的示范条款，并非取自任何条约。"),
}


@pytest.fixture(scope="module")
def draft(library_ws):
    draft = Draft(title="Provenance of every level", title_zh="各来源等级")
    add_clauses(draft, [library_ws.clause(cid) for cid in LEVELS]).apply(draft)
    return draft


def footnotes(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = etree.fromstring(zf.read("word/footnotes.xml"))
    texts = []
    for note in root.iter("{%s}footnote" % W_NS):
        text = "".join(t.text or "" for t in note.iter("{%s}t" % W_NS)).strip()
        if text:
            texts.append(text)
    return texts


def test_the_levels_of_the_clauses_under_test(library_ws):
    for cid, (level, _en, _zh) in LEVELS.items():
        assert library_ws.clause(cid).overall_verification == level, cid


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_word_footnote_says_what_its_level_is(draft, library_ws, language):
    notes = footnotes(docx_bytes(draft, options_for(library_ws, draft, language=language, footnotes=True)))
    joined = " ".join(notes)
    for cid, (_level, en, zh) in LEVELS.items():
        assert (zh if language == "zh" else en) in joined, (cid, notes)
    assert not re.search(r"(?<!un)verified", joined, re.I) and "已与正式文本核对" not in joined
    model_notes = [n for n in notes if "odel clause" in n or "示范条款" in n]
    assert len(model_notes) == 2 and not any("official text)" in n or "（正式文本）" in n for n in model_notes)


def test_a_transcription_is_marked_under_its_text_too(draft, library_ws):
    data = docx_bytes(draft, options_for(library_ws, draft))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    assert body.count("Unverified transcription: not yet checked against an official text.") == 1


def test_the_footnotes_as_a_reader_sees_them(draft, library_ws, tmp_path):
    """Through LibreOffice: the footnote of each level is on the page, in the languages the
    article has text in (only the model clauses have Chinese here)."""
    require_office()
    from workbench.export.office import convert_to_pdf

    path = tmp_path / "levels.docx"
    export_docx(draft, path, options_for(library_ws, draft, language="both", footnotes=True))
    text = squash(pdf_text(convert_to_pdf([path], tmp_path)[0]))
    for cid, (_level, en, zh) in LEVELS.items():
        assert squash(en) in text, cid
        if cid.startswith("workbench-model/"):
            assert squash(zh) in text, cid


@pytest.mark.parametrize("language", ["en", "both"])
def test_akoma_ntoso_notes_and_metadata_say_the_level(draft, library_ws, language):
    data = akn_bytes(draft, options_for(library_ws, draft, language=language))
    assert validation_errors(data) == []
    root = etree.fromstring(data)
    notes = " ".join("".join(n.itertext()) for n in root.iter("{%s}note" % AKN_NS))
    for cid, (_level, en, _zh) in LEVELS.items():
        assert en in notes, cid
    nodes = {n.get("derivedFrom"): n for n in root.iter() if isinstance(n.tag, str)
             and n.tag.endswith("}node") and n.get("derivedFrom") and n.get("kind") == "article"}
    for cid, (level, _en, _zh) in LEVELS.items():
        assert nodes[cid].get("verification") == level, cid
    assert nodes["rcep/art-12.14"].get("copy", "").startswith("the pre-signature consolidated text")
    assert nodes["workbench-model/art-withdrawal"].get("precedent") == "Paris Agreement Art. 28(1)–(2)"
    assert not re.search(r'verification="(?:verified|unverified)"', data.decode("utf-8"))

"""Comparison and redline of an imported agreement: divisions, the closing and the annex in their place."""
from __future__ import annotations

from workbench.core.compare import compare
from workbench.export.importing import import_file
from workbench.export.redline import redline_bytes, table_bytes

from .compare_helpers import resolved_paragraphs


def _imported(tmp_path):
    from tests.export.test_import_typed import wto_style

    path = tmp_path / "wto.docx"
    wto_style(path)
    return import_file(path).draft


def _document(data: bytes) -> bytes:
    import io
    import zipfile
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


def test_changes_to_the_annex_and_the_closing_are_reported_as_theirs(tmp_path):
    old = _imported(tmp_path)
    new = old.copy()
    annex = new.annexes()[0]
    annex.children[1].children[0].text = "A request shall be answered within 60 days."
    new.closing().children[0].text = new.closing().children[0].text.replace("Geneva", "Abu Dhabi")
    result = compare(old, new)
    assert [(c.element, c.kind) for c in result.changes] == [("closing", "modified"), ("annex", "modified")]
    assert result.summary["closing_changed"] and result.summary["annexes_changed"] == 1
    annex_change = result.changes[1]
    inserted = " ".join(d["text"] for d in annex_change.diff if d["op"] == "insert")
    assert "60" in inserted and "Abu Dhabi" not in inserted
    assert "the closing changed; 1 annex changed" in result.summary_text()


def test_the_redline_lays_out_sections_closing_and_annex_and_accepting_gives_the_new_text(tmp_path):
    old = _imported(tmp_path)
    new = old.copy()
    new.annexes()[0].children[1].children[0].text = "A request shall be answered within 60 days."
    xml = _document(redline_bytes(compare(old, new), "Party B", date="2025-01-01T00:00:00Z"))
    accepted = resolved_paragraphs(xml, accept=True)
    rejected = resolved_paragraphs(xml, accept=False)
    for heading in ("SECTION A – SCOPE AND GENERAL PRINCIPLES", "SECTION D – FINAL PROVISIONS",
                    "ANNEX – MODEL PROCEDURES", "Definitions", "Procedures"):
        assert heading in accepted
    assert accepted.index("SECTION B – TRANSPARENCY") < accepted.index("Article 3 – Publication")
    done = next(p for p in accepted if p.startswith("Done at Geneva"))
    assert accepted.index(done) < accepted.index("ANNEX – MODEL PROCEDURES")
    assert "2. A request shall be answered within 60 days." in accepted
    assert "2. A request shall be answered within 30 days." in rejected
    import io

    import docx
    rows = docx.Document(io.BytesIO(table_bytes(compare(old, new)))).tables[0].rows
    annex_row = rows[-1].cells
    assert "MODEL PROCEDURES" in annex_row[0].text and "30 days" in annex_row[0].text
    assert "60 days" in annex_row[1].text and "30 days" not in annex_row[1].text


def test_the_compilation_text_has_every_part_in_its_place(tmp_path):
    from workbench.core.compilation import compilation_text

    lines = [line.strip() for line in compilation_text(_imported(tmp_path)).splitlines() if line.strip()]
    order = ["SECTION A – SCOPE AND GENERAL PRINCIPLES", "Article 1 – Objective", "SECTION D – FINAL PROVISIONS",
             "For the Members:", "ANNEX – MODEL PROCEDURES", "Definitions", "(a) “authority” means a competent body;",
             "Procedures", "2. A request shall be answered within 30 days."]
    assert [lines.index(line) for line in order] == sorted(lines.index(line) for line in order)

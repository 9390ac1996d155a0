"""Redline .docx: real tracked changes by the party that Word and LibreOffice can accept or reject."""
from __future__ import annotations

import re
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest

from workbench.cli import main as cli
from workbench.core.compare import compare
from workbench.core.render import Renderer
from workbench.export.redline import write_redline, write_table

from .compare_helpers import document_xml, make_second_version, need_office, resolved_paragraphs, revisions


def rendered(draft) -> list[str]:
    """The draft's text as the redline lays it out: preamble, chapters, headings, paragraphs."""
    r = Renderer(draft)
    out = ["Preamble"] + [" ".join(r.node_text(n).split()) for n in draft.preamble().children]
    for top in draft.children:
        if top.kind.value == "chapter":
            out.append(f"{r.numbering.label(top)} – {top.title}")
            for art in top.children:
                out.append(f"{r.numbering.label(art)} – {art.title}")
                out.extend(" ".join(block.split()) for line in r.article_lines(art)
                           for block in line.split("\n") if block.strip())
    closing = draft.closing()        # the closing formula, in its place after the articles
    out.extend(" ".join(r.node_text(p).split()) for p in (closing.children if closing else []))
    return out


def no_numbers(lines: list[str]) -> list[str]:
    return [re.sub(r"\bArticles? \d+", "Article #", line) for line in lines]


@pytest.fixture
def redline(coe_draft, tmp_path):
    old = coe_draft.copy()
    done = make_second_version(coe_draft)
    result = compare(old, coe_draft, old_label="Base text", new_label="Proposal of China")
    path = tmp_path / "redline.docx"
    write_redline(result, path, "China", date="2025-03-01T10:00:00Z")
    return path, old, coe_draft, done


def test_redline_has_tracked_changes_by_the_party(redline):
    path, old, new, done = redline
    marks = revisions(document_xml(path))
    assert {kind for kind, _, _ in marks} == {"ins", "del"}
    assert {(author, date) for _, author, date in marks} == {("China", "2025-03-01T10:00:00Z")}


def test_accepting_all_gives_the_new_text_and_rejecting_all_the_old(redline):
    path, old, new, done = redline
    xml = document_xml(path)
    body = lambda lines: lines[lines.index("Preamble"):]  # noqa: E731 - skip the title block
    assert body(resolved_paragraphs(xml, accept=True)) == rendered(new)
    # rejecting restores the old wording; headings keep the new numbers (renumbering is no change)
    assert no_numbers(body(resolved_paragraphs(xml, accept=False))) == no_numbers(rendered(old))


def test_only_the_three_changes_are_tracked(redline):
    path, old, new, done = redline
    from lxml import etree
    root = etree.fromstring(document_xml(path))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    inserted = "".join(t.text for ins in root.iter(f"{w}ins") for t in ins.iter(f"{w}t"))
    deleted = "".join(t.text for d in root.iter(f"{w}del") for t in d.iter(f"{w}delText"))
    moved_in = "".join(t.text for m in root.iter(f"{w}moveTo") for t in m.iter(f"{w}t"))
    moved_out = "".join(t.text for m in root.iter(f"{w}moveFrom") for t in m.iter(f"{w}t"))
    assert ", where appropriate" in inserted
    # moved as Word marks a move: out of its old place, into its new one, never deleted and inserted
    assert done["moved"][1] in moved_in and done["moved"][1] in moved_out
    assert done["moved"][1] not in inserted and done["moved"][1] not in deleted
    names = {el.get(f"{w}name") for el in root.iter(f"{w}moveFromRangeStart", f"{w}moveToRangeStart")}
    assert names == {"move1"}, names
    assert done["deleted"][1] in deleted and done["deleted"][1] not in inserted
    untouched = [a.title for a in new.articles() if a.id not in {done["moved"][0], done["changed"][0]}]
    assert not [t for t in untouched if t in inserted or t in deleted]


def _soffice(args: list[str], tmp_path: Path) -> None:
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}"] + args,
                   check=False, timeout=240, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.office
def test_libreoffice_opens_the_redline_and_keeps_the_changes(redline, tmp_path):
    need_office()
    path, old, new, done = redline
    out = tmp_path / "out"
    _soffice(["--convert-to", "pdf", "--outdir", str(out), str(path)], tmp_path)
    pdf = out / "redline.pdf"
    assert pdf.exists() and pdf.stat().st_size > 0, "LibreOffice could not open the redline"
    text = subprocess.run(["pdftotext", str(pdf), "-"], stdout=subprocess.PIPE, check=True).stdout.decode()
    flat = " ".join(text.split())
    assert "where appropriate" in flat and done["deleted"][1][:30] in flat
    # a LibreOffice round trip (docx -> docx and -> odt) keeps the tracked changes and their author
    _soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out / "docx"), str(path)], tmp_path)
    again = document_xml(out / "docx" / "redline.docx")
    marks = revisions(again)
    assert {"ins", "del"} <= {kind for kind, _, _ in marks}
    assert {author for _, author, _ in marks} == {"China"}
    body = lambda lines: lines[lines.index("Preamble"):]  # noqa: E731
    assert body(resolved_paragraphs(again, accept=True)) == rendered(new)
    _soffice(["--convert-to", "odt", "--outdir", str(out / "odt"), str(path)], tmp_path)
    with zipfile.ZipFile(out / "odt" / "redline.odt") as odt:
        content = odt.read("content.xml").decode()
    assert "<text:tracked-changes" in content and "China" in content
    assert content.count("<text:insertion") >= 1 and content.count("<text:deletion") >= 1


def test_comparison_table_has_two_columns_per_article(coe_draft, tmp_path):
    old = coe_draft.copy()
    done = make_second_version(coe_draft)
    result = compare(old, coe_draft, old_label="Base text", new_label="Proposal of China")
    path = tmp_path / "table.docx"
    write_table(result, path)
    import docx
    table = docx.Document(str(path)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Base text", "Proposal of China"]
    # a row per article, and one for the closing formula
    assert len(table.rows) == 1 + len(result.rows) + len(result.part_pairs) == 1 + len(old.articles()) + 1
    deleted_row = next(r for r in table.rows[1:] if done["deleted"][1] in r.cells[0].text)
    assert deleted_row.cells[1].text.strip() == ""
    changed_row = next(r for r in table.rows[1:] if r.cells[1].text.startswith("Article") and done["changed"][1] in r.cells[1].text)
    phrase = "shall, where appropriate, be graduated"
    assert phrase in changed_row.cells[1].text and phrase not in changed_row.cells[0].text
    assert "shall be graduated" in changed_row.cells[0].text


def test_cli_writes_redline_and_table(two_versions, workspace_path, tmp_path, capsys):
    v1, v2, done = two_versions
    red, table = tmp_path / "r.docx", tmp_path / "t.docx"
    assert cli(["--workspace", str(workspace_path), "compare", v1.id, v2.id, "--redline", str(red),
                "--table", str(table)]) == 0
    out = capsys.readouterr().out
    assert "1 deleted, 1 moved, 1 modified" in out
    assert {author for _, author, _ in revisions(document_xml(red))} == {"China"}   # the version's party
    assert cli(["--workspace", str(workspace_path), "compare", v1.id, v2.id, "--redline", str(red),
                "--party", "Brazil"]) == 0
    assert {author for _, author, _ in revisions(document_xml(red))} == {"Brazil"}
    assert table.stat().st_size > 0

"""Comparing a version with a .docx someone edited by hand in a word processor (and with AKN)."""
from __future__ import annotations

import json
import re
import zipfile

from workbench.cli import main as cli
from workbench.core.compare import compare
from workbench.export.common import ExportOptions
from workbench.export.docx_writer import export_docx
from workbench.export.importing import import_file

from .compare_helpers import make_second_version
from .test_compare import expected, kinds


def hand_edit(path, retype_title: str, split_words: str) -> None:
    """Edit document.xml as a person in Word would: retype one article heading as plain bold text
    in several runs (no heading style), and split another paragraph into runs with revision ids."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    heading = re.compile(r'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>((?:(?!</w:p>).)*?)'
                         r'<w:t xml:space="preserve">(Article \d+) – ' + re.escape(retype_title)
                         + r'</w:t>((?:(?!</w:p>).)*?)</w:p>')
    match = heading.search(xml)
    assert match, "the exported heading to retype was not found"
    words = retype_title.split(" ", 1)
    bold = '<w:r w:rsidR="00A1B2C3"><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
    retyped = ('<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">' + bold.format(match.group(2) + " ")
               + bold.format("– " + words[0] + " ") + '<w:proofErr w:type="spellStart"/>'
               + bold.format(words[1] if len(words) > 1 else "") + '<w:proofErr w:type="spellEnd"/></w:p>')
    xml = xml[:match.start()] + retyped + xml[match.end():]
    at = xml.index(split_words)
    head, tail = split_words[: len(split_words) // 2], split_words[len(split_words) // 2:]
    xml = (xml[:at] + head + '</w:t></w:r><w:r w:rsidR="00D4E5F6"><w:t xml:space="preserve">' + tail
           + xml[at + len(split_words):])
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def export_second_version(coe_draft, labels, tmp_path):
    old = coe_draft.copy()
    done = make_second_version(coe_draft)
    path = tmp_path / "proposal.docx"
    export_docx(coe_draft, path, ExportOptions(clause_labels=labels))
    retitled = next(a for a in coe_draft.articles() if a.id not in {done["moved"][0], done["changed"][0]}
                    and len(a.title.split()) > 2)
    hand_edit(path, retitled.title, "artificial intelligence systems are consistent with obligations")
    return old, done, path


def test_hand_edited_docx_gives_the_same_three_changes(coe_draft, coe_clauses, tmp_path):
    old, done, path = export_second_version(coe_draft, coe_clauses[1], tmp_path)
    imported = import_file(path).draft
    assert len(imported.articles()) == len(coe_draft.articles())
    result = compare(old, imported, new_imported=True, clause_labels=coe_clauses[1])
    assert kinds(result) == expected(done)
    assert result.summary["chapters"] == [] and not result.summary["preamble_changed"]
    modified = next(c for c in result.changes if c.kind == "modified")
    assert "".join(o["text"] for o in modified.diff if o["op"] == "insert").strip(" ,") == "where appropriate"


def test_cli_compares_a_version_with_the_docx(two_versions, coe_clauses, workspace_path, tmp_path, capsys):
    v1, v2, done = two_versions
    path = tmp_path / "proposal.docx"
    export_docx(v2.draft(), path, ExportOptions(clause_labels=coe_clauses[1]))
    hand_edit(path, "Human dignity and individual autonomy", "human dignity and individual autonomy in relation")
    assert cli(["--workspace", str(workspace_path), "compare", v1.id, str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    got = sorted((c["kind"], c["old"]["title"] if c["old"] else None, c["new"]["title"] if c["new"] else None)
                 for c in data["changes"])
    assert got == expected(done)
    assert data["summary"]["new_label"] == "proposal.docx"


def test_akoma_ntoso_file_compares_the_same(coe_draft, coe_clauses, tmp_path):
    from workbench.export.akn_writer import export_akn
    old = coe_draft.copy()
    done = make_second_version(coe_draft)
    path = tmp_path / "proposal.xml"
    export_akn(coe_draft, path, ExportOptions(clause_labels=coe_clauses[1]))
    imported = import_file(path).draft
    assert kinds(compare(old, imported, new_imported=True, clause_labels=coe_clauses[1])) == expected(done)

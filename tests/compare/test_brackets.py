"""Brackets and alternatives: proposals merged as options, compilation and clean texts, choosing."""
from __future__ import annotations

import subprocess
import uuid
import zipfile

import pytest

from workbench.core import brackets as br
from workbench.core.compilation import compilation_text
from workbench.core.model import DraftError
from workbench.core.proposals import merge_proposals, proposal_from_version
from workbench.core.render import Renderer
from workbench.core.versions import Version
from workbench.export.compilation_docx import write_compilation

from .compare_helpers import COE, need_office

GRADUATED = "shall be graduated"


def two_party_compilation(draft):
    """China and Brazil propose different wordings of paragraph 2 of Article 16; the USA
    proposes Brazil's wording too. Returns the merged base, the paragraph and the merge result."""
    base_version = Version.of(draft, "Base text")
    proposals = []
    for party, wording in (("China", "shall, where appropriate, be graduated"),
                           ("Brazil", "may be graduated"), ("USA", "may be graduated")):
        proposal = proposal_from_version(base_version, party)
        para = next(a for a in proposal.articles() if a.derived_from == f"{COE}/art-16").children[1]
        para.text = para.text.replace(GRADUATED, wording)
        proposals.append((party, proposal))
    base = base_version.draft()
    result = merge_proposals(base, proposals)
    result.edit.apply(base)
    para = next(a for a in base.articles() if a.derived_from == f"{COE}/art-16").children[1]
    return base, para, result


def test_merge_makes_one_bracket_with_attributed_options(coe_draft):
    base, para, result = two_party_compilation(coe_draft)
    assert br.open_brackets(base) == 1
    (bracket,) = br.brackets(para)
    options = bracket.options
    assert [o.get("proposer") for o in options] == ["", "China", "Brazil"]
    assert options[0]["base"] and options[0]["text"] == "shall"          # only the words in dispute
    assert [o["text"] for o in options[1:]] == ["shall, where appropriate,", "may"]
    assert options[2]["supporters"] == ["USA"]
    assert result.alternatives == 2
    text = compilation_text(base)
    line = next(l for l in text.splitlines() if l.startswith("2. Such measures ["))
    assert line.count(" | ") == 2 and "may[^3]] be graduated" in line
    assert "[^1]: Option 1: base text" in text
    assert "Option 3: proposed by Brazil; supported by the USA" in text


def test_choosing_is_undoable_and_gives_a_clean_text(workspace, coe_draft):
    base, para, _ = two_party_compilation(coe_draft)
    workspace.create_draft(base)
    draft = workspace.load_draft(base.id)
    para = draft.find(para.id)
    brazil = br.brackets(para)[0].options[2]
    edit = br.choose(draft, para.id, brazil["id"])
    workspace.apply(draft, edit)
    stored = workspace.load_draft(draft.id)
    assert "may be graduated" in stored.find(para.id).text and br.open_brackets(stored) == 0
    # a reader counting alternatives whose status is "open" (the checker) finds none left
    assert not [a for n in stored.walk() for a in br.alternatives(n) if a.get("status") == "open"]
    clean = br.clean_draft(stored)
    assert "alternatives" not in clean.find(para.id).attrs
    clean_text = Renderer(clean).plain_text()
    assert "may be graduated" in clean_text and "[" not in clean_text.split("Article 16", 1)[1][:600]
    workspace.revert(draft, edit)
    stored = workspace.load_draft(draft.id)
    assert GRADUATED in stored.find(para.id).text and br.open_brackets(stored) == 1
    assert [o.get("proposer") for o in br.brackets(stored.find(para.id))[0].options] == ["", "China", "Brazil"]


def test_choose_again_swaps_back_and_withdraw_closes(coe_draft):
    base, para, _ = two_party_compilation(coe_draft)
    china = br.brackets(para)[0].options[1]
    br.choose(base, para.id, china["id"]).apply(base)
    assert "where appropriate, be graduated" in para.text
    base_option = next(o for o in br.brackets(para)[0].options if o.get("base"))
    br.choose(base, para.id, base_option["id"]).apply(base)
    assert GRADUATED in para.text and br.brackets(para)[0].agreed["id"] == base_option["id"]
    base2, para2, _ = two_party_compilation(coe_draft)
    for option in br.brackets(para2)[0].options[1:]:
        br.set_status(base2, para2.id, option["id"], "withdrawn").apply(base2)
    assert br.open_brackets(base2) == 0
    with pytest.raises(DraftError):
        br.choose(base2, para2.id, br.brackets(para2)[0].options[1]["id"])


def test_span_brackets_and_positions(coe_draft):
    para = coe_draft.articles()[0].children[1]
    start = para.text.index("appropriate")
    end = start + len("appropriate")
    edit = br.add_span_bracket(coe_draft, para.id, start, end,
                               [{"text": "effective", "proposer": "Kenya", "supporters": ["Chile"]}])
    edit.apply(coe_draft)
    assert br.open_brackets(coe_draft) == 1
    text = compilation_text(coe_draft)
    assert "adopt or maintain [appropriate[^1] | effective[^2]] legislative" in text
    (bracket,) = br.brackets(para)
    br.set_positions(coe_draft, para.id, bracket.options[1]["id"], opponents=["Norway"]).apply(coe_draft)
    assert "opposed by Norway" in compilation_text(coe_draft)
    choose = br.choose(coe_draft, para.id, bracket.options[1]["id"])
    choose.apply(coe_draft)
    assert "adopt or maintain effective legislative" in para.text and br.open_brackets(coe_draft) == 0
    choose.revert(coe_draft)
    assert "adopt or maintain appropriate legislative" in para.text and br.open_brackets(coe_draft) == 1
    with pytest.raises(DraftError):
        br.add_span_bracket(coe_draft, para.id, start + 2, end + 5, [{"text": "x"}])


def test_article_alternatives_added_and_deleted_articles(coe_draft):
    base_version = Version.of(coe_draft, "Base")
    china = proposal_from_version(base_version, "China")
    brazil = proposal_from_version(base_version, "Brazil")
    art = next(a for a in china.articles() if a.derived_from == f"{COE}/art-20")
    art.title = "Digital literacy"
    art.children[0].text += " Parties shall share good practices."
    gone = next(a for a in brazil.articles() if a.derived_from == f"{COE}/art-29")
    from workbench.core import operations
    operations.remove_node(brazil, gone).apply(brazil)
    base = base_version.draft()
    merge_proposals(base, [("China", china), ("Brazil", brazil)]).edit.apply(base)
    assert br.open_brackets(base) == 2
    target = next(a for a in base.articles() if a.derived_from == f"{COE}/art-20")
    original = target.title
    option = br.brackets(target)[0].options[1]
    assert option["title"] == "Digital literacy" and option["proposer"] == "China" and option["nodes"]
    edit = br.choose(base, target.id, option["id"])
    edit.apply(base)
    assert target.title == "Digital literacy" and "good practices" in target.children[0].text
    edit.revert(base)
    assert target.title == original != "Digital literacy" and "good practices" not in target.children[0].text
    deleted = next(a for a in base.articles() if a.derived_from == f"{COE}/art-29")
    delete_option = br.brackets(deleted)[0].options[1]
    assert delete_option["delete"] and delete_option["proposer"] == "Brazil"
    count = len(base.articles())
    edit = br.choose(base, deleted.id, delete_option["id"])
    edit.apply(base)
    # the agreed deletion keeps the article as "[Article 29 — deleted]" with its bracket's record
    assert len(base.articles()) == count and deleted.attrs["deleted"] and not deleted.children
    assert "[Article 29 — deleted]" in compilation_text(base)
    edit.revert(base)
    assert len(base.articles()) == count and not deleted.attrs.get("deleted") and deleted.children


def _docx_text(path) -> tuple[str, str]:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode(), archive.read("word/footnotes.xml").decode()


def test_compilation_docx_has_brackets_and_attribution_footnotes(coe_draft, tmp_path):
    base, para, _ = two_party_compilation(coe_draft)
    path = tmp_path / "compilation.docx"
    write_compilation(base, path)
    document, notes = _docx_text(path)
    assert document.count("<w:footnoteReference") == 3
    assert "proposed by China" in notes and "proposed by Brazil; supported by the USA" in notes
    assert ">[<" in document and "> | <" in document
    clean = tmp_path / "clean.docx"
    with pytest.raises(Exception, match="still open"):
        write_compilation(base, clean, clean=True)
    write_compilation(base, clean, clean=True, mark_open=True)
    document, notes = _docx_text(clean)
    assert "Clean text" in document and "Not agreed" in notes and "proposed by China" not in notes


@pytest.mark.office
def test_compilation_docx_opens_in_libreoffice(coe_draft, tmp_path):
    need_office()
    base, para, _ = two_party_compilation(coe_draft)
    path = tmp_path / "compilation.docx"
    write_compilation(base, path)
    profile = tmp_path / f"lo-{uuid.uuid4().hex}"
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=False, timeout=240, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    pdf = tmp_path / "compilation.pdf"
    assert pdf.exists(), "LibreOffice could not open the compilation"
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], stdout=subprocess.PIPE,
                                   check=True).stdout.decode().split())
    assert "Such measures [shall" in text and "may" in text
    assert "Option 2: proposed by China" in text and "supported by the USA" in text

"""Versions and negotiation texts from the command line: show, restore, lineage, proposals, brackets."""
from __future__ import annotations

import json

from workbench.cli import main as cli
from workbench.core import brackets as br
from workbench.storage import Workspace

from .compare_helpers import COE


def run(path, *args, capsys=None):
    code = cli(["--workspace", str(path), *args])
    out = capsys.readouterr().out if capsys else ""
    return code, out


def test_negotiation_round_from_the_command_line(workspace_path, capsys, tmp_path):
    code, out = run(workspace_path, "draft", "new", "Base", "--from-source", COE, capsys=capsys)
    draft_id = out.strip()
    code, out = run(workspace_path, "version", "save", draft_id, "--label", "Base text",
                    "--author", "Chair", capsys=capsys)
    base = out.strip()
    proposals = {}
    for party in ("China", "Brazil"):
        code, out = run(workspace_path, "proposal", "new", base, "--party", party, "--json", capsys=capsys)
        assert code == 0
        data = json.loads(out)
        assert data["based_on_version"] == base
        proposals[party] = data["id"]
    with Workspace.open(workspace_path) as ws:
        for party, wording in (("China", "shall, where appropriate, be graduated"), ("Brazil", "may be graduated")):
            draft = ws.load_draft(proposals[party])
            assert draft.meta["party"] == party
            para = next(a for a in draft.articles() if a.derived_from == f"{COE}/art-16").children[1]
            from workbench.core.operations import edit_text
            ws.apply(draft, edit_text(para, text=para.text.replace("shall be graduated", wording)))
    code, out = run(workspace_path, "version", "save", proposals["China"], "--label", "China proposal",
                    "--party", "China", capsys=capsys)
    china_version = out.strip()
    # lineage: the proposal's first version descends from the base version
    code, out = run(workspace_path, "version", "lineage", "--json", capsys=capsys)
    (root,) = [r for r in json.loads(out) if r["id"] == base]
    assert [c["id"] for c in root["children"]] == [china_version]
    code, out = run(workspace_path, "version", "lineage", capsys=capsys)
    assert "Base text" in out and "└ China proposal" in out
    code, out = run(workspace_path, "version", "lineage", proposals["China"], "--json", capsys=capsys)
    assert [r["id"] for r in json.loads(out)] == [base]
    code, out = run(workspace_path, "version", "lineage", proposals["Brazil"], "--json", capsys=capsys)
    assert [r["id"] for r in json.loads(out)] == [base]       # no version yet: found by its base
    # compare a version with a draft (the proposal's current state): one modified article
    code, out = run(workspace_path, "compare", base, proposals["Brazil"], "--json", capsys=capsys)
    data = json.loads(out)
    assert [(c["kind"], c["old"]["number"]) for c in data["changes"]] == [("modified", 16)]
    # the Chair merges both proposals into a compilation draft
    code, out = run(workspace_path, "version", "restore", base, "--as-new", "Chair's compilation", capsys=capsys)
    chair = out.split()[0]
    code, out = run(workspace_path, "proposal", "merge", chair, china_version, proposals["Brazil"], "--json",
                    capsys=capsys)
    assert json.loads(out)["open_brackets"] == 1
    code, out = run(workspace_path, "brackets", "list", chair, "--json", capsys=capsys)
    (bracket,) = json.loads(out)["brackets"]
    assert [o["proposer"] for o in bracket["options"]] == ["", "China", "Brazil"]
    code, out = run(workspace_path, "brackets", "export", chair, capsys=capsys)
    assert "Such measures [shall" in out and "proposed by Brazil" in out
    docx = tmp_path / "compilation.docx"
    assert run(workspace_path, "brackets", "export", chair, "-o", str(docx), capsys=capsys)[0] == 0
    assert docx.stat().st_size > 0
    code, out = run(workspace_path, "brackets", "choose", chair, bracket["options"][2]["id"], capsys=capsys)
    assert "0 open brackets left" in out
    code, out = run(workspace_path, "brackets", "export", chair, "--clean", capsys=capsys)
    assert "Such measures may be graduated" in out and "[^" not in out
    code, out = run(workspace_path, "version", "save", chair, "--label", "Chair's text Rev.1", capsys=capsys)
    rev1 = out.strip()
    with Workspace.open(workspace_path) as ws:
        assert ws.version(rev1).parent_id == base


def test_show_and_restore_a_version(workspace_path, capsys):
    code, out = run(workspace_path, "draft", "new", "Base", "--from-source", COE, capsys=capsys)
    draft_id = out.strip()
    code, out = run(workspace_path, "version", "save", draft_id, "--label", "v1", capsys=capsys)
    v1 = out.strip()
    run(workspace_path, "draft", "remove", draft_id, "5", capsys=capsys)
    code, out = run(workspace_path, "version", "show", v1, capsys=capsys)
    assert out.startswith("v1  [") and "Article 36" in out
    code, out = run(workspace_path, "draft", "show", draft_id, capsys=capsys)
    assert "Article 36" not in out
    code, out = run(workspace_path, "version", "restore", v1, "--json", capsys=capsys)
    assert json.loads(out)["articles"] == 36
    with Workspace.open(workspace_path) as ws:
        restored = ws.load_draft(draft_id)
        original = ws.version(v1).draft()
        assert [a.id for a in restored.articles()] == [a.id for a in original.articles()]
        assert br.open_brackets(restored) == 0


def test_errors_are_messages(workspace_path, capsys, tmp_path):
    assert cli(["--workspace", str(workspace_path), "compare", "nothing-like-this", "vdeadbeef"]) == 1
    assert "is not a version, a draft or a file" in capsys.readouterr().err
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip at all")
    code, out = run(workspace_path, "draft", "new", "Base", "--from-source", COE, capsys=capsys)
    assert cli(["--workspace", str(workspace_path), "compare", out.strip(), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.docx" in err and "Traceback" not in err
    assert cli(["--workspace", str(workspace_path), "proposal", "new", "vnothere", "--party", "X"]) == 1


def test_rename_renumber_and_a_proposal_imported_with_its_party(workspace_path, capsys, tmp_path):
    from workbench.core import operations
    from workbench.core.model import Node, NodeKind
    from workbench.export.common import ExportOptions
    from workbench.export.docx_writer import export_docx
    code, out = run(workspace_path, "draft", "new", "Base", "--from-source", COE, capsys=capsys)
    draft_id = out.strip()
    code, out = run(workspace_path, "version", "save", draft_id, "--label", "Base text", capsys=capsys)
    base = out.strip()
    # a Word proposal through the ordinary import command: linked to the most similar version and its party
    with Workspace.open(workspace_path) as ws:
        export_docx(ws.version(base).draft(), tmp_path / "kenya.docx", ExportOptions())
    code, out = run(workspace_path, "import", str(tmp_path / "kenya.docx"), "--party", "Kenya", "--json",
                    capsys=capsys)
    data = json.loads(out)
    assert code == 0 and data["based_on_version"] == base and data["linked"]["unchanged_paragraphs"] > 100
    code, out = run(workspace_path, "version", "restore", base, "--as-new", "Compilation", capsys=capsys)
    chair = out.split()[0]
    code, out = run(workspace_path, "proposal", "merge", chair, data["id"], "--json", capsys=capsys)
    assert json.loads(out)["alternatives"] == 0 and "no changes" in json.loads(out)["report"][0]
    # an article inserted during the negotiation is "bis"; renumbering gives the final numbers
    with Workspace.open(workspace_path) as ws:
        draft = ws.load_draft(chair)
        from workbench.core.negotiation import freeze_numbers
        ws.apply(draft, freeze_numbers(draft))
        new = Node(NodeKind.ARTICLE, title="Capacity building",
                   children=[Node(NodeKind.PARAGRAPH, text="Parties shall co-operate.")])
        parent = draft.parent_of(draft.articles()[1].id)
        ws.apply(draft, operations.InsertNodes(parent.id if parent else None,
                                               (parent.children if parent else draft.children).index(
                                                   draft.articles()[1]) + 1, [new]))
    code, out = run(workspace_path, "draft", "show", chair, capsys=capsys)
    assert "Article 2 bis – Capacity building" in out and "Article 36 –" in out
    code, out = run(workspace_path, "draft", "renumber", chair, capsys=capsys)
    assert code == 0 and "37 articles" in out
    code, out = run(workspace_path, "draft", "show", chair, capsys=capsys)
    assert "Article 3 – Capacity building" in out and "Article 37 –" in out
    code, out = run(workspace_path, "draft", "rename", chair, "Chair's text", "--title-zh", "主席案文", "--json",
                    capsys=capsys)
    assert json.loads(out)["title"] == "Chair's text" and json.loads(out)["title_zh"] == "主席案文"

"""The negotiation of issue 19, end to end, as a secretariat officer runs it (command line, then window).

A Chair's base text from the CoE Convention; proposals from China, the European Union (received
as Word) and the United States, and one from India that changes nothing; a merge into a compilation;
positions; one bracket agreed; the clean text; Rev.1 and a redline; then 20 proposals at once. The
compilation is converted to PDF and read page by page. ``WORKBENCH_SCENARIO_OUT=DIR`` keeps the
documents (and PNGs of their pages) to look at.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.cli import main as cli
from workbench.core import brackets as br
from workbench.core import operations
from workbench.storage import Workspace

from .compare_helpers import COE, document_xml, need_office, revisions
from .gui_helpers import answer, click, press, stop_pollers


def run(path, capsys, *args, ok=True):
    code = cli(["--workspace", str(path), *args])
    captured = capsys.readouterr()
    assert (code == 0) == ok, captured.err
    return captured.out if ok else captured.err


def run_json(path, capsys, *args):
    return json.loads(run(path, capsys, *args, "--json"))


def art(draft, number):
    return next(a for a in draft.articles() if a.derived_from == f"{COE}/art-{number}")


def change(ws, draft_id, number, old, new, para=0):
    draft = ws.load_draft(draft_id)
    node = art(draft, number).children[para]
    assert old in node.text
    ws.apply(draft, operations.edit_text(node, text=node.text.replace(old, new, 1)))


def eu_word_file(ws, base_id: str, path: Path) -> None:
    """The base as the EU's delegation received it in Word, with its changes typed in."""
    import docx

    from workbench.export.common import ExportOptions
    from workbench.export.docx_writer import export_docx
    export_docx(ws.version(base_id).draft(), path, ExportOptions())
    document = docx.Document(str(path))
    done = 0
    for paragraph in document.paragraphs:
        for run_ in paragraph.runs:
            if "shall adopt or maintain measures to ensure that the activities" in run_.text:
                run_.text = run_.text.replace("shall adopt", "shall endeavour to adopt")
                done += 1
            elif "Such measures shall be graduated and differentiated" in run_.text:
                run_.text = run_.text.replace("shall be graduated", "may be graduated")
                done += 1
    document.save(str(path))
    assert done == 2


def keep(files: list[Path]) -> None:
    target = os.environ.get("WORKBENCH_SCENARIO_OUT")
    if not target:
        return
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copy(path, out / path.name)
        if path.suffix == ".pdf" and shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), str(out / path.stem)], check=False)


@pytest.mark.gui
@pytest.mark.office
def test_the_negotiation_scenario(workspace_path, capsys, tmp_path, qtbot):
    need_office()
    W = workspace_path
    # ----- the Chair's base text and the proposals ---------------------------------------------
    base_draft = run(W, capsys, "draft", "new", "Framework Convention on Artificial Intelligence",
                     "--from-source", COE).strip()
    base = run(W, capsys, "version", "save", base_draft, "--label", "Chair's base text", "--author", "Chair").strip()
    ids = {party: run_json(W, capsys, "proposal", "new", base, "--party", party)["id"]
           for party in ("China", "United States", "India")}
    with Workspace.open(W) as ws:
        change(ws, ids["China"], 4, "shall adopt", "shall endeavour to adopt")
        change(ws, ids["China"], 29, "through negotiation", "through negotiation or binding arbitration")
        usa = ws.load_draft(ids["United States"])
        ws.apply(usa, operations.remove_node(usa, art(usa, 29)))
        eu_word_file(ws, base, tmp_path / "eu-proposal.docx")
    eu = run_json(W, capsys, "proposal", "import", str(tmp_path / "eu-proposal.docx"), "--party", "European Union")
    assert eu["based_on_version"] == base and eu["linked"]["articles"] == 36   # found as the best match
    ids["European Union"] = eu["id"]
    # ----- the compilation ----------------------------------------------------------------------
    compilation = run(W, capsys, "version", "restore", base, "--as-new", "Draft compilation").split()[0]
    run(W, capsys, "draft", "rename", compilation, "Framework Convention on Artificial Intelligence")
    merged = run_json(W, capsys, "proposal", "merge", compilation, *ids.values())
    report = "\n".join(merged["report"])
    assert "India: no changes" in report and merged["parties"]["India"]["options"] == 0
    assert merged["open_brackets"] == 3
    listing = run_json(W, capsys, "brackets", "list", compilation)["brackets"]
    by_where = {row["where"]: row for row in listing}
    assert set(by_where) == {"Article 4", "Article 16", "Article 29"}
    # a one-word change is a one-word option; the same change from the EU's Word file is support
    a4 = by_where["Article 4"]
    assert a4["kind"] == "words" and [o["text"].strip() for o in a4["options"]] == ["", "endeavour to"]
    assert a4["options"][1]["proposer"] == "China" and a4["options"][1]["supporters"] == ["European Union"]
    assert "shall [endeavour to] adopt" in a4["options"][1]["shown"]
    # competing proposals on Article 29 are one bracket, every option numbered together
    a29 = by_where["Article 29"]
    assert a29["kind"] == "article" and [o["number"] for o in a29["options"]] == [1, 2, 3]
    assert [o["proposer"] for o in a29["options"]] == ["", "China", "United States"] and a29["options"][2]["delete"]
    assert "{+binding arbitration or +}" in a29["options"][1]["shown"]
    # every recorded position was taken by that party
    recorded = {(p, o["id"]) for row in listing for o in row["options"] for p in [o["proposer"]] + o["supporters"]
                if p}
    assert {p for p, _ in recorded} == {"China", "European Union", "United States"}
    # ----- positions ---------------------------------------------------------------------------
    china4 = a4["options"][1]["id"]
    run(W, capsys, "brackets", "position", compilation, china4, "--support", "Korea, Republic of",
        "--oppose", "Brazil")
    assert "proposed this option" in run(W, capsys, "brackets", "position", compilation, china4,
                                         "--support", "China", ok=False)
    assert "clear that position first" in run(W, capsys, "brackets", "position", compilation, china4,
                                              "--support", "Brazil", ok=False)
    run(W, capsys, "brackets", "consult", compilation, a29["options"][1]["id"])
    # ----- one bracket agreed (ad referendum), the clean text -------------------------------------
    a16 = by_where["Article 16"]
    run(W, capsys, "brackets", "choose", compilation, a16["options"][1]["id"], "--ad-referendum")
    assert "2 brackets are still open" in run(W, capsys, "brackets", "export", compilation, "--clean", ok=False)
    clean = run(W, capsys, "brackets", "export", compilation, "--clean", "--mark-open")
    assert clean.startswith("Clean text — 2 open brackets: Article 4, Article 29")
    assert "2. Such measures may be graduated" in clean                 # agreed: no bracket
    assert "[Each Party shall adopt or maintain" in clean and "Not agreed: 2 options" in clean
    assert "[Article 29 – Dispute settlement" not in clean and "Not agreed: 3 options" in clean
    exported = run_json(W, capsys, "export", compilation, "-o", str(tmp_path / "draft.docx"))
    assert exported["open_brackets"] == 2 and exported["open_in"] == ["Article 4", "Article 29"]
    # ----- the compilation document, Rev.1 and its lineage, a redline ----------------------------
    details = ["--symbol", "AI/INC/2/CRP.1", "--revision", "1", "--date", "2025-05-14",
               "--body", "Intergovernmental Negotiating Committee on an International Treaty on Artificial "
                         "Intelligence", "--session", "Second session, Geneva, 12–16 May 2025",
               "--subtitle", "Note by the Chair", "--save"]
    en_docx, zh_docx = tmp_path / "compilation-en.docx", tmp_path / "compilation-zh.docx"
    run(W, capsys, "brackets", "export", compilation, "-o", str(en_docx), *details)
    run(W, capsys, "brackets", "export", compilation, "-o", str(zh_docx), "--language", "zh")
    rev1 = run(W, capsys, "version", "save", compilation, "--label", "Chair's text Rev.1", "--author", "Chair").strip()
    lineage = run(W, capsys, "version", "lineage")
    assert "Chair's text Rev.1" in lineage and "← built from:" in lineage
    (root,) = [r for r in run_json(W, capsys, "version", "lineage") if r["id"] == base]
    rev = next(c for c in root["children"] if c["id"] == rev1)
    assert {s["party"] for s in rev["built_from"]} == {"China", "European Union", "United States"}
    redline = tmp_path / "redline-rev1.docx"
    run(W, capsys, "compare", base, rev1, "--redline", str(redline), "--party", "Chair")
    assert {author for _, author, _ in revisions(document_xml(redline))} == {"Chair"}
    # ----- the PDF, read page by page ---------------------------------------------------------------
    from workbench.export.office import convert_to_pdf, pdf_pages
    en_pdf, zh_pdf = convert_to_pdf([en_docx, zh_docx], tmp_path)
    keep([en_docx, zh_docx, en_pdf, zh_pdf, redline])
    pages = pdf_pages(en_pdf)
    first = " ".join(pages[0].split())
    for furniture in ("AI/INC/2/CRP.1/Rev.1", "Distr.: Limited", "14 May 2025", "Original: English",
                      "Revised compilation text", "Note by the Chair", "Nothing is agreed until everything is agreed",
                      "Text in square brackets is not agreed", "Brackets open: 2, in Article 4 and Article 29",
                      "Compiled from the proposals of China, the United States and the European Union"):
        assert furniture in first, furniture
    body = " ".join(" ".join(p.split()) for p in pages[1:])
    assert "Each Party shall [endeavour to" in body
    assert "Such measures may be graduated" in body and "Agreed ad referendum (proposed by the European Union)" in body
    assert "Agreed ad referendum: Article 16." in first
    assert re.search(r"Article 29 \[Option 1 – Dispute settlement\d* In the event", body)
    assert re.search(r"Option 3: delete\d*\]", body)
    assert "Proposed by China; supported by the European Union, Korea, Republic of; opposed by Brazil" in body
    assert "Option 3: deletion proposed by the United States" in body and "pending consultations" in body
    for number, page in enumerate(pages[1:-1], start=2):
        assert "AI/INC/2/CRP.1/Rev.1" in page and f"Page {number} of" in page     # the running head
    zh_first = "".join(pdf_pages(zh_pdf)[0].split())
    for furniture in ("AI/INC/2/CRP.1/Rev.1", "分发：限制", "2025年5月14日", "原文：英文", "经修订的汇编案文",
                      "在所有问题商定之前，任何问题均不视为已商定", "根据中国、美利坚合众国和欧洲联盟的提案汇编"):
        assert furniture in zh_first, furniture
    zh_body = "".join("".join(p.split()) for p in pdf_pages(zh_pdf)[1:])
    assert "备选案文3：删除" in zh_body and "由中国提出" in zh_body and "第二十九条" in zh_body
    # ----- 20 proposals at once --------------------------------------------------------------------
    parties = [f"Delegation {i:02d}" for i in range(20)]
    wordings = ["shall endeavour to adopt", "should adopt", "may adopt", "shall adopt and enforce"]
    twenty = []
    with Workspace.open(W) as ws:
        for i, party in enumerate(parties):
            from workbench.core.proposals import proposal_from_version
            draft = proposal_from_version(ws.version(base), party)
            ws.create_draft(draft)
            if i % 2 == 0:
                change(ws, draft.id, 4, "shall adopt", wordings[i % 4])
            else:
                change(ws, draft.id, 4, "human rights", f"human rights and {['dignity', 'freedoms', 'equality'][i % 3]}")
            twenty.append(draft.id)
    second = run(W, capsys, "version", "restore", base, "--as-new", "Twenty proposals").split()[0]
    from workbench.core.proposals import merge_proposals
    from workbench.storage.proposals import proposal_of
    with Workspace.open(W) as ws:
        target = ws.load_draft(second)
        proposals = [proposal_of(ws, "draft", ref, save=False) for ref in twenty]
        result = merge_proposals(target, proposals, target_base=base)     # speed: benchmarks.run
    assert result.alternatives + result.supports == 20
    merged = run_json(W, capsys, "proposal", "merge", second, *twenty)
    assert merged["alternatives"] + merged["supports"] == 20
    rows = run_json(W, capsys, "brackets", "list", second)["brackets"]
    assert len(rows) == 2 and all(r["where"] == "Article 4" for r in rows)
    assert all(len(o["text"]) < 40 for r in rows for o in r["options"])       # each option only its difference
    # ----- the window: the same workspace -----------------------------------------------------------
    from PySide6.QtWidgets import QMessageBox

    from workbench.ui.main import MainWindow
    from workbench.ui.negotiation_dialogs import CompilationDialog
    window = MainWindow(Workspace.open(W))
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.set_current_draft(compilation)
        assert window.bracket_count.count == 2
        panel = window.brackets_panel
        window.docks["bracketsDock"].show()
        draft = window.current_draft
        assert window.select_article(art(draft, 29).id)
        (top,) = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
        assert "whole article — pending consultations" in top.text(0)
        assert [top.child(i).text(0)[:2] for i in range(3)] == ["1.", "2.", "3."]
        panel.tree.setCurrentItem(top.child(2))                   # agree the deletion of Article 29
        click(qtbot, panel.choose_button)
        assert window.bracket_count.count == 1 and art(window.current_draft, 29).attrs["deleted"]
        click(qtbot, panel.reopen_button)                         # and reopen it: China's option is back
        assert window.bracket_count.count == 2
        top = panel.tree.topLevelItem(0)
        assert "binding arbitration" in top.child(1).text(0) and top.child(1).text(1) == "China"
        target = tmp_path / "from-window.docx"

        def fill(dialog):
            assert dialog.symbol.text() == "AI/INC/2/CRP.1" and dialog.revision.value() == 1
            dialog.path.edit.setText(str(target))
            press(qtbot, dialog)
        state = answer(qtbot, CompilationDialog, fill)
        click(qtbot, panel.export_button)
        assert state["done"] and target.stat().st_size > 0
        state = answer(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        click(qtbot, panel.renumber_button)
        assert state["done"]
        from workbench.core.numbering import Numbering
        assert Numbering.of(window.current_draft).label(window.current_draft.articles()[-1]) == "Article 36"
        window.undo()
        assert br.open_brackets(window.current_draft) == 2
    finally:
        stop_pollers()
        window.close()

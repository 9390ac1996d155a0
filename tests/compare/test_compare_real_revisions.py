"""Comparisons of real revisions as negotiators make them (issue 15): exact moves, any language,
no renumbering noise, each side with its own numbers, a move marked as a move.

Verified to fail before the mends: the CoE edited in Word gave "2 moved" (Chapter V's own
article reported as moved: chapters were decided by a vote of their articles); the Chinese-only
file against the bilingual one gave 26 added and 26 deleted; a moved and edited article was
"1 moved, 0 modified" and its redline a whole-article deletion and insertion; ``--language zh``
printed the English diff.
"""
from __future__ import annotations

import json
import re

import pytest

from workbench.cli import main as cli
from workbench.core import operations, textdiff
from workbench.core.compare import compare
from workbench.export.common import ExportOptions
from workbench.export.docx_writer import export_docx
from workbench.export.importing import import_file
from workbench.export.redline import redline_bytes

from .compare_helpers import COE, W, resolved_paragraphs
from .revisions import EDITS, UNESCO, revise, word_edited_coe
from .test_redline import no_numbers, rendered


def _summary(result) -> tuple:
    s = result.summary
    return s["added"], s["deleted"], s["moved"], s["modified"]


def test_a_word_edited_convention_shows_exactly_its_three_changes(coe_draft, tmp_path):
    exported = tmp_path / "coe.docx"
    export_docx(coe_draft, exported, ExportOptions(language="en"))
    done = word_edited_coe(exported, tmp_path / "coe-edited.docx")
    old, new = import_file(exported).draft, import_file(tmp_path / "coe-edited.docx").draft
    result = compare(old, new, old_imported=True, new_imported=True)
    assert _summary(result) == (0, 1, 1, 1), [(c.kind, c.old and c.old.heading) for c in result.changes]
    kinds = {c.kind: c for c in result.changes}
    assert kinds["moved"].old.heading == "Article 13" and done["moved"].startswith("Article 13")
    assert kinds["deleted"].old.heading == "Article 5"
    assert kinds["modified"].old.heading == "Article 20"
    inserted = "".join(op["text"] for op in kinds["modified"].diff if op["op"] == "insert")
    assert inserted.strip() == "endeavour to"
    before, division = result.place_of(kinds["moved"].new)
    assert before.heading == "Article 16" and division.startswith("Chapter V")


def _unesco(name: str):
    path = UNESCO / name
    if not path.exists():
        pytest.skip(f"{path} not here (TREATY_EVAL_DIR)")
    return import_file(path).draft


LANGUAGES = {"en": "draft.docx", "zh": "draft_zh.docx", "both": "draft_bilingual.docx"}


@pytest.fixture(scope="module")
def revised_files(tmp_path_factory):
    """The UNESCO 1970 Convention as the eval files hold it and revised, each exported in its language."""
    folder = tmp_path_factory.mktemp("unesco")
    out = {}
    for lang, name in LANGUAGES.items():
        original = _unesco(name)
        revised, done = revise(original)
        export_docx(revised, folder / f"revised-{lang}.docx", ExportOptions(language=lang))
        out[lang] = (UNESCO / name, folder / f"revised-{lang}.docx", done)
    return out


def _changes(result, lang: str = "en") -> list[tuple]:
    def heading(art):
        return int(re.sub(r"\D", "", art.heading)) if art and re.search(r"\d", art.heading) else \
            (art.heading_zh if art else None)
    return sorted((c.kind, heading(c.old), heading(c.new)) for c in result.changes if c.element == "article")


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_the_same_revision_shows_the_same_six_changes_in_every_language(revised_files, lang):
    original, revised, _done = revised_files[lang]
    result = compare(import_file(original).draft, import_file(revised).draft, old_imported=True, new_imported=True)
    assert _summary(result) == (1, 1, 1, 3), _changes(result)
    assert not result.summary["preamble_changed"] and not result.summary["closing_changed"]
    edited = sorted(c.old.number for c in result.changes if c.kind == "modified")
    assert edited == sorted(EDITS)
    for change in result.changes:
        if change.kind == "modified":       # the edit is the only difference: no renumbered reference
            ops = change.diff_zh if lang == "zh" else change.diff
            changed = [op["text"] for op in ops if op["op"] != "equal"]
            assert changed and all(not re.search(r"\d|第", t) for t in changed), changed


def test_the_chinese_only_file_and_the_bilingual_file_of_one_text_have_no_difference():
    zh, both = _unesco("draft_zh.docx"), _unesco("draft_bilingual.docx")
    result = compare(zh, both, old_imported=True, new_imported=True)
    assert result.changes == [] and result.language == "zh"
    assert compare(both, zh, old_imported=True, new_imported=True).changes == []


def test_a_chinese_only_revision_compared_with_the_bilingual_original(revised_files):
    original, _revised, _done = revised_files["both"]
    result = compare(import_file(original).draft, import_file(revised_files["zh"][1]).draft,
                     old_imported=True, new_imported=True)
    assert _summary(result) == (1, 1, 1, 3)


def test_a_renumbered_reference_is_shown_with_each_sides_own_number(revised_files):
    original, revised, _done = revised_files["en"]
    result = compare(import_file(original).draft, import_file(revised).draft, old_imported=True, new_imported=True)
    old24 = next(a for a in result.old_side.articles if a.number == 24)       # "provided for in Articles 19 and 20"
    new24 = result.pair_of_old[old24.id]
    old_text, new_text = "\n".join(result.display(old24, "old")), "\n".join(result.display(new24, "new"))
    assert "Articles 19 and 20" in old_text and "Articles 18 and 19" in new_text
    assert new24.id not in {c.new.id for c in result.changes if c.new}, "renumbering reported as a change"
    ops = result.text_diff(old24, new24)
    assert all(op["op"] == "equal" for op in ops)
    assert "Articles 19 and 20" in "".join(op.get("old", op["text"]) for op in ops)
    gone = next(c for c in result.changes if c.kind == "deleted")
    assert gone.old.heading == "Article 5"


def test_a_moved_and_edited_article_is_moved_and_modified_and_its_redline_marks_the_move(coe_draft):
    old = coe_draft.copy()
    article = operations.find_article(coe_draft, f"{COE}/art-23")
    paragraph = next(n for n in article.walk() if "shall" in n.text)
    operations.move_article(coe_draft, article, 30).apply(coe_draft)
    paragraph.text = paragraph.text.replace("shall", "should", 1)
    result = compare(old, coe_draft)
    moved = [c for c in result.changes if c.kind == "moved"]
    assert len(moved) == 1 and moved[0].modified and result.summary["modified"] == 1
    assert result.summary["moved_and_modified"] == 1
    assert [op["text"].strip() for op in moved[0].diff if op["op"] != "equal"] == ["shall", "should"]
    xml = redline_bytes(result, "Party B")
    from lxml import etree
    import io
    import zipfile
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(xml)).read("word/document.xml"))
    moved_out = "".join(t.text for m in root.iter(f"{W}moveFrom") for t in m.iter(f"{W}t"))
    moved_in = "".join(t.text for m in root.iter(f"{W}moveTo") for t in m.iter(f"{W}t"))
    inserted = "".join(t.text for m in root.iter(f"{W}ins") for t in m.iter(f"{W}t"))
    assert "Conference of the Parties" in moved_out and "Conference of the Parties" in moved_in
    assert inserted.strip() == "should", inserted
    assert not list(root.iter(f"{W}del")) or all(       # the only deletion is Article 23 moved away
        not any(anc.tag == f"{W}moveTo" for anc in d.iterancestors()) for d in root.iter(f"{W}del"))
    comments = etree.fromstring(zipfile.ZipFile(io.BytesIO(xml)).read("word/comments.xml"))
    assert [" ".join(t.text for t in c.iter(f"{W}t")) for c in comments.iter(f"{W}comment")] == [
        "Removed after the move: “shall”"]
    assert len(list(root.iter(f"{W}commentReference"))) == 1
    document = zipfile.ZipFile(io.BytesIO(xml)).read("word/document.xml")
    body = lambda lines: lines[lines.index("Preamble"):]  # noqa: E731
    assert body(resolved_paragraphs(document, accept=True)) == rendered(coe_draft)
    assert no_numbers(body(resolved_paragraphs(document, accept=False))) == no_numbers(rendered(old))


def test_compare_in_chinese_speaks_chinese(revised_files, tmp_path, capsys):
    original, revised, _done = revised_files["zh"]
    assert cli(["--workspace", str(tmp_path / "w.treaty"), "compare", str(original), str(revised),
                "--language", "zh"]) == 0
    out = capsys.readouterr().out
    assert "新增1条，删除1条，移动1条，修改3条" in out
    assert "第" in out and "Article" not in out
    assert re.search(r"\[-博物-\]\{\+美术\+\}", out)
    assert cli(["--workspace", str(tmp_path / "w.treaty"), "compare", str(original), str(revised),
                "--language", "zh", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "zh" and data["summary"]["modified"] == 3
    modified = [c for c in data["changes"] if c["kind"] == "modified"]
    assert all(c["diff_zh"] for c in modified)
    assert textdiff.changed(modified[0]["diff_zh"])

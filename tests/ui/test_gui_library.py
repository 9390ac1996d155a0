"""Library panel: search as you type in English and Chinese, filters, grouping, preview, verification."""
from __future__ import annotations


from PySide6.QtCore import QModelIndex, Qt

from workbench.core.library import Clause, Para, Source
from workbench.ui.clause_preview import clause_html
from workbench.ui.library_model import ClauseIdRole, KindRole, SourceIdRole


def shown_clause_ids(model) -> list[str]:
    ids = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KindRole) == "clause":
                ids.append(index.data(ClauseIdRole))
            visit(index)

    visit(QModelIndex())
    return ids


def test_english_search_as_you_type_groups_results_by_source(window, qtbot):
    panel = window.library
    qtbot.keyClicks(panel.search, "dispute")
    qtbot.waitUntil(lambda: panel.searched_text == "dispute")
    expected = [h.clause_id for h in window.session.workspace.search("dispute", limit=400)]
    assert sorted(shown_clause_ids(panel.model)) == sorted(expected)
    assert "coe-ai-convention/art-29" in expected
    for row in range(panel.model.rowCount()):
        source = panel.model.index(row, 0)
        assert source.data(KindRole) == "source"
        source_id = source.data(SourceIdRole)

        def clauses_under(parent):
            for r in range(panel.model.rowCount(parent)):
                child = panel.model.index(r, 0, parent)
                if child.data(KindRole) == "clause":
                    yield child
                else:
                    assert child.data(KindRole) == "chapter"
                    yield from clauses_under(child)

        for clause_index in clauses_under(source):
            assert clause_index.data(ClauseIdRole).startswith(source_id + "/")
    assert panel.last_search_ms < 1000


def test_chinese_two_character_queries_typed_through_an_input_method(window, qtbot, ime_commit):
    panel = window.library
    ime_commit(panel.search, "争端")
    qtbot.waitUntil(lambda: panel.searched_text == "争端")
    found = shown_clause_ids(panel.model)
    assert "coe-ai-convention/art-29" in found          # via the glossary: 争端 -> dispute
    panel.search.clear()
    ime_commit(panel.search, "数据")
    qtbot.waitUntil(lambda: panel.searched_text == "数据")
    found = shown_clause_ids(panel.model)
    ws = window.session.workspace
    zh_hits = [cid for cid in found if "数据" in ws.clause(cid).text_zh()]
    assert zh_hits, "a clause whose Chinese text contains 数据 is found"
    assert sorted(found) == sorted(h.clause_id for h in ws.search("数据", limit=400))


def test_filters_by_source_topic_and_verification(window, qtbot):
    panel = window.library
    ws = window.session.workspace
    combo = panel.verification_filter
    levels = [combo.itemData(i) for i in range(1, combo.count())]
    assert levels == ["official", "reproduction", "transcription", "model"]
    for level in levels:                  # chosen in the combo box, as a drafter does
        combo.setCurrentIndex(combo.findData(level))
        ids = shown_clause_ids(panel.model)
        assert ids and all(ws.clause(cid).overall_verification == level for cid in ids), level
        models = {cid for cid in ids if ws.sources()[ws.clause(cid).source].is_model}
        assert (models == set(ids)) if level == "model" else not models, level
    panel.set_filters(verification="official")
    official = shown_clause_ids(panel.model)
    assert "coe-ai-convention/art-23" in official and "rcep/art-12.14" not in official
    assert not any(cid.startswith("workbench-model/") for cid in official)
    panel.set_filters(source="coe-ai-convention")
    ids = shown_clause_ids(panel.model)
    assert ids == [c.id for c in ws.clauses(source="coe-ai-convention")]
    topic = ws.clause("coe-ai-convention/art-29").topics[0]
    panel.set_filters(topic=topic)
    ids = shown_clause_ids(panel.model)
    assert "coe-ai-convention/art-29" in ids and all(topic in ws.clause(cid).topics for cid in ids)
    panel.set_filters()
    assert len(shown_clause_ids(panel.model)) == len(ws.clauses())


def test_preview_shows_provenance_badge_and_chinese(window, qtbot):
    panel = window.library
    ws = window.session.workspace
    unverified = next(c for c in ws.clauses(verification="transcription") if c.text_zh())
    assert panel.select_clause(unverified.id)
    text = panel.preview.toPlainText()
    assert "UNVERIFIED TRANSCRIPTION" in text
    assert unverified.text_zh().split("\n")[0][:10] in text
    assert unverified.url in text
    assert panel.verify_button.isEnabled()
    verified = ws.clause("coe-ai-convention/art-23")
    panel.select_clause(verified.id)
    text = panel.preview.toPlainText()
    assert "UNVERIFIED" not in text and "Conference of the Parties" in text
    assert ws.sources()["coe-ai-convention"].title in text
    assert not panel.verify_button.isEnabled()


def test_model_clauses_are_labelled_as_drafted_by_the_workbench():
    source = Source(id="workbench-model", title="Model clauses", nature="workbench-model")
    clause = Clause(id="workbench-model/art-1", source="workbench-model", number="1", title="T",
                    paras=[Para(label="1", text="(test text)")])
    html = clause_html(clause, source)
    assert "MODEL CLAUSE" in html and "drafted by the workbench" in html
    other = Source(id="x", title="X", nature="binding-treaty")
    assert "MODEL CLAUSE" not in clause_html(Clause(id="x/art-1", source="x", paras=clause.paras), other)


def test_paste_official_text_marks_verified_with_history_and_undo(window, qtbot):
    from workbench.ui.dialogs import VerifyDialog

    ws = window.session.workspace
    clause = next(c for c in ws.clauses(verification="transcription") if c.text())
    window.library.select_clause(clause.id)
    dialog = VerifyDialog(clause, window)
    qtbot.addWidget(dialog)
    dialog.english.setChecked(True)
    official = [p.text for para in clause.paras for p in para.walk()]
    for field, text in zip(dialog.fields, official):
        field.setPlainText(text.replace("non discrimination", "non-discrimination"))
    dialog.who.setText("Test Drafter")
    try:
        dialog.verified_clause()
        raise AssertionError("must refuse without the confirmation")
    except ValueError as exc:
        assert "compared the text with the publication" in str(exc)
    qtbot.mouseClick(dialog.reproduction, Qt.MouseButton.LeftButton)       # checked against a copy ...
    assert dialog.copy.isEnabled()
    qtbot.mouseClick(dialog.checked, Qt.MouseButton.LeftButton)
    try:
        dialog.verified_clause()
        raise AssertionError("a reproduction must name its copy")
    except ValueError as exc:
        assert "Name the copy" in str(exc)
    qtbot.mouseClick(dialog.official, Qt.MouseButton.LeftButton)           # ... no: the official publication
    assert not dialog.copy.isEnabled()
    new = dialog.verified_clause()
    assert window.session.update_clause(new, "Test Drafter", "verify", "Verify")
    stored = ws.clause(clause.id)
    assert stored.verification == "official" and stored.verified_by == "Test Drafter" and stored.verified_at
    history = ws.clause_history(clause.id)
    assert history[-1]["who"] == "Test Drafter" and history[-1]["action"] == "verify"
    assert history[-1]["new"]["verification"] == "official"
    index = window.library.model.index_of_clause(clause.id)
    if stored.overall_verification == "official":           # no Chinese text left unverified
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None
        assert clause.id in {c.id for c in ws.clauses(verification="official")}
    else:
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    preview = window.library.preview.toPlainText()
    assert "Test Drafter" in preview and "official text (checked against the official publication)" in preview
    window.undo()
    assert ws.clause(clause.id).verification == "transcription"
    assert len(ws.clause_history(clause.id)) == len(history) + 1
    assert "UNVERIFIED TRANSCRIPTION" in window.library.preview.toPlainText()
    window.redo()
    assert ws.clause(clause.id).verification == "official"


def test_a_reproduction_records_its_copy_and_a_model_clause_is_never_verified(window, qtbot):
    from workbench.ui.dialogs import VerifyDialog

    ws = window.session.workspace
    clause = ws.clause("depa/art-8.4")
    window.library.select_clause(clause.id)
    assert window.library.verify_button.isEnabled()
    dialog = VerifyDialog(clause, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.reproduction, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.copy, "New Zealand Treaty Series 2021 No. 1")
    qtbot.mouseClick(dialog.checked, Qt.MouseButton.LeftButton)
    dialog.who.setText("Drafter B")
    new = dialog.verified_clause()
    assert window.session.update_clause(new, "Drafter B", "verify", "Verify")
    stored = ws.clause(clause.id)
    assert (stored.verification, stored.copy) == ("reproduction", "New Zealand Treaty Series 2021 No. 1")
    assert clause.id in {c.id for c in ws.clauses(verification="reproduction")}
    assert clause.id not in {c.id for c in ws.clauses(verification="official")}
    preview = window.library.preview.toPlainText()
    assert "REPRODUCTION" in preview
    assert "Drafter B: text pasted and its provenance recorded (reproduction of the official text from " \
           "New Zealand Treaty Series 2021 No. 1)" in preview                    # the history says what was recorded
    model = ws.clause("workbench-model/art-withdrawal")
    window.library.select_clause(model.id)
    assert not window.library.verify_button.isEnabled()
    preview = window.library.preview.toPlainText()
    assert "MODEL CLAUSE" in preview and "official text (checked against the official publication)" not in preview
    refused = VerifyDialog(model, window)
    qtbot.addWidget(refused)
    refused.checked.setChecked(True)
    try:
        refused.verified_clause()
        raise AssertionError("a model clause is never verified")
    except ValueError as exc:
        assert "model clause" in str(exc)


def test_library_model_passes_the_model_tester(window, qtmodeltester):
    panel = window.library
    qtmodeltester.check(panel.model, force_py=True)   # stays connected: every reset below is checked
    for query in ("parties", "争端", "数", "", "zzzz-no-match"):
        panel.search.setText(query)
        panel.run_search()
    panel.set_language("zh")
    panel.set_filters(verification="transcription")
    panel.set_language("en")
    panel.set_filters()


def test_what_each_text_is_shown_where_the_drafter_reads_it(window, qtbot):
    """The preview and the editor say what each text is: a reproduction and its copy, a model clause
    and the treaty it follows, official texts that differ between languages, the Chinese title of an
    English-only treaty, and that a non-binding instrument's strengths describe its wording only."""
    panel = window.library
    panel.select_clause("rcep/art-12.14")
    text = panel.preview.toPlainText()
    assert "REPRODUCTION — the English text is a copy of the official text, taken from the pre-signature" in text
    assert "(official Chinese title) — the official Chinese name used by the People's Republic of China; " \
           "RCEP is authentic in English only" in text
    panel.select_clause("cn-ai-governance-initiative/item-3")
    text = panel.preview.toPlainText()
    assert "THE OFFICIAL TEXTS DIFFER — The Chinese 遵守适用的国际法" in text
    assert "UNVERIFIED TRANSCRIPTION — the English text" in text
    assert "this instrument is not legally binding" in text
    panel.select_clause("workbench-model/art-withdrawal")
    text = panel.preview.toPlainText()
    assert "MODEL CLAUSE — drafted by the workbench after Paris Agreement Art. 28(1)–(2); not treaty text" in text
    panel.select_clause("workbench-model/art-review-amendment")
    assert "paragraphs 2 and 3 of Article M10" in panel.preview.toPlainText()     # a reference reads as a number
    assert "{{ref:" not in panel.preview.toPlainText()
    draft = window.current_draft
    window.add_clauses(["cn-ai-governance-initiative/preamble", "coe-ai-convention/art-1", "rcep/art-12.14",
                        "workbench-model/art-withdrawal"])
    for clause_id, expected in (("rcep/art-12.14", "REPRODUCTION reproduction of the official text from the pre-signature"),
                                ("workbench-model/art-withdrawal", "MODEL CLAUSE drafted by the workbench after Paris Agreement"),
                                ("coe-ai-convention/art-1", "official text (checked against the official publication)")):
        article = next(a for a in draft.articles() if a.derived_from == clause_id)
        window.select_article(article.id)
        assert expected in _plain(window.editor.info.text()), clause_id
    preamble = draft.preamble()
    recital = next(r for r in preamble.children if r.derived_from == "cn-ai-governance-initiative/preamble")
    window.outline.select_node(recital.id)
    qtbot.waitUntil(lambda: "THE OFFICIAL TEXTS DIFFER Third paragraph: the official Chinese 我们重申"
                    in _plain(window.editor.info.text()))


def _plain(html: str) -> str:
    """What a rich-text label shows, as one line of words."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return " ".join(document.toPlainText().replace("\u00a0", " ").split())

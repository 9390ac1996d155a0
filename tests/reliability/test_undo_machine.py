"""Random edits through a real workspace file: the stored draft always equals the one in memory,
undoing everything restores the original exactly and redoing everything the final state.

Verified to fail without its protection (each mutation run on a copy of the tree; hypothesis
finds each within its 40 examples):
- ``RemoveNode.revert`` putting the node back at the end instead of its old index: "undoing every
  edit did not restore the original";
- ``Workspace._persist`` ignoring ``change.reordered`` (siblings keep their stored order): "the
  stored draft after undoing everything differs";
- ``SetFields.revert`` restoring nothing: "undoing every edit did not restore the original";
- ``Change.merge`` keeping a parent that a later part removes (as before this test found it):
  undoing "add a preamble clause" to a draft without a preamble raises KeyError in ``_persist``.
"""
from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from workbench.core import operations
from workbench.core.assemble import draft_from_source, new_chapter
from workbench.core.edits import Edit, InsertNodes, MoveNode, RemoveNode, SetDraftFields, SetFields
from workbench.core.model import Draft, DraftError
from workbench.storage import Workspace

# Text a drafter might type or paste: any characters, Chinese, line breaks, reference tokens.
TEXT = st.one_of(st.text(max_size=40),
                 st.sampled_from(["", "各缔约方应当", "See {{ref:coe-ai-convention/art-16}}.", "a\n\nb"]))


class EditSession(RuleBasedStateMachine):
    """One drafting session on a draft stored in a real SQLite workspace file."""

    source_file = None   # set by the test below (a workspace holding the real library)
    tmp_dir = None

    @initialize(start=st.sampled_from(["coe-ai-convention", "rcep", "sadea"]), size=st.integers(2, 10))
    def open_workspace(self, start, size):
        path = self.tmp_dir / "machine.treaty"
        shutil.copyfile(self.source_file, path)
        self.ws = Workspace.open(path, sync_library=False)
        self.library = self.ws.clauses()
        clauses = self.ws.clauses(source=start)[:size]
        self.draft: Draft = self.ws.create_draft(draft_from_source("Machine", clauses))
        self.original = self.draft.to_dict()
        self.done: list[Edit] = []

    def teardown(self):
        if hasattr(self, "ws"):
            try:
                if self.done:
                    self.undo_all_then_redo_all()
            finally:
                self.ws.close()
                for leftover in self.tmp_dir.glob("machine.treaty*"):
                    leftover.unlink()

    # ----- helpers ------------------------------------------------------------------------
    def _apply(self, edit: Edit) -> None:
        before = self.draft.to_dict()
        try:
            self.ws.apply(self.draft, edit)
        except DraftError:
            assert self.draft.to_dict() == before, "a refused edit changed the draft"
            return
        self.done.append(edit)

    def _stored(self) -> dict:
        return self.ws.load_draft(self.draft.id).to_dict()

    # ----- rules --------------------------------------------------------------------------
    @rule(pick=st.lists(st.integers(0, 10**6), min_size=1, max_size=3), position=st.integers(1, 60))
    def add_clauses(self, pick, position):
        clauses = [self.library[i % len(self.library)] for i in pick]
        position = min(position, len(self.draft.articles()) + 1)
        self._apply(operations.add_clauses(self.draft, clauses, position=position))

    @precondition(lambda self: self.draft.articles())
    @rule(which=st.integers(0, 10**6))
    def remove_article(self, which):
        articles = self.draft.articles()
        self._apply(operations.remove_node(self.draft, articles[which % len(articles)]))

    @precondition(lambda self: len(self.draft.articles()) > 1)
    @rule(which=st.integers(0, 10**6), position=st.integers(1, 10**6))
    def move_article(self, which, position):
        articles = self.draft.articles()
        article = articles[which % len(articles)]
        try:
            edit = operations.move_article(self.draft, article, 1 + (position - 1) % len(articles))
        except DraftError:
            return   # already there
        self._apply(edit)

    @precondition(lambda self: any(True for _ in self.draft.walk()))
    @rule(which=st.integers(0, 10**6), text=TEXT, field=st.sampled_from(["text", "text_zh", "title"]))
    def edit_text(self, which, text, field):
        nodes = list(self.draft.walk())
        self._apply(SetFields(nodes[which % len(nodes)].id, {field: text}))

    @rule(index=st.integers(0, 10**6), title=TEXT)
    def add_chapter(self, index, title):
        self._apply(InsertNodes(None, index % (len(self.draft.children) + 1), [new_chapter(title or "Chapter")]))

    @precondition(lambda self: self.draft.chapters() and self.draft.articles())
    @rule(which=st.integers(0, 10**6), chapter=st.integers(0, 10**6), index=st.integers(0, 10**6))
    def move_article_into_chapter(self, which, chapter, index):
        articles, chapters = self.draft.articles(), self.draft.chapters()
        target = chapters[chapter % len(chapters)]
        article = articles[which % len(articles)]
        siblings = [n for n in target.children if n.id != article.id]
        self._apply(MoveNode(article.id, target.id, index % (len(siblings) + 1)))

    @precondition(lambda self: self.draft.chapters())
    @rule(which=st.integers(0, 10**6))
    def remove_chapter(self, which):
        chapters = self.draft.chapters()
        self._apply(RemoveNode(chapters[which % len(chapters)].id))

    @rule(title=TEXT, title_zh=TEXT)
    def retitle_draft(self, title, title_zh):
        try:
            edit = SetDraftFields({"title": title, "title_zh": title_zh, "meta": dict(self.draft.meta, note=title)})
        except DraftError:
            assert not title.strip() or not title.isprintable()   # a blank title is refused
            return
        self._apply(edit)

    @precondition(lambda self: self.done)
    @rule()
    def undo_one(self):
        self.ws.revert(self.draft, self.done.pop())

    @precondition(lambda self: self.done)
    @rule()
    def undo_all_then_redo_all(self):
        final = self.draft.to_dict()
        for edit in reversed(self.done):
            self.ws.revert(self.draft, edit)
        assert self.draft.to_dict() == self.original, "undoing every edit did not restore the original"
        assert self._stored() == self.original, "the stored draft after undoing everything differs"
        for edit in self.done:
            self.ws.apply(self.draft, edit)
        assert self.draft.to_dict() == final, "redoing every edit did not give the final draft"
        assert self._stored() == final, "the stored draft after redoing everything differs"

    @invariant()
    def stored_equals_memory(self):
        if hasattr(self, "ws"):
            assert self._stored() == self.draft.to_dict(), "the stored draft differs from the one in memory"


@pytest.mark.slow
def test_random_edit_sessions(library_workspace_file, tmp_path_factory):
    EditSession.source_file = library_workspace_file
    EditSession.tmp_dir = tmp_path_factory.mktemp("machine")
    EditSession.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None,
                                             suppress_health_check=[HealthCheck.too_slow])
    EditSession.TestCase().runTest()

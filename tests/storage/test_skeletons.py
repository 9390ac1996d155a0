"""Treaty skeletons: the shipped files load, make drafts with chapters, and bad files are named."""
from __future__ import annotations


import pytest

from workbench.core.model import NodeKind
from workbench.core.numbering import Numbering
from workbench.paths import RESOURCES_DIR
from workbench.storage import Workspace
from workbench.storage.library import load_vocabulary
from workbench.storage.skeletons import (SKELETONS_DIR, SkeletonError, find_skeleton, list_skeletons,
                                         load_skeleton)


def test_shipped_skeletons_load_and_use_known_topics():
    skeletons = list_skeletons()
    assert "framework-convention" in {s.id for s in skeletons}
    topics = load_vocabulary(RESOURCES_DIR / "vocabulary.toml").topics
    for skeleton in skeletons:
        assert skeleton.chapters, skeleton.id
        for chapter in skeleton.chapters:
            assert chapter.title and chapter.title_zh, (skeleton.id, chapter)
            unknown = set(chapter.topics) - set(topics)
            assert not unknown, f"{skeleton.id}: unknown topics {unknown}"


def test_framework_convention_has_the_parts_of_a_framework_treaty():
    skeleton = find_skeleton("framework-convention")
    titles = [c.title.lower() for c in skeleton.chapters]
    for needed in ("general provisions", "obligations", "remedies", "risk", "implementation",
                   "follow-up", "final clauses"):
        assert any(needed in title for title in titles), needed
    assert skeleton.preamble


def test_skeleton_draft_has_preamble_and_numbered_chapters_and_round_trips(tmp_path):
    skeleton = find_skeleton("framework-convention")
    draft = skeleton.draft("My treaty", "我的条约")
    assert draft.children[0].kind is NodeKind.PREAMBLE
    assert [c.title for c in draft.chapters()] == [c.title for c in skeleton.chapters]
    assert [c.title_zh for c in draft.chapters()] == [c.title_zh for c in skeleton.chapters]
    assert draft.articles() == []
    numbering = Numbering.of(draft)
    last = draft.chapters()[-1]
    assert numbering.label(last) == f"Chapter {_roman(len(skeleton.chapters))}"
    assert len({n.id for n in draft.walk()}) == len(list(draft.walk()))
    second = skeleton.draft("Another")
    assert not {n.id for n in draft.walk()} & {n.id for n in second.walk()}
    with Workspace.open(tmp_path / "w.treaty", sync_library=False) as ws:
        ws.create_draft(draft)
        loaded = ws.load_draft(draft.id)
    assert loaded.to_dict() == draft.to_dict()


def _roman(n: int) -> str:
    from workbench.core.numbering import roman
    return roman(n)


@pytest.mark.parametrize("content, line, message", [
    ('[skeleton]\nid = "bad"\ntitle = "T"\n[[chapter]]\ntitle = "A"\ncolour = "red"\n', 4, "unknown key 'colour'"),
    ('[skeleton]\nid = "bad"\ntitle = ""\n', 3, "title must be a non-empty string"),
    ('[skeleton]\nid = "other"\ntitle = "T"\n', 2, "does not match the file name"),
    ('[skeleton]\nid = "bad"\ntitle = "T"\npreamble = "yes"\n', 4, "preamble must be true or false"),
    ('[skeleton]\nid = "bad"\ntitle = "T"\n[[chapter]]\ntitle = "A"\n[[chapter]]\ntitle_zh = "乙"\n', 6,
     "chapter 2: title must be a non-empty string"),
    ('[skeleton\nid = "bad"\n', 1, "not valid TOML"),
    ('title = "T"\n', 1, "no [skeleton] table"),
])
def test_malformed_skeleton_names_file_line_and_problem(tmp_path, content, line, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SkeletonError) as info:
        load_skeleton(path)
    assert info.value.path == path
    assert info.value.line == line
    assert message in str(info.value)
    assert str(info.value).startswith(f"{path}:{line}:")


def test_unknown_skeleton_lists_the_known_ones():
    with pytest.raises(SkeletonError, match="framework-convention"):
        find_skeleton("no-such-skeleton")


def test_missing_folder_has_no_skeletons(tmp_path):
    assert list_skeletons(tmp_path / "absent") == []
    assert SKELETONS_DIR.is_dir()

"""The clause loader names the file, the line and the problem."""
import shutil
from pathlib import Path

import pytest

from workbench.paths import CLAUSES_DIR
from workbench.storage import LibraryError, load_library


def test_the_built_in_library_loads():
    library = load_library(CLAUSES_DIR)
    assert len(library.sources) >= 12
    ids = library.by_id()
    assert ids["depa/art-8.2"].verification == "transcription"
    assert ids["sadea/art-31"].verification == "transcription"
    assert ids["coe-ai-convention/art-16"].verification == "official"


@pytest.fixture
def lib(tmp_path) -> Path:
    target = tmp_path / "clauses"
    target.mkdir()
    shutil.copy(CLAUSES_DIR / "coe-ai-convention.toml", target)
    return target


def _break(path: Path, old: str, new: str, count: int = 1) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def test_toml_syntax_error_names_file_and_line(lib):
    path = lib / "coe-ai-convention.toml"
    line = _break(path, 'id = "coe-ai-convention/art-16"', 'id = "coe-ai-convention/art-16')
    with pytest.raises(LibraryError) as info:
        load_library(lib)
    assert info.value.path == path and info.value.line == line
    assert f"coe-ai-convention.toml:{line}:" in str(info.value)


def test_unknown_topic_names_the_line_of_the_topics_key(lib):
    path = lib / "coe-ai-convention.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('id = "coe-ai-convention/art-16"')
    at = text.index("topics = [", start)
    line = text[:at].count("\n") + 1
    path.write_text(text[:at] + 'topics = ["no-such-topic", ' + text[at + len("topics = ["):], encoding="utf-8")
    with pytest.raises(LibraryError, match="unknown topic 'no-such-topic'") as info:
        load_library(lib)
    assert info.value.line == line


def test_bad_strength_and_unknown_key(lib):
    path = lib / "coe-ai-convention.toml"
    _break(path, 'strength = "mandatory"', 'strength = "binding"')
    with pytest.raises(LibraryError, match="strength 'binding'"):
        load_library(lib)


def test_duplicate_clause_id(lib):
    path = lib / "coe-ai-convention.toml"
    _break(path, 'id = "coe-ai-convention/art-2"\n', 'id = "coe-ai-convention/art-1"\n')
    with pytest.raises(LibraryError, match="already used|twice"):
        load_library(lib)


def test_dangling_reference(lib):
    path = lib / "coe-ai-convention.toml"
    text = path.read_text(encoding="utf-8")
    at = text.index("refers_to = [", text.index('id = "coe-ai-convention/art-29"'))
    path.write_text(text[:at] + 'refers_to = ["coe-ai-convention/art-99", ' + text[at + 13:], encoding="utf-8")
    with pytest.raises(LibraryError, match="art-99"):
        load_library(lib)


def test_not_utf8(lib):
    (lib / "coe-ai-convention.toml").write_bytes(b"[source]\nid = \"\xff\xfe\"\n")
    with pytest.raises(LibraryError, match="UTF-8"):
        load_library(lib)


def test_sub_paragraphs_inherit_strength_at_every_depth():
    library = load_library(CLAUSES_DIR)
    for clause in library.clauses:
        for para in clause.paras:
            for node in para.walk():
                if para.strength:
                    assert node.strength, f"{clause.id} {node.label!r} has no strength"


# ----- provenance levels ------------------------------------------------------------------------
def _copy(tmp_path, *names) -> Path:
    target = tmp_path / "levels"
    target.mkdir()
    for name in names:
        shutil.copy(CLAUSES_DIR / f"{name}.toml", target)
    return target


#: The model clauses refer to clauses of these files (alternative_to, conflicts_with).
_MODEL_NEEDS = ("coe-ai-convention", "rcep", "cptpp-ch14")


@pytest.mark.parametrize("name, old, new, problem", [
    ("coe-ai-convention", 'verification = "official"', 'verification = "approved"',
     "verification must be one of official, reproduction, transcription, model, not 'approved'"),
    ("coe-ai-convention", 'verification = "official"', 'verification = "model"',
     'verification is "model" but the source is not the workbench\'s model clauses'),
    ("workbench-model", 'verification = "model"\nverification_zh', 'verification = "official"\nverification_zh',
     "a model clause is never 'official' text; write verification = \"model\""),
    ("workbench-model", 'verification_zh = "model"\n', 'verification_zh = "reproduction"\n',
     "a model clause is never 'reproduction' text"),
    ("coe-ai-convention", 'verification = "official"', 'verification = "reproduction"',
     "a reproduction names the copy it was taken from"),
    ("coe-ai-convention", 'verification = "official"\n', 'precedent = "UNFCCC Art. 24"\nverification = "official"\n',
     "precedent names the treaty a model clause follows; this source is not"),
])
def test_a_provenance_level_that_cannot_be_is_refused_with_its_line(tmp_path, name, old, new, problem):
    folder = _copy(tmp_path, name, *(_MODEL_NEEDS if name == "workbench-model" else ()))
    path = folder / f"{name}.toml"
    line = _break(path, old, new)
    with pytest.raises(LibraryError) as info:
        load_library(folder)
    assert problem in str(info.value)
    assert info.value.path == path and info.value.line == line, str(info.value)


def test_the_former_words_still_load(tmp_path):
    """A clause file written before the levels loads: "verified" is official (a model clause in a
    model source), "unverified" a transcription."""
    folder = _copy(tmp_path, "depa", "workbench-model", *_MODEL_NEEDS)
    for name, old, new in (("depa", '"transcription"', '"unverified"'), ("depa", '"reproduction"', '"verified"'),
                           ("workbench-model", '"model"', '"verified"')):
        path = folder / f"{name}.toml"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    loaded = load_library(folder).by_id()
    assert loaded["depa/art-8.2"].verification == "transcription"
    assert loaded["depa/preamble"].verification == "official"
    model = loaded["workbench-model/art-withdrawal"]
    assert (model.verification, model.verification_zh) == ("model", "model")

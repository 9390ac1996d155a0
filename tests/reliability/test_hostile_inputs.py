"""Mutated and hostile files fed to the clause loader and the .docx / Akoma Ntoso importers:
only clear errors (LibraryError, ImportFailure naming the file), never another exception or a hang.

The explicit zip-bomb and entity cases are in tests/export/test_safety.py; these tests mutate
real files at random (hypothesis) and add the tricks that test does not: a zip whose directory
lies about sizes, entities in UTF-32, absurd nesting.

Verified to fail without their protection (each mutation run on a copy of the tree):
- ``read_toml`` not turning ``RecursionError`` into a LibraryError: the deep-nesting clause
  file raises RecursionError;
- ``parse_xml``'s check of the parsed tree for a DOCTYPE removed: the UTF-32 and BOM-less
  UTF-16 Word bodies (whose DOCTYPE the byte search cannot see) import ("DID NOT RAISE");
- ``read_member`` not turning zip errors into a refusal (as before these tests): mutated .docx
  files raise ``zipfile.BadZipFile`` ("Bad magic number", "Bad CRC-32"), ``zlib.error`` or
  ``NotImplementedError``, and the zip lying about its sizes raises BadZipFile.
"""
from __future__ import annotations

import io
import random
import shutil
import signal
import struct
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.assemble import draft_from_source
from workbench.export.akn_writer import akn_bytes
from workbench.export.docx_writer import docx_bytes
from workbench.export.importing import ImportFailure, ImportResult, import_file
from workbench.paths import CLAUSES_DIR, RESOURCES_DIR
from workbench.storage import Library, LibraryError, Workspace, load_library

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
JUNK = ["", '"', '"""', "'", "=", "[", "]]", "[[clause]]", "[[clause.para]]", "[source]", "\x00", "\ufffd",
        'id = "x/art-1"', "kind = 7", 'topics = ["no-such-topic"]', "para = 3", "1979-05-27T07:32:00Z",
        "<w:p>", "</w:body>", "<w:t>", "&amp;", "&lol;", "<!DOCTYPE x>", "]]>", "<?xml?>", "\ud7ff",
        'xmlns:w="urn:x"', "<w:tbl><w:tr><w:tc>", 'w:val="99999999999999999999"', "第十二条", "Article 99999"]


class Hang(Exception):
    pass


@contextmanager
def at_most(seconds: float):
    """Fail (instead of hanging the suite) when the block takes longer than ``seconds``."""
    def expire(_signum, _frame):
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def mutate(data: bytes, rng: random.Random, rounds: int) -> bytes:
    """``data`` with ``rounds`` random edits: slices deleted, duplicated or replaced by junk."""
    out = bytearray(data)
    for _ in range(rounds):
        at = rng.randrange(len(out) + 1)
        span = rng.choice([1, 2, 8, 64, 500])
        how = rng.randrange(5)
        if how == 0:
            del out[at:at + span]
        elif how == 1:
            out[at:at] = out[at:at + span]
        elif how == 2:
            out[at:at] = rng.choice(JUNK).encode("utf-8", "surrogatepass")
        elif how == 3 and out:
            out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
        else:
            out[at:at + span] = rng.randbytes(span)
    return bytes(out)


# ----- the clause loader -----------------------------------------------------------------------
SEED_FILES = ["sadea.toml", "uk-sg-dea.toml", "depa.toml"]


@FUZZ
@given(name=st.sampled_from(SEED_FILES), seed=st.integers(0, 2**32), rounds=st.integers(1, 6))
def test_mutated_clause_files_load_or_give_a_library_error(tmp_path, name, seed, rounds):
    folder = tmp_path / f"clauses-{seed}-{rounds}"
    folder.mkdir()
    target = folder / name
    target.write_bytes(mutate((CLAUSES_DIR / name).read_bytes(), random.Random(seed), rounds))
    try:
        with at_most(10):
            library = load_library(folder, RESOURCES_DIR / "vocabulary.toml")
        assert isinstance(library, Library) and library.clauses
    except LibraryError as exc:
        assert str(folder) in str(exc), str(exc)
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("content", [
    b"[source]\nid = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
    b"[source]\nid = " + b"{a = " * 20_000 + b"1" + b"}" * 20_000 + b"\n",
    b'[source]\nid = "x"\ntitle = "' + b"A" * 20_000_000 + b'"\n',
    "[source]\nid = \"条约\"\n".encode("utf-16"),
    b"\xff\xfe\x00\x00garbage",
], ids=["deep-array", "deep-table", "20-MB-string", "utf-16", "binary"])
def test_hostile_clause_files_give_a_library_error(tmp_path, content):
    (tmp_path / "hostile.toml").write_bytes(content)
    with at_most(20), pytest.raises(LibraryError) as caught:
        load_library(tmp_path, RESOURCES_DIR / "vocabulary.toml")
    assert "hostile.toml" in str(caught.value)


def test_an_unreadable_clause_file_gives_a_library_error(tmp_path):
    (tmp_path / "unreadable.toml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LibraryError, match="unreadable.toml"):
        load_library(tmp_path, RESOURCES_DIR / "vocabulary.toml")


# ----- the importers ---------------------------------------------------------------------------
class Seeds(dict):
    """Shown as <seeds> in hypothesis' reports instead of two whole documents."""

    def __repr__(self) -> str:
        return "<seeds>"


@pytest.fixture(scope="module")
def seeds(library_workspace_file) -> Seeds:
    """A real .docx and Akoma Ntoso export of a real draft (CoE Convention, preamble + 36 articles)."""
    with Workspace.open(library_workspace_file, sync_library=False) as ws:
        draft = draft_from_source("Seed", ws.clauses(source="coe-ai-convention"))
    return Seeds(docx=docx_bytes(draft), akn=akn_bytes(draft))


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _import_clearly(path: Path) -> None:
    """Import ``path``: an ImportResult or an ImportFailure naming the file, within 20 s."""
    try:
        with at_most(20):
            result = import_file(path)
        assert isinstance(result, ImportResult) and result.draft.title
    except ImportFailure as exc:
        assert path.name in str(exc), str(exc)


@FUZZ
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 8),
       where=st.sampled_from(["zip bytes", "document.xml", "styles.xml", "any part"]))
def test_mutated_docx_files_import_or_give_an_import_failure(seeds, tmp_path, seed, rounds, where):
    rng = random.Random(seed)
    if where == "zip bytes":
        data = mutate(seeds["docx"], rng, rounds)
    else:
        members = _members(seeds["docx"])
        name = {"document.xml": "word/document.xml", "styles.xml": "word/styles.xml"}.get(
            where, rng.choice(sorted(members)))
        members[name] = mutate(members[name], rng, rounds)
        data = _zip(members)
    path = tmp_path / f"mutated-{seed}.docx"
    path.write_bytes(data)
    _import_clearly(path)
    path.unlink()


@FUZZ
@given(seed=st.integers(0, 2**32), rounds=st.integers(1, 8))
def test_mutated_akoma_ntoso_files_import_or_give_an_import_failure(seeds, tmp_path, seed, rounds):
    path = tmp_path / f"mutated-{seed}.xml"
    path.write_bytes(mutate(seeds["akn"], random.Random(seed), rounds))
    _import_clearly(path)
    path.unlink()


def _lying_zip(real_size: int, claimed: int) -> bytes:
    """A .docx whose body inflates to ``real_size`` bytes while its headers claim ``claimed``."""
    body = b"<w:document>" + b" " * real_size
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": body}))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):   # local header, directory
        at = data.find(signature)
        while at >= 0:
            name_len = struct.unpack_from("<H", data, at + (26 if signature == b"PK\x03\x04" else 28))[0]
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if bytes(data[name_at:name_at + name_len]) == b"word/document.xml":
                struct.pack_into("<I", data, at + offset, claimed)
            at = data.find(signature, at + 4)
    return bytes(data)


def test_a_zip_that_lies_about_its_sizes_is_refused(tmp_path):
    path = tmp_path / "lying.docx"
    path.write_bytes(_lying_zip(150 * 1024 * 1024, 1000))
    assert path.stat().st_size < 1_000_000
    with at_most(20), pytest.raises(ImportFailure) as caught:
        import_file(path)
    assert "lying.docx" in str(caught.value)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-16-be", "utf-16-le"])
def test_entities_are_refused_whatever_the_encoding(tmp_path, encoding):
    """A Word body in UTF-32 or BOM-less UTF-16 hides its DOCTYPE from a byte search."""
    xml = (f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
           '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>Article 1</w:t></w:r></w:p><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'
           '</w:body></w:document>')
    path = tmp_path / f"entities-{encoding}.docx"
    path.write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml.encode(encoding)}))
    with at_most(20), pytest.raises(ImportFailure, match="DOCTYPE") as caught:
        import_file(path)
    assert path.name in str(caught.value)


def test_absurdly_nested_xml_is_refused_quickly(tmp_path):
    depth = 300_000
    xml = ('<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
           + "<p>" * depth + "</p>" * depth + "</akomaNtoso>")
    path = tmp_path / "nested.xml"
    path.write_text(xml, encoding="utf-8")
    with at_most(20), pytest.raises(ImportFailure) as caught:
        import_file(path)
    assert "nested.xml" in str(caught.value)

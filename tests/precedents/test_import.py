"""Importing ToTA folders: real files, re-import in place, damaged texts flagged, bad input refused cleanly."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from workbench import files
from workbench.core.precedents import PrecedentError
from workbench.precedents import tota
from workbench.precedents.importer import import_folder
from workbench.storage.precedents import PrecedentStore

from .conftest import SAMPLE, synthetic, tota_file


def test_a_real_file_is_read_with_its_metadata_chapters_and_articles():
    agreement = tota.read(tota_file("pta_449"))
    assert agreement.id == "pta_449" and agreement.name == "Trans-Pacific Partnership"
    assert agreement.year == 2016 and agreement.date_signed == "2016-02-03"
    assert {"AUS", "JPN", "USA", "VNM"} <= set(agreement.parties)
    assert agreement.language == "en" and agreement.status
    assert "Electronic Commerce" in agreement.chapters()
    article = next(a for a in agreement.articles if a.number == "ARTICLE 14.11")
    assert article.chapter == "Electronic Commerce" and article.name.startswith("Cross-Border Transfer")
    assert "cross-border transfer of information by electronic means" in article.text
    other = tota.read(tota_file("pta_442"))
    assert other.wto_rta_id == "911" and other.region == "North America; Central America"
    assert [s["type"] for s in other.sources][:1] == ["full text"]


def test_the_sample_is_imported_whole_and_damage_is_flagged_not_dropped(sample_store):
    counts = sample_store.counts()
    expected = sum(len(tota.read(tota_file(n)).articles) for n in SAMPLE)
    assert counts["agreements"] == len(SAMPLE) and counts["articles"] == expected
    flagged = {a["id"] for a in sample_store.agreements() if a["damaged"]}
    assert "pta_335" in flagged                 # Peru - Singapore: "ofthis", "territoryofeachParty"
    assert "pta_449" not in flagged and "pta_442" not in flagged
    peru = sample_store.agreement_articles("pta_335")
    assert len(peru) == len(tota.read(tota_file("pta_335")).articles)      # kept, every article
    assert all(a["damaged"] for a in peru)


def test_reimport_updates_in_place(synthetic_folder, tmp_path):
    path = tmp_path / "w.treaty.precedents"
    first = import_folder(synthetic_folder, path)
    assert (first.agreements, first.articles, first.added) == (2, 4, 2)
    again = import_folder(synthetic_folder, path)
    assert (again.agreements, again.articles, again.unchanged, again.added) == (2, 4, 2, 0)
    (synthetic_folder / "pta_9002.xml").write_text(synthetic(9002, "Beta - Gamma (amended)", 2011, ["BBB", "CHN"], [
        ("Dispute Settlement", "ARTICLE 8", "Any dispute shall be settled by arbitration.")]), encoding="utf-8")
    changed = import_folder(synthetic_folder, path)
    assert (changed.agreements, changed.articles, changed.updated, changed.unchanged) == (2, 3, 1, 1)
    with PrecedentStore.open(path) as store:
        assert store.agreement("pta_9002")["name"] == "Beta - Gamma (amended)"
        assert store.search("arbitration")[0]["agreement_id"] == "pta_9002"
        assert store.search("consultations") == []          # the old text left the index
        bands = store.conn.execute("SELECT count(*) FROM bands").fetchone()[0]
        assert 0 < bands <= 3 * 32


def test_other_files_are_skipped_with_their_reason(synthetic_folder, tmp_path):
    (synthetic_folder / "README.md").write_text("notes")
    (synthetic_folder / "pta_1.xml").write_text("<treaty><meta>")                 # malformed
    (synthetic_folder / "pta_2.xml").write_text('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa">]><treaty/>')
    (synthetic_folder / "pta_3.xml").write_text("<html><body/></html>")
    (synthetic_folder / "pta_4.xml").write_bytes(b"")
    summary = import_folder(synthetic_folder, tmp_path / "w.treaty.precedents")
    assert summary.agreements == 2
    reasons = dict(summary.skipped)
    assert "not a ToTA agreement file" in reasons["README.md"]
    assert "not well-formed XML" in reasons["pta_1.xml"]
    assert "document type" in reasons["pta_2.xml"]
    assert "not a ToTA agreement" in reasons["pta_3.xml"]
    assert "empty" in reasons["pta_4.xml"]
    assert summary.to_dict()["skipped"][0]["template"]


@pytest.mark.parametrize("kind", ["missing", "file", "empty", "others"])
def test_a_folder_without_agreements_is_refused_and_nothing_is_written(kind, tmp_path):
    folder = tmp_path / "in"
    if kind == "file":
        folder.write_text("x")
    elif kind in ("empty", "others"):
        folder.mkdir()
        if kind == "others":
            (folder / "notes.txt").write_text("x")
    store = tmp_path / "w.treaty.precedents"
    with pytest.raises(PrecedentError) as caught:
        import_folder(folder, store)
    assert str(folder) in str(caught.value)
    assert not store.exists()


def test_a_corrupt_or_foreign_collection_is_refused_with_a_message(synthetic_folder, tmp_path):
    garbled = tmp_path / "a.treaty.precedents"
    garbled.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    foreign = tmp_path / "b.treaty.precedents"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    for path in (garbled, foreign):
        before = path.read_bytes()
        with pytest.raises(PrecedentError) as caught:
            import_folder(synthetic_folder, path)
        assert str(path) in str(caught.value)
        assert path.read_bytes() == before


def test_a_failed_import_leaves_the_collection_and_the_workspace_as_they_were(synthetic_folder, workspace_path,
                                                                              tmp_path, monkeypatch):
    store = files.precedents_path(workspace_path)
    import_folder(synthetic_folder, store)
    workspace_before = hashlib.sha256(workspace_path.read_bytes()).hexdigest()
    with PrecedentStore.open(store) as s:
        counts = s.counts()
    (synthetic_folder / "pta_9003.xml").write_text(synthetic(9003, "Delta", 2015, ["DDD"], [("X", "ARTICLE 1", "text")]))
    from workbench.storage import precedents

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(precedents.PrecedentStore, "add_bands", broken)
    with pytest.raises(PrecedentError) as caught:
        import_folder(synthetic_folder, store)
    assert "disk I/O error" in str(caught.value) and str(store) in str(caught.value)
    with PrecedentStore.open(store) as s:
        assert s.counts() == counts
    assert hashlib.sha256(workspace_path.read_bytes()).hexdigest() == workspace_before


def test_exports_never_replace_the_collection(synthetic_folder, workspace_path):
    store = files.precedents_path(workspace_path)
    assert store.name == workspace_path.name + ".precedents"
    import_folder(synthetic_folder, store)
    for target in (store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")):
        with pytest.raises(files.ProtectedFileError):
            files.check_target(target)

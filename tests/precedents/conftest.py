"""Precedent fixtures: a sample of the real ToTA files, imported once, and small synthetic files.

The real corpus is read from ``TREATY_TOTA_DIR`` (default ``../shared/datasets/tota/xml``); tests
that need it are skipped when it is absent. The whole corpus is imported by the benchmark
(``benchmarks/precedents.py``), not here: the tests import a sample.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOTA_DIR = Path(os.environ.get("TREATY_TOTA_DIR", REPO.parent / "shared" / "datasets" / "tota" / "xml"))
#: TPP (English and Spanish), its predecessor P4, Peru-Singapore (OCR damage), Japan-Mongolia, and
#: agreements of China, Korea, ASEAN, the EU, EFTA … (signed 1957-2016).
SAMPLE = ["pta_449", "pta_450", "pta_8", "pta_335", "pta_425", "pta_1", "pta_62", "pta_372", "pta_376",
          "pta_398", "pta_405", "pta_147", "pta_152", "pta_200", "pta_204", "pta_109", "pta_442", "pta_174",
          "pta_127", "pta_363", "pta_34", "pta_149", "pta_148", "pta_232", "pta_247"]


def tota_file(name: str) -> Path:
    path = TOTA_DIR / f"{name}.xml"
    if not path.is_file():
        pytest.skip(f"the ToTA corpus is not at {TOTA_DIR} (set TREATY_TOTA_DIR)")
    return path


@pytest.fixture(scope="session")
def sample_folder(tmp_path_factory) -> Path:
    """A folder with the sample's real ToTA files."""
    if not TOTA_DIR.is_dir():
        pytest.skip(f"the ToTA corpus is not at {TOTA_DIR} (set TREATY_TOTA_DIR)")
    folder = tmp_path_factory.mktemp("tota-sample")
    for name in SAMPLE:
        shutil.copyfile(tota_file(name), folder / f"{name}.xml")
    return folder


@pytest.fixture(scope="session")
def sample_store_file(sample_folder, tmp_path_factory) -> Path:
    """The sample imported once (in worker processes, as the command does)."""
    from workbench.precedents.importer import import_folder

    path = tmp_path_factory.mktemp("precedents") / "sample.treaty.precedents"
    import_folder(sample_folder, path)
    return path


@pytest.fixture
def sample_store(sample_store_file, tmp_path):
    from workbench.storage.precedents import PrecedentStore

    path = tmp_path / "w.treaty.precedents"
    shutil.copyfile(sample_store_file, path)
    store = PrecedentStore.open(path, read_only=True)
    yield store
    store.close()


def synthetic(number: int, name: str, year: int, parties: list[str], articles: list[tuple[str, str, str]],
              region: str = "East Asia") -> str:
    """A small ToTA file: ``articles`` are (chapter, "ARTICLE n", text)."""
    from xml.sax.saxutils import escape
    codes = "".join(f'<partyisocode n="{i}">{p}</partyisocode>' for i, p in enumerate(parties, 1))
    body = "".join(f'<chapter name="{escape(c)}" chapter_identifier="{number}{i}"><article number="{n}" '
                   f'name="Article {i}" article_identifier="{number}00{i}">{escape(t)}</article></chapter>'
                   for i, (c, n, t) in enumerate(articles, 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><treaty><meta><name>{escape(name)}</name><type>Free Trade '
            f'Agreement</type><wto_rta_id>{number}</wto_rta_id><treaty_identifier>{number}</treaty_identifier>'
            f'<status>In Force</status><date_signed>{year}-01-15</date_signed><parties_original>{codes}'
            f'</parties_original><parties>{codes}</parties><region>{region}</region><language>en</language>'
            f'</meta><body>{body}</body></treaty>')


@pytest.fixture
def synthetic_folder(tmp_path) -> Path:
    folder = tmp_path / "synthetic"
    folder.mkdir()
    clause = ("Each Party shall adopt or maintain a legal framework that provides for the protection of the "
              "personal information of the users of electronic commerce.")
    (folder / "pta_9001.xml").write_text(synthetic(9001, "Alpha - Beta", 2003, ["AAA", "BBB"], [
        ("Electronic Commerce", "ARTICLE 1", clause),
        ("Customs", "ARTICLE 2", "The customs authorities of the Parties shall cooperate on rules of origin.")]),
        encoding="utf-8")
    (folder / "pta_9002.xml").write_text(synthetic(9002, "Beta - Gamma", 2010, ["BBB", "CHN"], [
        ("Electronic Commerce", "ARTICLE 7", clause.replace("adopt or maintain", "maintain")),
        ("Dispute Settlement", "ARTICLE 8", "Any dispute between the Parties shall be settled by consultations.")],
        region="Europe"), encoding="utf-8")
    return folder

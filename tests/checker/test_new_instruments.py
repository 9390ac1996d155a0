"""The instruments added after the legal review (A/RES/78/265, the G7 Hiroshima Code of Conduct)
are read by the checker with sensible verdicts, and what they are is said on the evidence."""
from __future__ import annotations

import pytest

from workbench.core.assemble import draft_from_source


@pytest.fixture
def reports(workspace, checker):
    out = {}
    for source in ("unga-78-265", "g7-hiroshima-code-of-conduct"):
        draft = draft_from_source(source, workspace.clauses(source=source))
        out[source] = (draft, checker.check(draft))
    return out


def test_neither_instrument_reads_as_binding(reports):
    for source, (_draft, report) in reports.items():
        b1 = report.finding("B1")
        assert b1.verdict != "met", source
        if "counts" in b1.details:           # read paragraph by paragraph
            assert b1.details["counts"]["hortatory"] > b1.details["counts"]["mandatory"], source
        else:                                 # read as an instrument that binds no one (checker.elements.profile)
            assert b1.details["binding"] is False, source
        for criterion in ("B3", "B4", "F3"):                # no machinery, no final clauses
            assert report.finding(criterion).verdict == "missing", (source, criterion)
    # a General Assembly resolution needs no accession: universal by its author (the eval's gold reading)
    assert reports["unga-78-265"][1].finding("U1").verdict == "met"
    assert reports["g7-hiroshima-code-of-conduct"][1].finding("U1").verdict != "met"     # a G7 code
    assert reports["unga-78-265"][1].finding("B1").verdict == "missing"      # Encourages, Calls upon only


def test_what_they_are_about_is_found(reports):
    resolution = reports["unga-78-265"][1]
    assert resolution.finding("D1").verdict in ("met", "partial")             # capacity building, op 4
    assert resolution.finding("D2").verdict in ("met", "partial")             # digital divides, op 1
    assert resolution.finding("R3").verdict in ("met", "partial")             # data governance, op 7
    code = reports["g7-hiroshima-code-of-conduct"][1]
    assert code.finding("R1").verdict in ("met", "partial")                   # risk identification, Action 1
    assert code.finding("R4").verdict in ("met", "partial")                   # transparency reports, Action 3


def test_evidence_says_the_text_is_official_and_from_a_non_binding_instrument(reports):
    natures = {"unga-78-265": "resolution", "g7-hiroshima-code-of-conduct": "soft-law"}
    for source, (draft, report) in reports.items():
        quoted = [e for f in report.findings for e in f.evidence if e.article_id]
        assert quoted, source
        for evidence in quoted:
            assert (evidence.provenance, evidence.nature) == ("official", natures[source])
            assert "non-binding instrument" in evidence.provenance_label("en")
            assert "非约束性文书" in evidence.provenance_label("zh")

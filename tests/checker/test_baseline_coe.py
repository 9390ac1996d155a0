"""On the whole CoE Convention the checker reproduces seed 000's critique, criterion by criterion."""
from __future__ import annotations

import pytest

from checker_helpers import numbers


def test_thin_core_chapters_and_declaratory_third(coe_report, coe_draft):
    f1 = coe_report.finding("F1")
    assert f1.verdict == "partial"
    chapters = {row["chapter"]: row for row in f1.details["chapters"]}
    assert f1.details["thin"] == [2, 4]                      # Chapter II (Arts. 4, 5) and IV (Arts. 14, 15)
    assert chapters[2]["articles"] == 2 and chapters[4]["articles"] == 2
    assert f1.details["articles"] == len(coe_draft.articles()) == 36
    declaratory = {row["chapter"] for row in f1.details["chapters"] if row["declaratory"]}
    assert {3, 6} <= declaratory                             # the seed's Chapters III and VI
    assert f1.details["declaratory_share"] > 1 / 3
    assert "Chapter II" in f1.summary and "Chapter IV" in f1.summary


def test_no_consequence_of_breach(coe_report):
    b3 = coe_report.finding("B3")
    assert b3.verdict == "missing"
    assert b3.suggestions, "a compliance or penalty clause should be suggested"


def test_dispute_settlement_by_negotiation_only(coe_report, coe_draft):
    b4 = coe_report.finding("B4")
    assert b4.verdict != "met"
    assert b4.details["grade"] == 1 and b4.details["grade_name"] == "negotiation"
    assert 29 in numbers(b4.evidence)
    assert any(e.quote == "negotiation" for e in b4.evidence)


def test_national_security_defence_and_private_sector_carve_outs(coe_report):
    b6 = coe_report.finding("B6")
    assert b6.verdict == "missing"
    assert {"national-security", "defence", "private-sector"} <= set(b6.details["carve_outs"])
    assert numbers(b6.evidence) == {3}
    quotes = " ".join(e.quote.lower() for e in b6.evidence)
    assert "national security" in quotes and "national defence" in quotes


def test_the_ban_is_deferred(coe_report):
    b7 = coe_report.finding("B7")
    assert b7.verdict == "partial"
    assert b7.details["decided"] == 0 and b7.details["deferred"] >= 1
    deferred = [e for e in b7.evidence if e.problem]
    assert deferred and deferred[0].number == 16 and deferred[0].quote == "assess the need for"
    assert "(4)" in deferred[0].heading


def test_accession_only_by_invitation(coe_report):
    u1 = coe_report.finding("U1")
    assert u1.verdict == "missing"
    assert u1.details["accession_restricted"] and not u1.details["open"]
    assert 31 in numbers(u1.evidence)
    assert "invit" in u1.summary.lower()


@pytest.mark.parametrize("principle", ["gdc-2", "gdc-5", "gdc-8", "gdc-12"])
def test_gdc_principles_well_short_of_13(coe_report, principle):
    u7 = coe_report.finding("U7")
    assert u7.verdict == "partial"
    assert u7.details["total"] == 13
    assert u7.details["covered_count"] <= 8
    assert principle in u7.details["missing"]


def test_gdc_missing_principles_are_named(coe_report):
    summary = coe_report.finding("U7").summary
    for name in ("development orientation", "sustainability", "interoperability",
                 "implementation resources for developing countries"):
        assert name in summary


@pytest.mark.parametrize("criterion", ["D1", "D3", "S2"])
def test_development_sustainability_and_standards_missing(coe_report, criterion):
    finding = coe_report.finding(criterion)
    assert finding.verdict == "missing"
    assert finding.suggestions, f"{criterion} should come with suggested clauses"


def test_sustainability_only_in_the_preamble_does_not_count(coe_report):
    assert "preamble" in coe_report.finding("D3").summary.lower()


def test_generative_ai_not_addressed_beyond_content_identification(coe_report):
    r2 = coe_report.finding("R2")
    assert r2.verdict == "partial"
    assert r2.details["aspects"] == {"generative": "absent", "labelling": "partial"}
    assert numbers(r2.evidence) == {8}


def test_treaty_body_is_consultative(coe_report):
    b8 = coe_report.finding("B8")
    assert b8.verdict == "partial"
    assert b8.details["aspects"]["treaty-body"] == "full"
    assert b8.details["aspects"]["powers"] != "full"


def test_form_is_otherwise_complete(coe_report):
    for criterion in ("F2", "F3", "F4", "F5", "F6", "F7"):
        assert coe_report.finding(criterion).verdict == "met", coe_report.finding(criterion).summary


def test_scores_are_weighted_per_group(coe_report):
    groups = {g.id: g for g in coe_report.groups}
    assert set(groups) == {"B", "R", "D", "U", "S", "F"}
    assert 0 < coe_report.score < 70
    assert groups["F"].score > groups["D"].score
    assert sum(g.counts["missing"] for g in groups.values()) == sum(
        1 for f in coe_report.findings if f.verdict == "missing")

"""An article's heading names what the article does ([headings] in resources/reading.toml): a drafter
titles an article "Entry into Force", "Security Exceptions" or "Joint Committee" whatever words its
provisions use, so the kind is read from the heading when the provisions did not show it, tagged
"heading". Headings that name a subject only in passing ("Termination of Proceedings", "Withdrawal of
a complaint", "Review of schedules") give nothing.

Each text is a short example written for the test, not treaty text.
"""
from __future__ import annotations

import pytest

from checker_helpers import elements

# a provision whose words the phrase reading does not take for any final clause or institution
PLAIN = "The arrangements set out herein apply as the Parties have provided."


def _heading_kinds(title: str, *texts: str) -> dict[str, tuple]:
    if "\u4e00" <= title[-1] <= "\u9fff":            # a Chinese draft: the heading in title_zh
        from workbench.checker.analysis import Analyser
        from workbench.checker.examples import article
        node = article("", *(texts or ("本协定的安排依双方规定适用。",)))
        node.title_zh = title
        return {e.kind: e.tags for e in Analyser().analyse(node).elements if e.para == -1}
    return {e.kind: e.tags for e in elements(*(texts or (PLAIN,)), title=title) if e.para == -1}


@pytest.mark.parametrize("title, kind", [
    ("Entry into Force", "entry-into-force"),
    ("Article 27 – Coming into Effect.", "entry-into-force"),
    ("Duration and Termination", "withdrawal"),
    ("Denunciation", "withdrawal"),
    ("Amendments", "amendment"),
    ("Accession", "accession"),
    ("Depositary", "depositary"),
    ("Authentic Texts", "authentic-texts"),
    ("Languages", "authentic-texts"),
    ("Reservations", "reservations"),
    ("Definitions", "definitions"),
    ("Settlement of Disputes", "dispute-settlement"),
    ("Consultations", "dispute-settlement"),
    ("General Exceptions", "exception-general"),
    ("Security Exceptions", "exception-security"),
    ("Joint Committee", "treaty-body"),
    ("Establishment of the Trade Council", "treaty-body"),
    ("Functions of the Joint Committee", "body-powers"),
    ("Relation to Other Agreements", "relation-to-other-agreements"),
    ("Special and Differential Treatment", "development-assistance"),
    ("National Treatment", "obligation-of-result"),
    ("Suspension of Concessions", "sanction-or-compliance"),
    ("Non-Application", "carve-out-scope"),
    ("第三十条 生效", "entry-into-force"),
    ("争端解决", "dispute-settlement"),
    ("安全例外", "exception-security"),
])
def test_heading_names_the_kind(title, kind):
    tags = _heading_kinds(title)
    assert kind in tags, (title, sorted(tags))
    assert "heading" in tags[kind]


@pytest.mark.parametrize("title, kind", [
    ("Termination of Proceedings", "withdrawal"),
    ("Withdrawal of a Complaint", "withdrawal"),
    ("Review of Schedules", "review"),
    ("Dispute Prevention", "dispute-settlement"),
    ("Rules of Origin", "treaty-body"),
    ("Cooperation on Standards", "obligation-of-result"),
    ("Entry of Business Persons", "entry-into-force"),
])
def test_a_heading_that_names_a_subject_gives_nothing(title, kind):
    assert kind not in _heading_kinds(title)


def test_the_provisions_reading_comes_first():
    # the provision shows the kind with its own quote and tags; the heading adds no second hit
    found = elements("This Agreement shall enter into force on the date of its signature.", title="Entry into Force")
    hits = [e for e in found if e.kind == "entry-into-force"]
    assert [e.para for e in hits] == [0]
    assert "heading" not in hits[0].tags


def test_heading_element_is_evidence_of_the_article_in_a_check():
    from workbench.checker import Checker
    from workbench.checker.examples import article
    from workbench.core.model import Draft
    draft = Draft(title="Trade Agreement", children=[
        article("Trade", "The Parties shall eliminate customs duties on imports of originating goods."),
        article("Duration and Termination", PLAIN)])
    report = Checker().check(draft, suggestions=False)
    withdrawal = next(e for e in report.elements if e.kind == "withdrawal")
    assert [e.number for e in withdrawal.evidence] == [2]

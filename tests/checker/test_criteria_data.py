"""resources/criteria.toml: every criterion of the specification, as data a legal expert can edit."""
from __future__ import annotations

import pytest

from workbench.checker.criteria import EXPECTED_IDS, CriteriaError, load_criteria
from workbench.checker import Checker
from workbench.checker.examples import draft_of


def test_every_criterion_of_the_specification_is_there():
    criteria = load_criteria()
    assert [c.id for c in criteria] == EXPECTED_IDS
    assert {g.id for g in criteria.groups} == {"B", "R", "D", "U", "S", "F"}
    for crit in criteria:
        assert crit.title_en and crit.title_zh and crit.rationale and crit.weight > 0
        assert crit.seed in ("000", "002", "000; 002", "002; 000")
        assert crit.section and crit.quote
        assert any("\u4e00" <= ch <= "\u9fff" for ch in crit.quote), f"{crit.id}: quote the seed's own words"


def test_gdc_principles_are_data():
    u7 = load_criteria()["U7"]
    principles = [a for a in u7.aspects if a.id.startswith("gdc-")]
    assert len(principles) == 13
    assert principles[1].label_zh.endswith("以发展为导向") and principles[11].label_en.endswith("developing countries")
    assert all(p.en and p.zh for p in principles)


def _write(tmp_path, text):
    path = tmp_path / "criteria.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_editing_the_data_changes_the_verdict(tmp_path):
    from workbench.paths import RESOURCES_DIR
    text = (RESOURCES_DIR / "criteria.toml").read_text(encoding="utf-8")
    draft = draft_of("Each Party shall assess the carbon footprint of AI systems.")
    assert Checker(criteria=load_criteria()).check_one(draft, "D3").verdict == "met"
    edited = text.replace('"climate", "carbon"]', '"climate"]', 1)
    assert edited != text
    assert Checker(criteria=load_criteria(_write(tmp_path, edited))).check_one(draft, "D3").verdict == "missing"


@pytest.mark.parametrize("mutation, message", [
    (lambda t: t.replace('\nmet_when = "all"', '\nmet_when = "most"', 1), "met_when"),
    (lambda t: t.replace('min_strength = "declaratory"', 'min_strength = "binding"', 1), "min_strength"),
    (lambda t: t.replace('with = "remedies"', 'with = "nothing"', 1), "names no aspect"),
    (lambda t: t.replace('group = "B"', 'group = "Q"', 1), "is not a [[group]]"),
    (lambda t: t.replace("[scoring]", "[scoring\n", 1), "not valid TOML"),
    (lambda t: t.replace('label_en = "risk tiers"', 'label_en = "risk tiers"\ncolour = "red"', 1), "unknown key"),
])
def test_malformed_data_names_file_line_and_problem(tmp_path, mutation, message):
    from workbench.paths import RESOURCES_DIR
    text = (RESOURCES_DIR / "criteria.toml").read_text(encoding="utf-8")
    path = _write(tmp_path, mutation(text))
    with pytest.raises(CriteriaError) as info:
        load_criteria(path)
    assert message in str(info.value) and str(path) in str(info.value)
    assert ":" in str(info.value).split(str(path), 1)[1][:8]

"""Word-level (English) and character-level (Chinese) diffs: the old and new texts always rebuild."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from workbench.core import textdiff

LINE = st.text(alphabet="ab cd,.\u00a0中文条约", max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=6), st.lists(LINE, max_size=6))
def test_diffs_rebuild_both_texts(old, new):
    for ops in (textdiff.diff("\n".join(old), "\n".join(new)), textdiff.diff_lines(old, new)):
        assert textdiff.old_text(ops) == "\n".join(old)
        assert textdiff.new_text(ops) == "\n".join(new)
        assert all(op["text"] for op in ops)


def test_tokens_are_words_and_single_chinese_characters():
    assert textdiff.tokens("Each Party's 2.5 measures") == ["Each", " ", "Party's", " ", "2.5", " ", "measures"]
    assert textdiff.tokens("缔约方应当") == list("缔约方应当")
    assert textdiff.has_cjk("Article 5 第五条") and not textdiff.has_cjk("Article 5")


def test_a_replaced_phrase_reads_as_one_change():
    ops = textdiff.diff("The Parties shall promptly notify the Depositary.",
                        "The Parties may, where possible, inform the Depositary.")
    changed = [op for op in ops if op["op"] != "equal"]
    assert [op["op"] for op in changed] == ["delete", "insert"]
    assert changed[0]["text"] == "shall promptly notify" and changed[1]["text"] == "may, where possible, inform"


def test_whitespace_normalisation():
    assert textdiff.normalize_space("  a\u00a0 b \n\n c\t d ") == "a b\nc d"
    assert textdiff.normalize_space("plain text") == "plain text"

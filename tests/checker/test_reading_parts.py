"""The reading searches an element's patterns one by one where their keys occur (``reading_spec.Parts``),
for speed; it must find exactly what the patterns joined into one expression find: the same span on
every line of the development texts, English and Chinese, for every element."""
from __future__ import annotations

from pathlib import Path

from workbench.checker.reading_spec import default_reading

ROOT = Path(__file__).resolve().parents[2]


def _lines(name: str, limit: int = 1500) -> list[str]:
    lines = []
    for path in sorted((ROOT / "benchmarks" / "eval" / "dev").glob(f"*/{name}")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 20]
    return lines[:limit]


def test_the_patterns_one_by_one_find_what_they_find_joined():
    spec = default_reading()
    checked = 0
    for lang, lines in (("en", _lines("text.md")), ("zh", _lines("text_zh.md") + _lines("bilingual_en.md", 200))):
        for text in lines:
            low = text.lower()
            for rule in spec.elements:
                joined, parts = rule.find.get(lang), rule.parts.get(lang)
                if joined is None:
                    assert parts is None
                    continue
                expected = joined.search(text)
                found = parts.search(text, low)
                assert (found.span() if found else None) == (expected.span() if expected else None), (rule.kind, text)
                checked += 1
    assert checked > 10000

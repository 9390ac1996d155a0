"""Counted nouns in English messages: "1 article", "3 articles" (Chinese has no plural: its
messages say "3条" in their own wording)."""
from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    """'1 article' / '0 articles' / '3 articles'."""
    return f"{count} {one if count == 1 else many}"

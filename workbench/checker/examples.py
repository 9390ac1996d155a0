"""Small drafts for the rules' docstring examples (and for tests): text in, verdict out.

>>> verdict("R2", "Each Party shall regulate generative AI and large language models.")
'met'
"""
from __future__ import annotations

from ..core.model import Draft, Node, NodeKind
from .registry import Outcome


def _para(text: str) -> Node:
    if any("\u4e00" <= ch <= "\u9fff" for ch in text) and not any(ch.isascii() and ch.isalpha() for ch in text):
        return Node(kind=NodeKind.PARAGRAPH, text="", text_zh=text)
    return Node(kind=NodeKind.PARAGRAPH, text=text)


def article(title: str, *paragraphs: str) -> Node:
    """A free-text article; a paragraph written in Chinese only goes into ``text_zh``."""
    return Node(kind=NodeKind.ARTICLE, title=title, children=[_para(p) for p in paragraphs])


def draft_of(*texts: str, title: str = "Example draft") -> Draft:
    """A draft with one article per text."""
    return Draft(title=title, children=[article(f"Article {i}", text) for i, text in enumerate(texts, 1)])


def chapters_draft(chapters: dict[str, list[str]], title: str = "Example draft") -> Draft:
    """A draft with chapters, each holding one article per text."""
    draft = Draft(title=title)
    for name, texts in chapters.items():
        chapter = Node(kind=NodeKind.CHAPTER, title=name)
        chapter.children = [article(f"{name} {i}", text) for i, text in enumerate(texts, 1)]
        draft.children.append(chapter)
    return draft


def run(draft: Draft, criterion_id: str) -> Outcome:
    """One criterion decided on ``draft`` (no library, no suggestions)."""
    from .engine import Checker
    return _checker(Checker).check_one(draft, criterion_id)


def check_texts(criterion_id: str, *texts: str) -> Outcome:
    return run(draft_of(*texts), criterion_id)


def verdict(criterion_id: str, *texts: str) -> str:
    """The verdict of one criterion on a draft made of ``texts`` (one article each)."""
    return check_texts(criterion_id, *texts).verdict


_CHECKER = None


def _checker(cls):
    global _CHECKER
    if _CHECKER is None:
        _CHECKER = cls()
    return _CHECKER

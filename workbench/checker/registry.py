"""The rules registry: special-logic rules registered under the stable criterion ids they decide.

Like pycodestyle's ``register_check``: a rule is a plain function, registered by a decorator,
whose docstring examples run as tests. A criterion without a registered rule is decided by the
generic signal rule from its aspects in resources/criteria.toml.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..core.numbering import chinese_numeral
from .findings import Evidence

#: criterion id -> rule function ``(ctx, criterion) -> Outcome``
CHECKS: dict[str, Callable] = {}
#: criterion id -> suggestion function ``(ctx, criterion, outcome) -> list[Suggestion]``
SUGGESTERS: dict[str, Callable] = {}


def register_check(*criterion_ids: str):
    """Register the decorated function as the rule deciding ``criterion_ids``."""
    def decorate(func: Callable) -> Callable:
        for cid in criterion_ids:
            if cid in CHECKS and CHECKS[cid] is not func:
                raise ValueError(f"criterion {cid} already has a rule ({CHECKS[cid].__name__})")
            CHECKS[cid] = func
        func.criteria = criterion_ids
        return func
    return decorate


def register_suggester(*criterion_ids: str):
    """Register the decorated function as the suggestion finder for ``criterion_ids``."""
    def decorate(func: Callable) -> Callable:
        for cid in criterion_ids:
            SUGGESTERS[cid] = func
        return func
    return decorate


@dataclass
class Outcome:
    """What a rule decides: a verdict, why (in English and Chinese), evidence and details."""

    verdict: str
    summary: str
    summary_zh: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    details: dict = field(default_factory=dict)
    replaces: list[str] = field(default_factory=list)


def art_list(numbers, lang: str = "en", limit: int = 8) -> str:
    """'Art. 4, 5' / '第四、五条' for current article numbers (at most ``limit``, then '…')."""
    nums = sorted({n for n in numbers if isinstance(n, int)})
    if not nums:
        return ""
    more = len(nums) > limit
    nums = nums[:limit]
    if lang == "zh":
        return "第" + "、".join(chinese_numeral(n) for n in nums) + "条" + ("等" if more else "")
    return ("Art. " if len(nums) == 1 else "Arts. ") + ", ".join(str(n) for n in nums) + (" …" if more else "")


def join(items, lang: str = "en") -> str:
    items = [i for i in items if i]
    if lang == "zh":
        return "、".join(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]

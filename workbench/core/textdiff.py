"""Text diffs for treaty wording: word-level for English, character-level for Chinese.

A diff is a list of operations ``{"op": "equal" | "insert" | "delete", "text": str}`` whose
``equal`` + ``delete`` texts concatenate to the old text and ``equal`` + ``insert`` texts to the
new one. Paragraph breaks are ``"\\n"`` tokens of their own, so a redline can mark a paragraph
mark as inserted or deleted.
"""
from __future__ import annotations

import difflib
import re

# One Han (or other CJK ideograph / kana / fullwidth punctuation) character per token, so Chinese
# is diffed character by character; Latin words, numbers, whitespace and punctuation otherwise.
_CJK = (r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
        r"\U00020000-\U0002fa1f]")
# A reference placeholder (``⟦R:…⟧``, see ``compare_text``) is one token: it changes whole or not at all.
_TOKEN_RE = re.compile(r"⟦[^⟧\n]*⟧|" + _CJK + r"|\n|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\S\n]+|.",
                       re.UNICODE)
_CJK_RE = re.compile(_CJK)
_CJK_RUN_RE = re.compile(_CJK + "+")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_SPACE_RE = re.compile(r"[^\S\n]+")


def tokens(text: str) -> list[str]:
    """Split ``text`` into diff tokens; ``"".join(tokens(t)) == t`` always holds."""
    return _TOKEN_RE.findall(text)


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text or ""))


def normalize_space(text: str) -> str:
    """Collapse runs of spaces (incl. no-break and tabs) inside lines; strip each line."""
    if not text:
        return ""
    if "  " not in text and "\n" not in text and "\u00a0" not in text and "\t" not in text \
            and not text[0].isspace() and not text[-1].isspace():
        return text
    lines = [_SPACE_RE.sub(" ", line.replace("\u00a0", " ")).strip() for line in (text or "").split("\n")]
    return "\n".join(line for line in lines if line)


def diff(old: str, new: str) -> list[dict]:
    """The token diff from ``old`` to ``new``, adjacent operations of one kind merged."""
    if old == new:
        return [{"op": "equal", "text": old}] if old else []
    a, b = tokens(old), tokens(new)
    # Strip a common prefix and suffix first: cheap, and keeps SequenceMatcher's input small.
    start = 0
    limit = min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    ops: list[dict] = []
    if start:
        _push(ops, "equal", "".join(a[:start]))
    mid_a, mid_b = a[start:len(a) - end], b[start:len(b) - end]
    matcher = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(ops, "equal", "".join(mid_a[i1:i2]))
        else:
            if i2 > i1:
                _push(ops, "delete", "".join(mid_a[i1:i2]))
            if j2 > j1:
                _push(ops, "insert", "".join(mid_b[j1:j2]))
    if end:
        _push(ops, "equal", "".join(a[len(a) - end:]))
    return _tidy(ops)


def diff_lines(old: list[str], new: list[str]) -> list[dict]:
    """The diff of two texts given as lines (joined with ``"\n"``): lines are aligned first,
    then only lines that differ are diffed word by word; much faster on long articles."""
    if old == new:
        return diff("\n".join(old), "\n".join(new))
    a = [line + "\n" for line in old]
    b = [line + "\n" for line in new]
    ops: list[dict] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(ops, "equal", "".join(a[i1:i2]))
        elif tag == "replace":
            if i2 - i1 == j2 - j1:
                for x, y in zip(a[i1:i2], b[j1:j2]):
                    for op in diff(x, y):
                        _push(ops, op["op"], op["text"])
            else:
                for op in diff("".join(a[i1:i2]), "".join(b[j1:j2])):
                    _push(ops, op["op"], op["text"])
        else:
            if i2 > i1:
                _push(ops, "delete", "".join(a[i1:i2]))
            if j2 > j1:
                _push(ops, "insert", "".join(b[j1:j2]))
    # every line got a "\n": take the last one of each side off again
    last_old = max((i for i, o in enumerate(ops) if o["op"] != "insert"), default=None)
    last_new = max((i for i, o in enumerate(ops) if o["op"] != "delete"), default=None)
    if last_old is not None and last_new is not None and last_old != last_new and \
            "equal" in (ops[last_old]["op"], ops[last_new]["op"]):
        # "X\n" shared, then "Y\n" on one side only: becomes "X" shared, "\nY" on that side
        shared, own = sorted((last_old, last_new))
        ops[shared]["text"] = ops[shared]["text"][:-1]
        ops[own]["text"] = "\n" + ops[own]["text"][:-1]
    else:
        for index in {last_old, last_new} - {None}:
            ops[index]["text"] = ops[index]["text"][:-1]
    return _tidy([o for o in ops if o["text"]])


def _push(ops: list[dict], op: str, text: str) -> None:
    if not text:
        return
    if ops and ops[-1]["op"] == op:
        ops[-1]["text"] += text
    else:
        ops.append({"op": op, "text": text})


def _tidy(ops: list[dict]) -> list[dict]:
    """Fold a lone space between two changes into them ("a b" -> "c d" reads as one change)."""
    out: list[dict] = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if (op["op"] == "equal" and op["text"].strip() == "" and "\n" not in op["text"]
                and 0 < i < len(ops) - 1 and ops[i - 1]["op"] != "equal" and ops[i + 1]["op"] != "equal"):
            # text moves into both the deletion and the insertion around it
            dels = [o for o in out[-2:] if o["op"] == "delete"]
            ins = [o for o in out[-2:] if o["op"] == "insert"]
            if dels and ins:
                dels[-1]["text"] += op["text"]
                ins[-1]["text"] += op["text"]
                i += 1
                continue
        out.append(dict(op))
        i += 1
    merged: list[dict] = []
    for op in out:
        # after folding, deletions and insertions may interleave: keep all deletions first
        if merged and op["op"] == "delete" and merged[-1]["op"] == "insert" and len(merged) >= 2 \
                and merged[-2]["op"] == "delete":
            merged[-2]["text"] += op["text"]
            continue
        if merged and op["op"] == "insert" and merged[-1]["op"] == "insert":
            merged[-1]["text"] += op["text"]
            continue
        if merged and op["op"] == "delete" and merged[-1]["op"] == "delete":
            merged[-1]["text"] += op["text"]
            continue
        merged.append(op)
    return merged


def old_text(ops: list[dict]) -> str:
    return "".join(o["text"] for o in ops if o["op"] != "insert")


def new_text(ops: list[dict]) -> str:
    return "".join(o["text"] for o in ops if o["op"] != "delete")


def changed(ops: list[dict]) -> bool:
    return any(o["op"] != "equal" for o in ops)


def word_set(text: str) -> frozenset[str]:
    """Lower-cased words, and Chinese characters with each pair of neighbouring characters (a
    single character says little: most articles of a Chinese convention share 缔约国, 本公约),
    for Jaccard similarity."""
    text = (text or "").lower()
    if not _CJK_RE.search(text):
        return frozenset(_WORD_RE.findall(text))
    words = set(_WORD_RE.findall(_CJK_RE.sub(" ", text)))
    for run in _CJK_RUN_RE.findall(text):
        words.update(run)
        words.update(run[i:i + 2] for i in range(len(run) - 1))
    return frozenset(words)


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a and not b:
        return 1.0
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def containment(part: frozenset, whole: frozenset) -> float:
    """Share of ``part``'s words found in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0


def ratio(old: str, new: str) -> float:
    """difflib similarity of the two texts' token sequences (0..1)."""
    if old == new:
        return 1.0
    matcher = difflib.SequenceMatcher(None, tokens(old), tokens(new), autojunk=False)
    if matcher.real_quick_ratio() < 0.2:
        return matcher.real_quick_ratio()
    return matcher.ratio()

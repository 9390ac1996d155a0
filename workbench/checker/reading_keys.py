"""Words a pattern cannot match without: a cheap test that spares most regular-expression searches.

A provision is searched for an element only when it contains one of the element's keys, worked
out here from the patterns themselves (so a legal expert who edits a pattern never has to keep a
list of keys in step). A pattern whose keys cannot be worked out is always searched.

>>> sorted(required(r"\\bshall\\s+(?:enter|come)\\s+into\\s+force\\b"))
[' into force']
>>> sorted(required(r"\\b(?:committee|council)\\b[^.;]{0,80}\\bestablished"))
['established']
>>> required(r"\\b\\w+\\s+means\\b") == {' means'}
True
>>> required(r".") is None
True
"""
from __future__ import annotations

_LITERAL = set("abcdefghijklmnopqrstuvwxyz0123456789 -'/:,") | {chr(c) for c in range(0x4E00, 0xA000)} | set("，、“”《》")
_ESCAPED = {"s": " ", "-": "-", ".": ".", "'": "'", "/": "/", "(": "(", ")": ")"}
_SHORTEST = {True: 2, False: 4}          # a Chinese key of two characters tells as much as an English word


def _split(pattern: str, sep: str = "|") -> list[str]:
    """``pattern`` split at ``sep`` outside groups and classes."""
    parts, depth, klass, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if klass:
            klass = ch != "]"
        elif ch == "[":
            klass = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _close(pattern: str, i: int) -> int:
    """The index of the parenthesis closing the group opened at ``i``."""
    depth, klass = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if klass:
            klass = ch != "]"
        elif ch == "[":
            klass = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(pattern) - 1


def _optional(pattern: str, i: int) -> bool:
    """Whether the item ending before ``i`` may be absent or repeated (followed by ?, *, {0,…}, +, {n,m})."""
    return i < len(pattern) and (pattern[i] in "?*+{")


def _skip_quantifier(pattern: str, i: int) -> int:
    """The index after a quantifier standing at ``i`` (?, *, +, {n,m}, and a lazy ? after it)."""
    if i < len(pattern) and pattern[i] == "{" and "}" in pattern[i:]:
        i = pattern.index("}", i) + 1
    elif i < len(pattern) and pattern[i] in "?*+":
        i += 1
    else:
        return i
    return i + 1 if i < len(pattern) and pattern[i] in "?+" else i


def required(pattern: str) -> set[str] | None:
    """Keys (lower case) of which every match of ``pattern`` contains at least one; None if unknown."""
    alternatives = _split(pattern)
    if len(alternatives) > 1:
        sets = [required(alt) for alt in alternatives]
        return None if any(s is None for s in sets) else set().union(*sets)
    candidates: list[set[str]] = []
    chunk, i = "", 0

    def flush() -> None:
        nonlocal chunk
        text = chunk.strip(" ,")
        if len(text) >= _SHORTEST[any("\u4e00" <= c <= "\u9fff" for c in text)]:
            candidates.append({chunk.lower() if chunk.strip() == chunk else " " + text.lower() if chunk.startswith(" ") else text.lower()})
        chunk = ""

    while i < len(pattern):
        ch = pattern[i]
        if ch == "(":
            end = _close(pattern, i)
            inner = pattern[i + 1:end]
            flush()
            if not _optional(pattern, end + 1) and not inner.startswith(("?=", "?!", "?<=", "?<!")):
                body = inner.split(":", 1)[1] if inner.startswith("?") and ":" in inner[:6] else inner
                found = required(body)
                if found is not None:
                    candidates.append(found)
            i = _skip_quantifier(pattern, end + 1)
            continue
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            step = 2
            if nxt == "b":
                i += 2
                continue
            if nxt in _ESCAPED and (not _optional(pattern, i + 2) or (nxt == "s" and pattern.startswith("+", i + 2))):
                chunk += _ESCAPED[nxt]
                step = 3 if nxt == "s" and pattern.startswith("+", i + 2) else 2
            else:
                flush()
                step = _skip_quantifier(pattern, i + 2) - i
            i += step
            continue
        if ch in "{?*+":                    # a repetition: not text
            flush()
            i = max(_skip_quantifier(pattern, i), i + 1)
            continue
        if ch == "[":
            flush()
            j = i + 1
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = _skip_quantifier(pattern, j + 1)
            continue
        if ch.lower() in _LITERAL and not _optional(pattern, i + 1):
            chunk += ch
        else:
            flush()
            if ch.lower() in _LITERAL:          # an optional or repeated character: skip its quantifier
                i = _skip_quantifier(pattern, i + 1)
                continue
        i += 1
    flush()
    if not candidates:
        return None
    # the most telling: a single long word before a set of alternatives
    return min(candidates, key=lambda keys: (len(keys), -min(len(k) for k in keys)))

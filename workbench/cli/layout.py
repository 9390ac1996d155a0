"""Plain-text layout for the terminal: display widths (a Chinese character takes two columns),
padding to a column and wrapping that never breaks an English word and never starts a line with
closing punctuation."""
from __future__ import annotations

import re
import unicodedata

#: punctuation that may not begin a line (it closes what is before it)
_NO_LINE_START = set("，。、；：！？）》」』］】〕”’,.;:!?)]")
#: punctuation that may not end a line (it opens what follows)
_NO_LINE_END = set("（《「『［【〔“‘([")
#: a run that is never broken: an English word or number with what clings to it, or one wide character
_TOKEN = re.compile(r"\s+|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]+|.", re.S)


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide and full-width characters count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def pad(text: str, columns: int) -> str:
    """``text`` followed by spaces up to ``columns`` display columns (never cut)."""
    return text + " " * max(0, columns - width(text))


def _tokens(text: str, keep: tuple[str, ...]) -> list[str]:
    if not keep:
        return _TOKEN.findall(text)
    phrases = re.compile("|".join(re.escape(k) for k in sorted(keep, key=len, reverse=True) if k))
    out: list[str] = []
    at = 0
    for match in phrases.finditer(text):
        out += _TOKEN.findall(text[at:match.start()]) + [match.group(0)]
        at = match.end()
    return out + _TOKEN.findall(text[at:])


def wrap(text: str, columns: int = 100, indent: int = 0, keep: tuple[str, ...] = ()) -> str:
    """``text`` in lines of at most ``columns`` display columns, each indented by ``indent``:
    lines break at spaces or between Chinese characters, never inside an English word (a word
    longer than a line stands alone on its line) nor inside a phrase of ``keep`` ("部分满足")."""
    prefix = " " * indent
    lines: list[str] = []
    line = ""
    for token in _tokens(" ".join(text.split()), keep):
        if token.isspace():
            if line:
                line += " "
            continue
        candidate = line + token
        if width(prefix + candidate.rstrip()) <= columns or not line.strip():
            line = candidate
            continue
        if token[0] in _NO_LINE_START:           # closing punctuation goes with what it closes:
            cut = len(line) - 1                   # the character before it moves down too (and
            while cut > 0 and line[cut] in _NO_LINE_START and width(line[cut - 1]) == 2:
                cut -= 1                          # the punctuation before that one)
            if width(line[cut]) != 2:             # after an English word: the word moves down
                cut = line.rstrip().rfind(" ") + 1
            if cut > 0 and line[:cut].strip():
                lines.append(line[:cut].rstrip())
                line = line[cut:] + token
            else:
                line = candidate                  # (a word as long as the line: it stands out)
            continue
        carried = ""
        while line and line[-1] in _NO_LINE_END and len(line) > 1:
            line, carried = line[:-1], line[-1] + carried
        lines.append(line.rstrip())
        line = carried + token
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(prefix + piece for piece in lines) if lines else prefix.rstrip()

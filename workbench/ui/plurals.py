"""English plurals for messages counted with ``%n`` (``tr("%n clause(s)", "", n)``).

Qt has no English catalogue here, so without this a drafter reads "1 clause(s)". This translator,
installed below the Chinese one, writes "1 clause" / "8 clauses"; the Chinese catalogue has its own
(single) numerus form from ``tools/translations.py``.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_IRREGULAR = {"(s) are": ("is", "are"), "(s) were": ("was", "were")}
_COUNTED = re.compile(r"\((e?s)\)( are| were)?")


def english_plural(text: str, n: int) -> str:
    """``text`` with each "word(s)" as the count ``n`` wants it (and "(s) are" agreeing)."""
    one = n == 1

    def form(match: re.Match) -> str:
        verb = match.group(2)
        suffix = "" if one else match.group(1)
        if verb:
            return suffix + " " + _IRREGULAR["(s)" + verb][0 if one else 1]
        return suffix

    return _COUNTED.sub(form, text)


class EnglishPlurals(QTranslator):
    """Answers only messages counted with ``%n`` that spell a plural as "(s)"."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        if n is None or n < 0 or not source or "%n" not in source or not _COUNTED.search(source):
            return None          # a null string: Qt asks the next catalogue (an empty one would be shown)
        return english_plural(source, n)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_english_plurals(app) -> None:
    """Install the English plurals once per application (catalogues installed later come first)."""
    if app is None or app.findChild(EnglishPlurals) is not None:
        return
    app.installTranslator(EnglishPlurals(app))

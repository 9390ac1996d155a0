"""How a draft article differs from the library clause it was copied from (word / character diff)."""
from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication


from ..core import textdiff
from ..core.assemble import article_from_clause
from ..core.library import Clause
from ..core.model import Draft, Node
from ..core.numbering import Numbering
from ..core.labels import chinese_numeral
from ..core.references import TOKEN_RE, Resolver
from .i18n import ZH_FAMILIES

ZH_STYLE = "font-family:" + ",".join(f"'{f}'" for f in ZH_FAMILIES)


def _lines(article: Node, numbering: Numbering, lang: str) -> list[str]:
    """Title, then every paragraph with its label; references left as tokens (rendered later, each
    side with its own numbers)."""
    title = article.title_zh if lang == "zh" else article.title
    lines = [title] if title else []

    def emit(node: Node, depth: int) -> None:
        raw = node.text_zh if lang == "zh" else node.text
        if raw:
            label = numbering.label(node, lang)
            lines.append("  " * depth + (f"{label} {raw}" if label else raw))
        for child in node.children:
            emit(child, depth + 1)

    for para in article.children:
        emit(para, 0)
    return lines


def source_reference(target: str, lang: str, number_only: bool, digits: bool = False) -> str:
    """A reference as the source instrument prints it: its own article number ("Article 33"), never
    the number the article has in the draft."""
    _source, _, local = target.partition("/")
    number = local.split("-", 1)[1] if "-" in local else local
    if not number:
        return target
    if lang == "zh":
        shown = chinese_numeral(int(number)) if number.isdigit() and not digits else number
        return shown if number_only else f"第{shown}条"
    return number if number_only else f"Article {number}"


class _Keys:
    """Each distinct reference token as one private-use character: the diff compares what a
    reference points to, so a renumbered reference is no change; each side renders it itself."""

    def __init__(self):
        self.tokens: dict[str, str] = {}
        self.back: dict[str, re.Match] = {}

    def key(self, lines: list[str]) -> list[str]:
        def one(match: re.Match) -> str:
            char = self.tokens.setdefault(match.group(0), chr(0xE000 + len(self.tokens)))
            self.back[char] = match
            return char
        return [TOKEN_RE.sub(one, line) if "{{" in line else line for line in lines]

    def render(self, text: str, side: str, lang: str, resolver: Resolver) -> str:
        def one(char: str) -> str:
            match = self.back.get(char)
            if match is None:
                return char
            target, number_only, digits = match.group(1), bool(match.group(2)), bool(match.group(3))
            source = source_reference(target, lang, number_only, digits)
            draft = resolver.render_target(target, lang, number_only, digits)
            if side == "old" or draft == source:
                return source
            if side == "new":
                return draft
            return QCoreApplication.translate("DiffView", "{0} [in this draft: {1}]").format(source, draft)
        return "".join(one(c) if "\ue000" <= c <= "\uf8ff" else c for c in text)


def source_lines(draft: Draft, article: Node, clause: Clause, lang: str,
                 resolver: Resolver) -> tuple[list[str], list[str]]:
    """(lines of the library clause as first copied, lines of the article now) in one language; the
    clause's references with the source's numbers, the article's with the draft's."""
    ops = source_ops(draft, article, clause, lang, resolver)
    old = "".join(o["old"] for o in ops if o["op"] != "insert")
    new = "".join(o["new"] for o in ops if o["op"] != "delete")
    return old.split("\n") if old else [], new.split("\n") if new else []


def source_ops(draft: Draft, article: Node, clause: Clause, lang: str, resolver: Resolver) -> list[dict]:
    """The diff from the library clause to the article, references compared by what they point to.
    Each op has ``text`` to show (an unchanged renumbered reference reads "Article 33 [in this
    draft: Article 34]"), and ``old`` / ``new``: the text as each side prints it."""
    pristine = article_from_clause(clause)
    own = Numbering.of(Draft(title="", children=[pristine]))
    keys = _Keys()
    old = keys.key(_lines(pristine, own, lang))
    new = keys.key(_lines(article, resolver.numbering, lang))
    out = []
    for op in textdiff.diff_lines(old, new):
        side = {"delete": "old", "insert": "new"}.get(op["op"], "both")
        out.append({"op": op["op"], "text": keys.render(op["text"], side, lang, resolver),
                    "old": keys.render(op["text"], "old", lang, resolver),
                    "new": keys.render(op["text"], "new", lang, resolver)})
    return out


def ops_html(ops: list[dict], zh: bool = False) -> str:
    out = []
    for op in ops:
        text = escape(op["text"]).replace("\n", "<br/>")
        if op["op"] == "insert":
            out.append(f'<span style="background-color:#c9f0cf;color:#0b5d1e;text-decoration:underline">{text}</span>')
        elif op["op"] == "delete":
            out.append('<span style="background-color:#f9d0d3;color:#8e1b1f;text-decoration:line-through">'
                       f"{text}</span>")
        else:
            out.append(text)
    style = f' style="{ZH_STYLE}"' if zh else ""
    return f"<p{style}>{''.join(out)}</p>"


def compare_html(draft: Draft, article: Node, clause: Clause | None,
                 clause_labels: dict[str, str] | None = None) -> tuple[str, bool]:
    """HTML showing the article's changes against its source clause, and whether it changed."""
    if clause is None:
        if article.derived_from:
            text = QCoreApplication.translate(
                "DiffView", "The library clause {0} this article was copied from is no longer in the library.")
            return "<p>" + escape(text.format(article.derived_from)) + "</p>", True
        text = QCoreApplication.translate("DiffView",
                                          "This article was written in the draft; it has no library source.")
        return "<p>" + escape(text) + "</p>", True
    resolver = Resolver(draft, clause_labels=clause_labels)
    parts: list[str] = []
    changed = False
    languages = (("en", QCoreApplication.translate("DiffView", "English")),
                 ("zh", QCoreApplication.translate("DiffView", "Chinese")))
    for lang, name in languages:
        ops = source_ops(draft, article, clause, lang, resolver)
        if not any(op["text"].strip() for op in ops):
            continue
        differs = textdiff.changed(ops)
        changed |= differs
        state = (QCoreApplication.translate("DiffView", "changed") if differs
                 else QCoreApplication.translate("DiffView", "unchanged"))
        parts.append(f"<h4>{escape(name)} — {escape(state)}</h4>")
        parts.append(ops_html(ops, zh=lang == "zh"))
    deleted = escape(QCoreApplication.translate("DiffView", "deleted"))
    inserted = escape(QCoreApplication.translate("DiffView", "inserted"))
    against = escape(QCoreApplication.translate("DiffView", "compared with {0}").format(clause.id))
    legend = (f'<p><span style="background-color:#f9d0d3;text-decoration:line-through">{deleted}</span> '
              f'<span style="background-color:#c9f0cf;text-decoration:underline">{inserted}</span> — {against}</p>')
    return legend + "".join(parts), changed

"""How a draft article differs from the library clause it was copied from (word / character diff)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication


from ..core import textdiff
from ..core.assemble import article_from_clause
from ..core.library import Clause
from ..core.model import Draft, Node
from ..core.numbering import Numbering
from ..core.references import Resolver
from .i18n import ZH_FAMILIES

ZH_STYLE = "font-family:" + ",".join(f"'{f}'" for f in ZH_FAMILIES)


def _lines(article: Node, numbering: Numbering, resolver: Resolver, lang: str) -> list[str]:
    """Title, then every paragraph with its label, references rendered with current numbers."""
    title = article.title_zh if lang == "zh" else article.title
    lines = [title] if title else []

    def emit(node: Node, depth: int) -> None:
        raw = node.text_zh if lang == "zh" else node.text
        if raw:
            label = numbering.label(node, lang)
            body = resolver.render(raw, lang)
            lines.append("  " * depth + (f"{label} {body}" if label else body))
        for child in node.children:
            emit(child, depth + 1)

    for para in article.children:
        emit(para, 0)
    return lines


def source_lines(draft: Draft, article: Node, clause: Clause, lang: str,
                 resolver: Resolver) -> tuple[list[str], list[str]]:
    """(lines of the library clause as first copied, lines of the article now) in one language."""
    pristine = article_from_clause(clause)
    own = Numbering.of(Draft(title="", children=[pristine]))
    return _lines(pristine, own, resolver, lang), _lines(article, resolver.numbering, resolver, lang)


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
        old, new = source_lines(draft, article, clause, lang, resolver)
        if not old and not new:
            continue
        ops = textdiff.diff_lines(old, new)
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

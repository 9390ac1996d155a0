"""The impact warning: before an article is removed or moved, show the drafter what would break."""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..core.model import Draft, DraftError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImpactDialog", text)


def impact_html(impact, lang: str = "en") -> str:
    """The body of the warning: what would break, and which criteria would get worse."""
    esc = html.escape
    parts = []
    if impact.breakages:
        parts.append("<p><b>" + esc(_tr("These articles rely on it:")) + "</b></p><ul>")
        for breakage in impact.breakages:
            detail = breakage.detail_zh if lang == "zh" and breakage.detail_zh else breakage.detail
            parts.append(f"<li>{esc(detail)}</li>")
        parts.append("</ul>")
    if impact.criteria:
        parts.append("<p><b>" + esc(_tr("Ideal-treaty criteria that would get worse:")) + "</b></p><ul>")
        for crit, before, after in impact.criteria:
            parts.append(f"<li>{esc(crit)}: {esc(before)} → {esc(after)}</li>")
        parts.append("</ul>")
    parts.append("<p>" + esc(_tr("Edit ▸ Undo brings it back.")) + "</p>")
    return "".join(parts)


def _ask(parent, title: str, text: str, details: str, action: str) -> bool:
    """Ask through the main window's confirmation (one seam for every structural question: the
    outline's ``confirm``), or with a warning box of our own."""
    outline = getattr(parent, "outline", None)
    confirm = getattr(outline, "confirm", None)
    if callable(confirm):
        return bool(confirm(f"<p><b>{html.escape(text)}</b></p>{details}"))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(details)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


#: Replaced by tests (and by drafters' preferences) to answer without a modal dialog.
ASK: Callable[..., bool] = _ask


def confirm_removal(parent, draft: Draft, article_id: str, checker=None, lang: str = "en",
                    ask: Callable[..., bool] | None = None) -> bool:
    """True if the article may be removed: nothing breaks, or the drafter confirms."""
    from ..checker.impact import impact_of_removal
    try:
        impact = impact_of_removal(draft, article_id, checker)
    except DraftError:
        return True
    if impact.safe:
        return True
    title = _tr("Remove Article {0}?").format(impact.number)
    text = _tr("Removing Article {0} ({1}) would break {2} thing(s).").format(
        impact.number, impact.title, len(impact.breakages) + len(impact.criteria))
    return (ask or ASK)(parent, title, text, impact_html(impact, lang), _tr("Remove anyway"))


def confirm_move(parent, draft: Draft, article_id: str, position: int, checker=None, lang: str = "en",
                 ask: Callable[..., bool] | None = None, edit=None) -> bool:
    """True if the article may become Article ``position`` (by ``edit``, if given): nothing breaks,
    or the drafter confirms."""
    from ..checker.impact import impact_of_move
    try:
        impact = impact_of_move(draft, article_id, position, checker, edit=edit)
    except DraftError:
        return True
    if impact.safe:
        return True
    title = _tr("Move Article {0}?").format(impact.number)
    text = _tr("Moving Article {0} ({1}) to position {2} would affect {3} thing(s).").format(
        impact.number, impact.title, position, len(impact.breakages) + len(impact.criteria))
    return (ask or ASK)(parent, title, text, impact_html(impact, lang), _tr("Move anyway"))

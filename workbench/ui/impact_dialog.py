"""The impact warning: before an article is removed or moved, show the drafter what would break."""
from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..core.model import Draft, DraftError
from ..core.numbering import chinese_numeral


def verdict_name(verdict: str) -> str:
    """A criterion's verdict in the UI language (the words of the Check panel)."""
    names = {"met": QCoreApplication.translate("CheckPanel", "met"),
             "partial": QCoreApplication.translate("CheckPanel", "partial"),
             "missing": QCoreApplication.translate("CheckPanel", "missing"),
             "not-applicable": QCoreApplication.translate("CheckPanel", "not applicable")}
    return names.get(verdict, verdict)


def _criterion(criterion_id: str, checker, lang: str) -> str:
    """'B4 Dispute settlement' when the checker knows the criterion, else its id."""
    try:
        return f"{criterion_id} {checker.criteria[criterion_id].title(lang)}"
    except (AttributeError, KeyError, TypeError):
        return criterion_id


#: The most breakages listed in the warning; the rest are counted (a move in a long draft can
#: break hundreds of plain-text references: a box of 624 lines was taller than any screen).
SHOWN_AT_MOST = 8


def impact_html(impact, lang: str = "en", checker=None) -> str:
    """The body of the warning: what would break (the first few), which criteria would get worse."""
    esc = html.escape
    parts = []
    if impact.breakages:
        caption = QCoreApplication.translate("ImpactDialog", "These articles rely on it:")
        parts.append("<p><b>" + esc(caption) + "</b></p><ul>")
        for breakage in impact.breakages[:SHOWN_AT_MOST]:
            detail = breakage.detail_zh if lang == "zh" and breakage.detail_zh else breakage.detail
            parts.append(f"<li>{esc(detail)}</li>")
        more = len(impact.breakages) - SHOWN_AT_MOST
        if more > 0:
            parts.append("<li><i>" + esc(QCoreApplication.translate(
                "ImpactDialog", "… and %n more (the Check panel lists them after the change).", "", more))
                + "</i></li>")
        parts.append("</ul>")
    if impact.criteria:
        caption = QCoreApplication.translate("ImpactDialog", "Ideal-treaty criteria that would get worse:")
        parts.append("<p><b>" + esc(caption) + "</b></p><ul>")
        colon = "：" if lang == "zh" else ": "
        for crit, before, after in impact.criteria:
            parts.append(f"<li>{esc(_criterion(crit, checker, lang))}{colon}{esc(verdict_name(before))} → "
                         f"{esc(verdict_name(after))}</li>")
        parts.append("</ul>")
    parts.append("<p>" + esc(QCoreApplication.translate("ImpactDialog", "Edit ▸ Undo brings it back.")) + "</p>")
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


def _new_number(impact):
    """The number the article would have after the move (the analysis records where it goes)."""
    return getattr(impact, "position", None) or "?"


def _named(draft: Draft, impact, lang: str) -> tuple[str, str]:
    """The article's number and title as the drafter reads them (第十二条 and its Chinese title in
    Chinese)."""
    number, title = impact.number, impact.title
    if lang == "zh":
        if isinstance(number, int):
            number = chinese_numeral(number)
        try:
            title = draft.find(impact.article_id).title_zh or title
        except DraftError:
            pass
    return str(number), title


def ask_about(parent, draft: Draft, impact, lang: str = "en", checker=None, edit=None,
              ask: Callable[..., bool] | None = None) -> bool:
    """Ask whether to go ahead with the removal or move whose ``impact`` is known (True: go ahead)."""
    if impact.safe:
        return True
    if impact.action == "remove":
        return _ask_removal(parent, draft, impact, lang, checker, ask)
    return _ask_move(parent, draft, impact, lang, checker, ask)


def confirm_removal(parent, draft: Draft, article_id: str, checker=None, lang: str = "en",
                    ask: Callable[..., bool] | None = None) -> bool:
    """True if the article may be removed: nothing breaks, or the drafter confirms (works the
    impact out here: the window uses ``ui.impact_guard``, which does it off its thread)."""
    from ..checker.impact import impact_of_removal
    try:
        impact = impact_of_removal(draft, article_id, checker)
    except DraftError:
        return True
    return ask_about(parent, draft, impact, lang, checker, ask=ask)


def _ask_removal(parent, draft: Draft, impact, lang: str, checker, ask) -> bool:
    number, name = _named(draft, impact, lang)
    count = len(impact.breakages) + len(impact.criteria)
    title = QCoreApplication.translate("ImpactDialog", "Remove Article {0}?").format(number)
    text = QCoreApplication.translate("ImpactDialog", "Removing Article {0} ({1}) would break %n thing(s).",
                                      "", count).format(number, name)
    return (ask or ASK)(parent, title, text, impact_html(impact, lang, checker),
                        QCoreApplication.translate("ImpactDialog", "Remove anyway"))


def confirm_move(parent, draft: Draft, article_id: str, position: int, checker=None, lang: str = "en",
                 ask: Callable[..., bool] | None = None, edit=None) -> bool:
    """True if the article may become Article ``position`` (by ``edit``, if given): nothing breaks,
    or the drafter confirms."""
    from ..checker.impact import impact_of_move
    try:
        impact = impact_of_move(draft, article_id, position, checker, edit=edit)
    except DraftError:
        return True
    return ask_about(parent, draft, impact, lang, checker, ask=ask)


def _ask_move(parent, draft: Draft, impact, lang: str, checker, ask) -> bool:
    position = _new_number(impact)
    number, name = _named(draft, impact, lang)
    where = chinese_numeral(position) if lang == "zh" and isinstance(position, int) else position
    count = len(impact.breakages) + len(impact.criteria)
    title = QCoreApplication.translate("ImpactDialog", "Move Article {0}?").format(number)
    text = QCoreApplication.translate(
        "ImpactDialog", "Moving Article {0} ({1}) to position {2} would affect %n thing(s).",
        "", count).format(number, name, where)
    return (ask or ASK)(parent, title, text, impact_html(impact, lang, checker),
                        QCoreApplication.translate("ImpactDialog", "Move anyway"))

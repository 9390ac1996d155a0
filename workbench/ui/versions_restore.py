"""Restoring a version, asked first; which versions the Versions panel shows.

A version of the current draft is restored into it once the drafter confirms. A version of another
draft is never poured into the current one (nor does the window switch to that draft to overwrite
it): it is offered as a new draft, the default answer.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def lineage_of(versions: list, draft) -> list:
    """The versions of ``draft``, the version it was made from (a proposal's base, a version opened
    as a draft), those merged into it, and every version these were made from (their lineage)."""
    by_id = {v.id: v for v in versions}
    kept: dict[str, object] = {}
    meta = draft.meta or {}
    starts = [v for v in versions if v.draft_id == draft.id]
    starts += [by_id[i] for i in [meta.get("based_on_version")]
               + [s.get("version") for s in meta.get("compiled_from") or [] if isinstance(s, dict)] if i in by_id]
    for version in starts:
        step = version
        while step is not None and step.id not in kept:
            kept[step.id] = step
            step = by_id.get(step.parent_id) if step.parent_id else None
    return [v for v in versions if v.id in kept]


def ask_restore(parent, version, draft, session, answer=None) -> str:
    """"restore", "open" (as a new draft) or "" (cancelled). ``answer(box)`` clicks in tests."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("VersionsPanel", "Restore version"))
    if version.draft_id == draft.id:
        box.setText(QCoreApplication.translate("VersionsPanel", "Replace the whole text of the draft “{0}” with version “{1}”?")
                    .format(draft.title, version.label))
        box.setInformativeText(QCoreApplication.translate("VersionsPanel", "Edit ▸ Undo brings the present text back."))
        restore = box.addButton(QCoreApplication.translate("VersionsPanel", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        opened = box.addButton(QCoreApplication.translate("VersionsPanel", "Open as new draft"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(restore)
    else:
        other = next((i.title for i in _drafts(session) if i.id == version.draft_id), "")
        box.setText(QCoreApplication.translate("VersionsPanel", "Version “{0}” belongs to another draft{1}. Open it as a new draft?")
                    .format(version.label, f" (“{other}”)" if other else ""))
        box.setInformativeText(QCoreApplication.translate("VersionsPanel", "The current draft “{0}” and the other draft stay as they are.")
                               .format(draft.title))
        restore = None
        opened = box.addButton(QCoreApplication.translate("VersionsPanel", "Open as new draft"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(opened)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    if answer is not None:
        answer(box)
    else:
        box.exec()
    clicked = box.clickedButton()
    if clicked is None or clicked is cancel:
        return ""
    return "restore" if clicked is restore else "open"


def _drafts(session):
    try:
        return session.draft_infos()
    except Exception:  # noqa: BLE001 - only the other draft's name is missing
        return []

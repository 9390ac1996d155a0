"""Window polish (issue 17): real plurals in English, dialogs in the last used folder (else
~/Documents, else home), suggested file names without the '_GUI_' of character replacement."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from workbench.ui import folders
from workbench.ui.plurals import english_plural


def test_english_plurals_through_qt(window):
    window.set_language("en")
    text = QCoreApplication.translate("ImpactDialog", "Removing Article {0} ({1}) would break %n thing(s).", "", 8)
    assert text == "Removing Article {0} ({1}) would break 8 things."
    assert QCoreApplication.translate("MainWindow", "Added %n clause(s) to the draft", "", 1) == \
        "Added 1 clause to the draft"
    assert QCoreApplication.translate("Errors", "Article {number}") == "Article {number}"     # untouched
    assert english_plural("%n item(s) were moved", 1) == "%n item was moved"
    window.set_language("zh_CN")
    assert "(s)" not in QCoreApplication.translate("MainWindow", "Added %n clause(s) to the draft", "", 3)
    window.set_language("en")


def test_dialogs_start_in_the_last_folder_else_documents_else_home(tmp_path, monkeypatch):
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    assert folders.start_folder() == home
    (home / "Documents").mkdir()
    assert folders.start_folder() == home / "Documents"
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    folders.remember(elsewhere / "a.docx")
    assert folders.start_folder() == elsewhere
    assert folders.suggested("Draft (GUI) treaty", ".docx") == str(elsewhere / "Draft GUI treaty.docx")
    assert folders.file_name("人工智能条约（草案）", ".docx") == "人工智能条约（草案）.docx"
    assert folders.file_name("???", ".docx") == "draft.docx"
    assert "_GUI_" not in folders.file_name("Draft AI treaty (GUI)", ".docx")

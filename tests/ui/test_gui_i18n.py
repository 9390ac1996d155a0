"""Languages: the UI switches to Simplified Chinese at run time; the catalogue covers every string."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo

from workbench.ui import i18n, settings

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "treaty_workbench_zh_CN.ts"
QM = REPO / "resources" / "i18n" / "treaty_workbench_zh_CN.qm"
TOOLS = Path(sys.executable).parent


@pytest.fixture
def english_afterwards(window):
    yield window
    window.set_language("en")


def test_switch_the_ui_to_chinese_and_back_at_run_time(english_afterwards, qtbot):
    window = english_afterwards
    assert window.file_menu.title() == "&File"
    window.language_actions["zh_CN"].trigger()
    assert window.file_menu.title() == "文件(&F)"
    assert window.edit_menu.title() == "编辑(&E)"
    assert window.library_dock.windowTitle() == "条款库"
    assert window.library.add_button.text() == "添加到草案"
    assert window.outline.model.headerData(0, Qt.Orientation.Horizontal) == "英文"
    assert window.editor.tabs.tabText(0) == "文本"
    assert window.outline.add_chapter_action.text() == "添加章…"
    assert window.library.count_label.text().endswith("项条款")
    assert settings.language_setting() == "zh_CN"
    assert window.translations.lang == "zh"
    window.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"
    assert window.library.add_button.text() == "Add to draft"


def test_system_language_is_followed_by_default(monkeypatch):
    class ChineseLocale(QLocale):
        @staticmethod
        def system():
            return QLocale(QLocale.Language.Chinese, QLocale.Country.China)

    monkeypatch.setattr(i18n, "QLocale", ChineseLocale)
    assert i18n.resolve("system") == "zh_CN"
    assert i18n.resolve("en") == "en"

    class EnglishLocale(QLocale):
        @staticmethod
        def system():
            return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

    monkeypatch.setattr(i18n, "QLocale", EnglishLocale)
    assert i18n.resolve("system") == "en"


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            text = translation.text or "".join(f.text or "" for f in translation.findall("numerusform"))
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[(name, message.find("source").text)] = text if finished and text else None
    return found


def test_every_string_of_the_ui_has_a_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "workbench" / "ui").glob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    wanted = _messages(fresh)
    have = _messages(TS)
    untranslated = sorted(key for key in wanted if not have.get(key))
    assert not untranslated, "no zh_CN translation for: " + "; ".join(f"{c}: {s!r}" for c, s in untranslated[:20])


def test_the_compiled_catalogue_matches_the_source(tmp_path):
    compiled = tmp_path / "check.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True,
                   capture_output=True, timeout=120)
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on the .ts (resources/i18n)"


def test_chinese_text_is_drawn_with_simplified_chinese_glyphs(coe_window):
    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("fonts-noto-cjk is not installed")
    window = coe_window
    article = window.current_draft.articles()[0]
    window.select_article(article.id)
    field = window.editor.field(article.children[0].id, "text_zh")
    assert QFontInfo(field.font()).family() == "Noto Sans CJK SC"
    assert "Noto Sans CJK SC" in i18n.UI_FAMILIES

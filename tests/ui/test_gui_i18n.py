"""Languages: the UI switches to Simplified Chinese at run time; the catalogue covers every string."""
from __future__ import annotations

import ast
import re
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
    """(context, source) -> the finished translation (None when there is none)."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform")
            text = ("".join(f.text or "" for f in forms) if forms else translation.text or "").strip()
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


# ----- every string reaches the translator, at run time too ------------------------------------

def _translation_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("tr", "translate"):
            yield node


def test_every_translation_call_is_one_lupdate_can_read():
    """``self.tr("literal")`` or ``QCoreApplication.translate("Context", "literal")`` only: a helper
    (``_tr(text)``) or an f-string hides the string from lupdate, and ``other.tr(...)`` is
    extracted under a context ("other") that does not exist at run time."""
    problems = []
    for path in sorted((REPO / "workbench" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fstring in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for call in _translation_calls(fstring):     # lupdate does not look into f-strings
                problems.append(f"{path.name}:{call.lineno}: translation inside an f-string")
        for call in _translation_calls(tree):
            where = f"{path.name}:{call.lineno}"
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args]
            if call.func.attr == "tr":
                if not (isinstance(call.func.value, ast.Name) and call.func.value.id == "self"):
                    problems.append(f"{where}: tr() on something else than self")
                elif not literal or not literal[0]:
                    problems.append(f"{where}: self.tr() of a non-literal")
            elif len(literal) < 2 or not all(literal[:2]):
                problems.append(f"{where}: translate() without a literal context and text")
        text = path.read_text(encoding="utf-8")
        if re.search(r"^def _tr\(|^\s*_tr = ", text, re.MULTILINE):
            problems.append(f"{path.name}: a _tr helper")
    assert not problems, "\n".join(problems)


def _english_patterns() -> list[re.Pattern]:
    """The English texts of the catalogue whose Chinese differs, as patterns ({0} and %n match anything)."""
    patterns = []
    for (_context, source), text in _messages(TS).items():
        if not source or not text or text == source or not re.search(r"[A-Za-z]{2}", source):
            continue
        parts = re.split(r"(\{\d\}|%n)", source)
        body = "".join(".+" if part in ("{0}", "{1}", "{2}", "{3}", "%n") else re.escape(part) for part in parts)
        literal = "".join(part for part in parts if part not in ("{0}", "{1}", "{2}", "{3}", "%n"))
        if len(re.findall(r"[A-Za-z]", literal)) >= 4:     # "{0} on {1}" would match any text
            patterns.append(re.compile(body, re.DOTALL))
    return patterns


def _shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every text the window shows or offers (menus, docks, buttons, labels,
    tabs, lists, headers, placeholders, tool tips, the dependency graph). The undo history is left
    out: its entries keep the language they were made in."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGraphicsSimpleTextItem,
                                   QGraphicsView, QLabel, QLineEdit, QMenu, QTabWidget, QTextBrowser,
                                   QTreeWidget)

    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for action in window.findChildren(QAction):
        found += [("action", action.text()), ("action tip", action.toolTip())]
    for menu in window.findChildren(QMenu):
        found.append(("menu", menu.title()))
    for dock in window.findChildren(QDockWidget):
        found.append(("dock", dock.windowTitle()))
    for button in window.findChildren(QAbstractButton):
        found += [("button", button.text()), ("button tip", button.toolTip())]
    for label in window.findChildren(QLabel):
        found += [("label", label.text()), ("label tip", label.toolTip())]
    for edit in window.findChildren(QLineEdit):
        found.append(("placeholder", edit.placeholderText()))
    for combo in window.findChildren(QComboBox):
        found += [("combo", combo.itemText(i)) for i in range(combo.count())] + [("combo tip", combo.toolTip())]
    for tabs in window.findChildren(QTabWidget):
        found += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    for tree in window.findChildren(QTreeWidget):
        header = tree.headerItem()
        found += [("header", header.text(c)) for c in range(tree.columnCount())]
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found += [("tree", item.text(c)) for c in range(tree.columnCount())]
            stack.extend(item.child(i) for i in range(item.childCount()))
    for browser in window.findChildren(QTextBrowser):          # check details, previews, diffs
        found += [("text", line) for line in browser.toPlainText().splitlines()]
    for view in window.findChildren(QGraphicsView):
        found += [("graph", item.text()) for item in view.scene().items()
                  if isinstance(item, QGraphicsSimpleTextItem)]
    found.append(("outline header", window.outline.model.headerData(0, Qt.Orientation.Horizontal)))
    return [(where, text) for where, text in found if text]


def _untranslated(window, qtbot, patterns) -> list[str]:
    qtbot.wait(1)                                # widgets replaced on the switch are deleted now
    data = {d.title for d in window.session.draft_infos()}     # drafts' own titles are data
    data |= {i18n.language_name(code) for code in ("en", "zh_CN")}   # each language in its own words
    return sorted({f"{where}: {text!r}" for where, text in _shown_texts(window)
                   if text not in data and any(p.fullmatch(text) for p in patterns)})


def test_the_whole_window_shows_chinese_after_switching(english_afterwards, qtbot):
    """The window a drafter gets (every panel installed), switched at run time: no text of the
    catalogue is left in English: menus, docks, buttons, check panel, graph, versions, comparison."""
    from workbench.core.assemble import draft_from_source

    window = english_afterwards
    patterns = _english_patterns()
    draft = draft_from_source("CoE-based draft", window.session.workspace.clauses(source="coe-ai-convention"))
    assert window.create_draft(draft)
    panel = window.check_panel
    panel.check_now(window.current_draft)
    panel.tree.setCurrentItem(panel.criterion_item("B4"))         # details: evidence, suggestions
    window.select_article(window.current_draft.articles()[0].id)
    for lazy in ("versions_panel", "brackets_panel", "compare_view"):     # built when first wanted
        getattr(window, lazy)
    english = _untranslated(window, qtbot, patterns)
    assert any("Ideal-treaty check" in line for line in english)   # the walk does see English
    window.language_actions["zh_CN"].trigger()
    assert window.docks["checkDock"].windowTitle() == "理想条约检查"
    assert window.docks["graphDock"].windowTitle() == "依赖关系图"
    assert window.export_action.text() == "导出(&E)…"
    assert [a.text() for a in window._checker_actions] == ["立即检查草案", "导出检查报告（.docx）…"]
    assert panel.criterion_item("B4").text(1) == "缺失"
    assert "建议条款" in panel.details.toPlainText()
    untranslated = _untranslated(window, qtbot, patterns)
    assert not untranslated, "\n".join(untranslated[:30])
    window.language_actions["en"].trigger()
    assert window.docks["checkDock"].windowTitle() == "Ideal-treaty check"
    assert window._checker_actions[0].text() == "Check the draft now"


def test_broken_dependencies_in_the_graph_are_named_in_chinese(english_afterwards, qtbot):
    """A draft without a treaty body: the red label names the missing function with the
    vocabulary's Chinese name, and the impact warning speaks Chinese."""
    from workbench.core.assemble import draft_from_source
    from workbench.core.edits import RemoveNode
    from workbench.ui import impact_dialog

    window = english_afterwards
    workspace = window.session.workspace
    draft = draft_from_source("CoE-based draft", workspace.clauses(source="coe-ai-convention"))
    assert window.create_draft(draft)
    window.language_actions["zh_CN"].trigger()
    body = next(a for a in window.current_draft.articles() if a.derived_from == "coe-ai-convention/art-23")
    asked = []
    window.outline.confirm = lambda text: asked.append(text) or True
    window.push_edit(RemoveNode(body.id))              # held until its impact is known (off the GUI thread)
    assert window.impact_guard.wait()
    assert all(a.id != body.id for a in window.current_draft.articles())
    assert asked and "第二十三条" in asked[0] and "缔约方会议" in asked[0]
    assert "Article" not in asked[0].split("</b>")[0]               # the question itself is Chinese
    window.check_panel.check_now(window.current_draft)
    window.docks["graphDock"].show()                 # the graph is drawn when it can be seen
    window.docks["graphDock"].raise_()
    view = window.graph_panel.view
    qtbot.waitUntil(lambda: bool(view.broken_items), timeout=5000)
    graph = view.graph
    functions = {graph.nodes[v]["function"] for _u, v, d in graph.edges(data=True)
                 if d.get("broken") and graph.nodes[v]["kind"] == "function"}
    assert functions
    vocab = workspace.vocabulary
    labels = [item.childItems()[0].text() for item in view.broken_items]
    for function in functions:
        zh, en = vocab.function_label(function, "zh"), vocab.function_label(function, "en")
        assert zh != en
        assert any(label == "⚠ " + (zh if len(zh) <= 24 else zh[:23] + "…") for label in labels), labels
        assert not any(en in label for label in labels)
    assert impact_dialog.verdict_name("partial") == "部分满足"


def test_an_open_export_dialog_follows_the_language(english_afterwards, qtbot):
    """Every row of the Export dialog is labelled, and the labels follow a language switch."""
    from PySide6.QtWidgets import QFormLayout
    from workbench.ui.export_dialog import ExportDialog

    window = english_afterwards
    dialog = ExportDialog(window.current_draft, [], False, window)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(form.rowCount())
              if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
    assert labels == ["Format:", "Version:", "Language:", "Status line:", "Date:", "Confidentiality:", "File:"]
    assert all(label.isVisible() for label in dialog.labels.values())
    window.language_actions["zh_CN"].trigger()
    assert dialog.labels["format"].text() == "格式："
    assert dialog.windowTitle() == "导出草案"
    assert dialog.language.itemText(2) == "中英文对照（并列两栏）"

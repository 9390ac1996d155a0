"""Errors raised below the UI reach the drafter in the language of the UI.

The core, storage, export and criteria layers raise English messages made by
``workbench.core.messages.msg``; ``workbench.ui.errors.message_of`` translates them through the
catalogue (context "Errors"), whose templates ``tools/make_error_catalogue.py`` lists for lupdate.
"""
from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workbench.core.messages import msg, placeholders
from workbench.ui import i18n

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "treaty_workbench_zh_CN.ts"


def _tool():
    spec = importlib.util.spec_from_file_location("make_error_catalogue", REPO / "tools" / "make_error_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _errors_context() -> dict[str, str | None]:
    """English template -> finished Chinese translation (None when unfinished) of the context Errors."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.find("name").text != "Errors":
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found[message.find("source").text] = translation.text if finished and translation.text else None
    return found


def test_the_error_catalogue_is_up_to_date():
    tool = _tool()
    expected = tool.catalogue(tool.templates())
    assert tool.OUT.read_text(encoding="utf-8") == expected, "run python tools/make_error_catalogue.py"
    assert len(tool.templates()) > 100


def test_every_template_has_a_chinese_translation_with_the_same_placeholders():
    templates = _tool().templates()
    have = _errors_context()
    missing = [t for t in templates if not have.get(t)]
    assert not missing, "no zh_CN translation for: " + "; ".join(missing[:20])
    wrong = [f"{t!r} -> {have[t]!r}" for t in templates if placeholders(t) != placeholders(have[t])]
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)
    same = {t for t in templates if have[t] == t}
    assert same <= {"{where}({label})", "{megabytes:.0f} MB"}, same     # the same in both languages


@pytest.fixture
def chinese(qapp):
    translations = i18n.Translations(qapp)
    assert translations.switch("zh_CN")
    yield translations
    translations.switch("en")


def test_message_of_translates_the_template_and_the_messages_among_its_values(chinese):
    from workbench.core.model import KIND_NAMES, DraftError, NodeKind
    from workbench.export.importing import ImportFailure
    from workbench.export.safety import UnsafeFileError
    from workbench.ui.errors import message_of

    refused = DraftError(msg("{child} cannot be placed in {where}", child=KIND_NAMES[NodeKind.CHAPTER],
                             where=msg("the top level")))
    assert str(refused) == "a chapter cannot be placed in the top level"
    assert message_of(refused) == "章不能放在顶层中"
    inner = UnsafeFileError(msg("{name}: not a valid {what} (the zip container is damaged)", name="a.docx",
                                what=msg("Word document")))
    outer = ImportFailure(msg("{where}: {message}", where="a.docx", message=inner))
    assert message_of(outer) == "a.docx：a.docx：不是有效的Word 文档（zip 容器已损坏）"
    assert message_of(msg("{count:,} bytes", count=12345)) == "12,345 字节"
    assert message_of(ValueError("not a message")) == "not a message"
    assert message_of("plain text") == "plain text"
    full = OSError(28, msg("no space left on device (nothing could be written)"), "/tmp/out.docx")
    assert message_of(full) == "[Errno 28] 设备上没有剩余空间（未能写入任何内容）: '/tmp/out.docx'"
    chinese.switch("en")
    assert message_of(refused) == str(refused)
    assert message_of(outer) == str(outer)


# ----- through the window --------------------------------------------------------------------------

@pytest.fixture
def chinese_window(coe_window):
    coe_window.language_actions["zh_CN"].trigger()
    yield coe_window
    coe_window.set_language("en")


def _shown_box(window, qtbot) -> str:
    """The text of the message box the window shows (closed after reading)."""
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)), timeout=5000)
    box = [box for box in window.findChildren(QMessageBox) if box.isVisible()][-1]
    text = box.text()
    box.close()
    return text


def test_opening_a_file_that_is_no_workspace_says_so_in_chinese(chinese_window, qtbot, tmp_path):
    window = chinese_window
    notes = tmp_path / "notes.treaty"
    notes.write_text("Negotiating notes, not a workspace.\n", encoding="utf-8")
    assert window.open_workspace(notes) is None            # File ▸ Open workspace… with this file
    shown = _shown_box(window, qtbot)
    assert shown == window.errors[-1]
    assert shown.startswith(str(notes) + "：")              # names the file
    words = shown.replace(str(notes), "")
    assert "这不是条约工作台的工作区" in words and "文件头已损坏" in words
    assert "workspace" not in words and "not" not in words
    assert not window._closed                               # the drafter keeps working where they were


def test_an_edit_the_core_refuses_is_explained_in_chinese(chinese_window, qtbot):
    from workbench.core.edits import InsertNodes
    from workbench.core.model import Node, NodeKind

    window = chinese_window
    draft = window.current_draft
    article = draft.articles()[0]
    before = draft.to_dict()
    assert not window.push_edit(InsertNodes(article.id, 0, [Node(kind=NodeKind.CHAPTER)]), "Add chapter")
    assert _shown_box(window, qtbot) == "章不能放在条中"       # "a chapter cannot be placed in an article"
    assert window.current_draft.to_dict() == before         # refused: the draft is unchanged

    panel = window.versions_panel                           # a proposal with no party named
    version = panel.save_version("Rev.1")
    panel.select(version.id)
    assert not panel.new_proposal(party="  ")
    assert _shown_box(window, qtbot) == "提案需要注明提出该提案的缔约方名称"

"""Messages raised below the UI: English text as before, plus the template and values to translate."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from workbench.core.edits import InsertNodes
from workbench.core.messages import Message, message_in, msg, placeholders
from workbench.core.model import KIND_NAMES, Draft, DraftError, Node, NodeKind


def test_a_message_is_its_english_text_and_keeps_template_and_values():
    text = msg("{path}: no such workspace file", path=Path("/tmp/x.treaty"))
    assert isinstance(text, str) and isinstance(text, Message)
    assert text == "/tmp/x.treaty: no such workspace file"
    assert str(text) == "/tmp/x.treaty: no such workspace file" and type(str(text)) is str
    assert text.template == "{path}: no such workspace file"
    assert text.params == {"path": Path("/tmp/x.treaty")}


def test_values_may_be_messages_and_exceptions_are_kept_as_their_message():
    inner = msg("part {part} is larger than {megabytes} MB; refused", part="word/document.xml", megabytes=64)
    outer = msg("{where}: {message}", where="a.docx", message=ValueError(inner))
    assert outer == "a.docx: part word/document.xml is larger than 64 MB; refused"
    assert outer.params["message"] is inner                    # the exception itself is not kept
    plain = msg("{path}: cannot be read ({reason})", path="a", reason=OSError(13, "Permission denied"))
    assert plain == "a: cannot be read ([Errno 13] Permission denied)"


def test_an_exception_carries_its_message_and_survives_pickling():
    error = DraftError(msg("there is no element {node_id!r} in the draft “{title}”", node_id="n1", title="T"))
    assert str(error) == "there is no element 'n1' in the draft “T”"
    assert message_in(error).template.startswith("there is no element")
    assert message_in(RuntimeError("plain")) == "plain" and not isinstance(message_in(RuntimeError("x")), Message)
    again = pickle.loads(pickle.dumps(error))      # errors come back from the checking process pickled
    assert str(again) == str(error) and message_in(again).params == {"node_id": "n1", "title": "T"}


def test_placeholders_are_the_fields_as_written():
    assert placeholders("{name}: {size:.0f} MB ({kind!r}) {{literal}}") == {"{name}", "{size:.0f}", "{kind!r}"}


def test_a_refused_edit_says_in_english_what_the_core_refused():
    draft = Draft(title="T")
    article = Node(kind=NodeKind.ARTICLE)
    draft.children.append(article)
    with pytest.raises(DraftError) as caught:
        InsertNodes(article.id, 0, [Node(kind=NodeKind.CHAPTER)]).apply(draft)
    assert str(caught.value) == "a chapter cannot be placed in an article"
    text = message_in(caught.value)
    assert text.params == {"child": KIND_NAMES[NodeKind.CHAPTER], "where": KIND_NAMES[NodeKind.ARTICLE]}
    with pytest.raises(DraftError, match="there is no element 'nope' in the draft “T”"):
        draft.find("nope")

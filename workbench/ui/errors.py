"""The message of an error, in the language of the UI (errors raised below the UI are English).

Errors of the core, storage, export and criteria layers carry a ``workbench.core.messages.Message``:
English text that remembers its template and values. ``message_of`` looks the template up in
the context "Errors" (through ``error_catalogue.py``, generated from the ``msg("…")`` calls, where
lupdate finds every template) and fills in the values, translating those that are messages
too. Anything else is shown as ``str()``.
"""
from __future__ import annotations

from ..core.messages import Message, message_in


def message_of(error: BaseException | str) -> str:
    """What to show the drafter for ``error`` (an exception, a Message or any text)."""
    if isinstance(error, OSError) and isinstance(error.strerror, Message):    # export.ooxml.atomic_write
        reason = message_of(error.strerror)
        return f"[Errno {error.errno}] {reason}: {error.filename!r}" if error.filename else reason
    text = message_in(error) if isinstance(error, BaseException) else error
    if not isinstance(text, Message):
        return str(text)
    params = {name: message_of(value) if isinstance(value, (Message, BaseException)) else value
              for name, value in text.params.items()}
    from .error_catalogue import translations      # only when there is an error to show

    translated = translations().get(text.template, text.template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):      # a translation with a wrong placeholder
        return text.template.format(**params)

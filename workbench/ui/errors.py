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


def install_exception_hook() -> None:
    """An error nobody caught reaches the drafter as a message in their language, never a traceback:
    the details go to ``errors.log`` in the user's data folder, the window says what happened."""
    import sys
    import threading
    import traceback

    from PySide6.QtCore import QCoreApplication, QObject, Signal
    from PySide6.QtWidgets import QApplication

    from ..paths import user_data_dir

    def log(kind, value, tb) -> str:
        path = user_data_dir() / "errors.log"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as out:
                out.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        except OSError:
            pass
        return str(path)

    def show(kind, value, tb) -> None:
        where = log(kind, value, tb)
        text = QCoreApplication.translate(
            "MainWindow", "Something went wrong: {0}\nYour work is saved. The details were written to {1}.").format(
            message_of(value), where)
        windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "report") and w.isVisible()]
        if windows:
            windows[0].report(text)
        else:
            sys.stderr.write(text + "\n")

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        show(kind, value, tb)

    class Bridge(QObject):                      # a thread's error is shown by the GUI thread
        raised = Signal(object, object, object)

    bridge = Bridge(QApplication.instance())
    bridge.raised.connect(show)

    def thread_hook(args) -> None:
        if args.exc_type is not SystemExit:
            bridge.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

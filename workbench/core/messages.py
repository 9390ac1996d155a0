"""Messages for the drafter: English text that keeps its template and values, for the UI to translate.

The layers below the UI (core, storage, export, the criteria loader) raise errors whose message
is made by ``msg``::

    raise WorkspaceError(msg("{path}: no such workspace file", path=path))

The result is a ``Message``: a ``str`` holding the English text (so ``str(exc)``, the command
line and log files read exactly as before) that also remembers its ``template`` and ``params``.
The UI looks the template up in Qt's catalogue (context "Errors") and fills in the values
(``workbench.ui.errors.message_of``). A value may itself be a Message (or an exception carrying
one): it is translated too. Write the template as a literal in the ``msg`` call:
``tools/make_error_catalogue.py`` collects those literals for the translators.
"""
from __future__ import annotations


class Message(str):
    """An English message that remembers its ``template`` and ``params`` (see the module)."""

    template: str
    params: dict

    def __new__(cls, template: str, params: dict | None = None) -> "Message":
        params = {name: _plain(value) for name, value in (params or {}).items()}
        self = super().__new__(cls, template.format(**params))
        self.template, self.params = template, params
        return self

    def __reduce__(self):        # errors cross process boundaries (the checking process)
        return (Message, (self.template, self.params))


def msg(template: str, **params) -> Message:
    """The English message ``template.format(**params)``, translatable by the UI."""
    return Message(template, params)


def message_in(error: BaseException | str) -> str:
    """The message an exception carries: its Message when it was raised with one, else ``str()``."""
    if isinstance(error, BaseException):
        if len(error.args) == 1 and isinstance(error.args[0], Message):
            return error.args[0]
        return str(error)
    return error


def placeholders(template: str) -> set[str]:
    """The ``{fields}`` of a template as written (``{name!r}``, ``{size:.0f}`` …)."""
    import string       # (for tests and tools; not needed to raise an error)

    found = set()
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None:
            found.add("{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}")
    return found


def _plain(value):
    """Values kept in a message: an exception is kept as its message (not its traceback)."""
    return message_in(value) if isinstance(value, BaseException) else value

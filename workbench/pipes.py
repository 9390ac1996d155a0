"""Messages between the window and a process it started: pickles, each preceded by its length.

Stdlib only and outside the checker package, so that the window can load it at start-up
without importing the checker (and networkx) before it needs them.
"""
from __future__ import annotations

import pickle
from typing import BinaryIO

HEADER = 8


def read_message(stream: BinaryIO):
    """The next message, or raise EOFError when the other side has gone."""
    header = stream.read(HEADER)
    if len(header) < HEADER:
        raise EOFError("the other side closed the connection")
    size = int.from_bytes(header, "big")
    body = stream.read(size)
    if len(body) < size:
        raise EOFError("the message was cut short")
    return pickle.loads(body)


def write_message(stream: BinaryIO, message) -> None:
    write_frame(stream, pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


def write_frame(stream: BinaryIO, body: bytes) -> None:
    """Send ``body``, a message already pickled (the window pickles a draft as its snapshot)."""
    stream.write(len(body).to_bytes(HEADER, "big") + body)
    stream.flush()


class Pickled:
    """A large object sent still pickled inside a message, unpickled when (and if) it is used.

    Unpickling holds the interpreter for its whole length: the dependency graph of a
    10,000-article draft took ~0.9 s, a stall of the window after every check even while the
    graph is not shown. Reading the message copies these bytes only."""

    def __init__(self, value=None, data: bytes | None = None):
        self.data = data if data is not None else pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._value = value
        self._loaded = value is not None

    def load(self):
        if not self._loaded:
            self._value, self._loaded = pickle.loads(self.data), True
        return self._value

    def __getstate__(self):
        return {"data": self.data}

    def __setstate__(self, state):
        self.data, self._value, self._loaded = state["data"], None, False


def loaded(value):
    """``value`` itself, or what it holds when it came ``Pickled``."""
    return value.load() if isinstance(value, Pickled) else value


class PickledList(list):
    """A list sent still pickled inside a message, unpickled when first read (``Pickled``, for a
    list that must stay a list: a check report's legal elements, which the window never shows)."""

    def __init__(self, items=(), data: bytes | None = None):
        super().__init__()
        self.data = data if data is not None else pickle.dumps(list(items), protocol=pickle.HIGHEST_PROTOCOL)

    def _fill(self) -> None:
        if self.data is not None:
            data, self.data = self.data, None
            super().extend(pickle.loads(data))

    def __reduce__(self):
        return (PickledList, ((), self.data)) if self.data is not None else (PickledList, (list(self),))

    def __iter__(self):
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    def __getitem__(self, index):
        self._fill()
        return super().__getitem__(index)

    def __eq__(self, other) -> bool:
        self._fill()
        return list(self) == other

    __hash__ = None

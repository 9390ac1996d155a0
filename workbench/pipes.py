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

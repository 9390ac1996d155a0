"""The checker's modules imported by one thread at a time.

The window checks the draft and works out an edit's impact in threads of their own, and imports
the checker there, on first use, to keep it (and networkx) out of start-up. Two threads importing
the checker's modules for the first time at once could each hold a module the other was waiting
for (the package's ``__init__`` imports its submodules, which the threads also import directly);
Python then hands one of them a half-initialised module, and the check failed with "cannot import
name 'Impact' from partially initialized module" when a drafter moved an article while the first
check was starting. Every thread that may be the first to import the checker calls
``import_checker()`` first: the imports are made once, under one lock.
"""
from __future__ import annotations

import importlib
import threading

_LOCK = threading.Lock()
_DONE = False
#: the checker's modules the threads use (the package imports the rest)
CHECKER_MODULES = ("workbench.checker", "workbench.checker.graph", "workbench.checker.impact")


def import_checker() -> None:
    """Import the checker's modules unless done; a thread arriving meanwhile waits for them."""
    global _DONE
    if _DONE:
        return
    with _LOCK:
        if not _DONE:
            for name in CHECKER_MODULES:
                importlib.import_module(name)
            _DONE = True

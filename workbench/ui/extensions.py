"""Panels and dialogs other parts of the workbench add to the main window (checker, exchange …).

Each module named in ``EXTENSION_MODULES`` has ``install(window)``, called once the main window
is built and before its saved layout is restored, so its docks come back where the drafter left
them. A module that does not exist (yet) is skipped; an extension that fails to install is
reported in the status bar and never stops the application.
"""
from __future__ import annotations

import importlib
import logging

#: Modules under workbench.ui with ``install(window: MainWindow) -> None``.
EXTENSION_MODULES = ["checker_install", "exchange_dialog", "export_dialog", "versions_panel", "precedents_install"]

log = logging.getLogger(__name__)


def install_extensions(window, names: list[str] | None = None) -> list[str]:
    """Install every available extension; returns the problems met (one line each)."""
    problems: list[str] = []
    for name in EXTENSION_MODULES if names is None else names:
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__package__}.{name}":
                continue
            problems.append(f"{name}: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - a broken extension must never stop the app
            log.exception("extension %s cannot be imported", name)
            problems.append(f"{name}: {exc}")
            continue
        try:
            module.install(window)
        except Exception as exc:  # noqa: BLE001 - an extension must never stop the app
            log.exception("extension %s failed", name)
            problems.append(f"{name}: {exc}")
    return problems

"""Export fixtures: drafts from the real clause library, and LibreOffice conversion (one per module)."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.export.common import ExportOptions, source_notes
from workbench.storage import Workspace

COE = "coe-ai-convention"
GAIGI = "cn-ai-governance-initiative"


def require_office() -> None:
    """Skip when LibreOffice/poppler are missing, unless CI demands them (WORKBENCH_REQUIRE_OFFICE=1)."""
    from workbench.export.office import layout_available, office_available

    if office_available() and layout_available() and all(_which(t) for t in ("pdffonts", "pdftoppm")):
        return
    if os.environ.get("WORKBENCH_REQUIRE_OFFICE") == "1":
        pytest.fail("LibreOffice and poppler are required (WORKBENCH_REQUIRE_OFFICE=1) but not installed")
    pytest.skip("LibreOffice (soffice) or poppler is not installed")


def _which(name: str) -> bool:
    import shutil
    return shutil.which(name) is not None


@pytest.fixture(scope="session")
def library_ws(library_workspace_file):
    """The session's library workspace (read-only use)."""
    ws = Workspace.open(library_workspace_file)
    yield ws
    ws.close()


def source_draft(ws, source: str, title: str, title_zh: str = ""):
    clauses = ws.clauses(source=source)
    if not clauses:
        pytest.skip(f"the clause library has no {source} yet")
    draft = draft_from_source(title, clauses)
    draft.title_zh = title_zh
    return draft


@pytest.fixture(scope="session")
def coe_draft(library_ws):
    return source_draft(library_ws, COE, "Council of Europe Framework Convention on Artificial "
                         "Intelligence and Human Rights, Democracy and the Rule of Law")


@pytest.fixture(scope="session")
def gaigi_draft(library_ws):
    return source_draft(library_ws, GAIGI, "Global AI Governance Initiative", "全球人工智能治理倡议")


def options_for(ws, draft, **kwargs) -> ExportOptions:
    labels = {sid: s.short or s.title for sid, s in ws.sources().items()}
    return ExportOptions(sources=source_notes(draft, ws.clause, ws.sources()), clause_labels=labels,
                         **kwargs)


def squash(text: str) -> str:
    """Text with all whitespace removed (PDF line breaks fall anywhere)."""
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: Path, layout: bool = False) -> str:
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], stdout=subprocess.PIPE, check=True).stdout.decode()

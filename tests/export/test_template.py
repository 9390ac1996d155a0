"""The Word template defines every style the exporters name, and matches its generator."""
from __future__ import annotations

import importlib.util
import re
import zipfile
from pathlib import Path

from workbench.core.brackets import add_alternative
from workbench.export.common import ExportOptions
from workbench.export.docx_writer import TEMPLATE, docx_bytes

REPO = Path(__file__).resolve().parents[2]


def _template_styles() -> set[str]:
    with zipfile.ZipFile(TEMPLATE) as zf:
        xml = zf.read("word/styles.xml").decode("utf-8")
    return set(re.findall(r'w:styleId="([^"]+)"', xml))


def _used_styles(data: bytes) -> set[str]:
    import io
    used = set()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.startswith("word/") and name.endswith(".xml") and "styles" not in name:
                xml = zf.read(name).decode("utf-8")
                used |= set(re.findall(r'<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', xml))
    return used


def test_template_defines_every_style_an_export_uses(coe_draft, gaigi_draft):
    draft = coe_draft.copy()
    article = draft.articles()[2]
    add_alternative(draft, article.children[0].id, text="An alternative wording.",
                    proposer="Delegation A").apply(draft)
    add_alternative(draft, draft.articles()[4].id, text="Another article.", title="Other",
                    proposer="Delegation B").apply(draft)
    used = set()
    for d in (draft, gaigi_draft):
        for language in ("en", "zh", "both"):
            for compilation in (False, True):
                options = ExportOptions(language=language, footnotes=True, line_numbers=True,
                                        compilation=compilation, confidentiality="Restricted")
                used |= _used_styles(docx_bytes(d, options))
    defined = _template_styles()
    assert used, "the exports name no styles at all"
    assert used <= defined, f"styles used but not defined in the template: {sorted(used - defined)}"
    for must in ("Heading1", "Heading2", "TOC1", "TOC2", "TreatyParagraph", "TreatySubparagraph",
                 "FootnoteReference", "ParallelText", "CoverTitle", "VerificationNote"):
        assert must in used


def test_template_is_what_the_generator_makes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_template", REPO / "tools" / "make_template.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.build(tmp_path / "treaty.docx")
    with zipfile.ZipFile(fresh) as a, zipfile.ZipFile(TEMPLATE) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            assert a.read(name) == b.read(name), f"{name} differs: run python tools/make_template.py"
    assert set(module.USED_STYLE_IDS) <= _template_styles()


def test_template_opens_with_python_docx_and_has_the_benchmark_styles():
    import docx
    document = docx.Document(str(TEMPLATE))
    names = {s.name for s in document.styles}
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        assert name in names

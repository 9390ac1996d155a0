"""An imported draft exported to Word (or Akoma Ntoso) and imported again is the same draft."""
from __future__ import annotations

import json

import pytest

from workbench.core.references import TOKEN_RE, Resolver
from workbench.export.akn_reader import read_akn
from workbench.export.akn_schema import validation_errors
from workbench.export.akn_writer import akn_bytes
from workbench.export.common import ExportOptions
from workbench.export.docx_writer import export_docx
from workbench.export.importing import import_file

from .test_import_typed import wto_style
from .test_import_soft_law import initiative_zh, recommendation_en
from .test_import_typed_zh import bilingual_table, chinese_style
from .test_import_words import league_agreement


def exact(draft) -> tuple:
    """Everything a draft holds, ids replaced by positions (references included)."""
    position = {node.id: f"#{i}" for i, node in enumerate(draft.walk())}
    resolver = Resolver(draft)

    def refs(text: str) -> str:
        return TOKEN_RE.sub(lambda m: "{{ref:%s%s%s}}" % (
            position.get(resolver.article_id(m.group(1)) or "", m.group(1)), m.group(2) or "", m.group(3) or ""), text)

    def node(n) -> tuple:
        return (n.kind.value, n.title, n.title_zh, refs(n.text), refs(n.text_zh), n.numbered,
                json.dumps(n.attrs, sort_keys=True, ensure_ascii=False), tuple(node(c) for c in n.children))

    return draft.title, draft.title_zh, json.dumps(draft.meta, sort_keys=True), tuple(node(c) for c in draft.children)


CASES = {"wto": (wto_style, ("en", "both")), "zh": (chinese_style, ("zh", "both")),
         "bilingual": (bilingual_table, ("both",)), "initiative": (initiative_zh, ("zh",)),
         "recommendation": (recommendation_en, ("en",)), "words": (league_agreement, ("en",))}


@pytest.fixture(scope="module", params=sorted(CASES))
def imported(request, tmp_path_factory):
    make, languages = CASES[request.param]
    path = tmp_path_factory.mktemp("rt") / f"{request.param}.docx"
    make(path)
    return import_file(path).draft, languages, path.parent


def test_word_export_then_import_gives_the_same_draft(imported):
    draft, languages, folder = imported
    for language in languages:
        path = folder / f"again-{language}.docx"
        export_docx(draft, path, ExportOptions(language=language))
        again = import_file(path)
        assert exact(again.draft) == exact(draft), language
        assert again.unmapped == []


def test_akoma_ntoso_export_validates_and_imports_back_the_same(imported):
    draft, languages, _ = imported
    for language in languages:
        data = akn_bytes(draft, ExportOptions(language=language))
        assert validation_errors(data) == []
        assert exact(read_akn(data).draft) == exact(draft), language

"""Compare with source (issue 17): the source side keeps the source's numbers; a renumbered reference
is no modification, shown "Article 13 [in this draft: Article 14]"."""
from __future__ import annotations

import re

from workbench.core.assemble import article_from_clause, draft_from_source
from workbench.core.numbering import Numbering
from workbench.core.references import Resolver, targets
from workbench.ui.diff_view import compare_html, source_lines

COE = "coe-ai-convention"


def test_source_side_keeps_its_numbers_and_a_renumbered_reference_is_no_change(coe_window):
    workspace = coe_window.session.workspace
    clauses = workspace.clauses(source=COE)
    draft = draft_from_source("shifted", clauses)
    first = draft.articles()[0]
    holder = draft.parent_of(first.id)
    extra = article_from_clause(workspace.clause(first.derived_from))
    (holder.children if holder else draft.children).insert(0, extra)       # every number moves by one
    numbers = Numbering.of(draft).articles
    article = next(a for a in draft.articles()[1:] if any(t.startswith(COE) for n in a.walk() for t in targets(n.text)))
    target = next(t for n in article.walk() for t in targets(n.text))
    printed = int(target.rsplit("-", 1)[1])
    in_draft = numbers[next(a.id for a in draft.articles()[1:] if a.derived_from == target)]
    assert in_draft == printed + 1
    clause = workspace.clause(article.derived_from)
    html, changed = compare_html(draft, article, clause, {COE: "CoE"})
    assert not changed                                   # only the numbering moved
    assert f"Article {printed} [in this draft: Article {in_draft}]" in html
    old, new = source_lines(draft, article, clause, "en", Resolver(draft))
    assert re.search(rf"\bArticle {printed}\b", "\n".join(old)) and f"Article {in_draft}" not in "\n".join(old)
    assert f"Article {in_draft}" in "\n".join(new)
    article.children[0].text = article.children[0].text + " Added words."
    _html, changed = compare_html(draft, article, clause, {COE: "CoE"})
    assert changed                                       # a real change still is one

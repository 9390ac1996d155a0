"""Shared helpers of the checker tests: the ideal draft plan, ids, evidence numbers."""
from __future__ import annotations

from workbench.core.assemble import article_from_clause, new_chapter, recitals_from_clause
from workbench.core.model import Draft, Node, NodeKind

COE = "coe-ai-convention"


def model(name: str) -> str:
    return f"workbench-model/art-{name}"


def coe(number: int) -> str:
    return f"{COE}/art-{number}"


#: A draft assembled from the library (CoE articles) and the workbench's model clauses, by chapter.
IDEAL_PLAN = [
    ("General provisions", [coe(1), model("definitions"), model("scope"), model("guiding-principles")]),
    ("General obligations", [coe(4), coe(5), model("providers-deployers"), model("responsibility")]),
    ("Safeguards throughout the lifecycle", [coe(7), coe(8), coe(9), coe(10), coe(11), coe(12),
                                             model("transparency-oversight"), model("generative-ai"),
                                             model("data-governance")]),
    ("Remedies", [coe(14), coe(15), model("remedies"), model("procedural-safeguards")]),
    ("Risk governance", [coe(16), model("risk-tiers")]),
    ("Development, inclusion and innovation", [model("capacity-building"), model("digital-divide"),
                                               model("sustainability"), model("innovation"), model("public-goods"),
                                               model("developing-countries"), model("stakeholders"), coe(25)]),
    ("Soft law and standards", [model("soft-law"), model("standards-body")]),
    ("Institutions and compliance", [model("conference"), model("secretariat"), model("financial-resources"),
                                     model("reporting"),
                                     model("compliance"), model("penalties")]),
    ("Final clauses", [model("dispute-settlement"), model("review-amendment"), model("signature-accession"),
                       model("entry-into-force"), model("reservations"), model("withdrawal"), model("depositary"),
                       model("authentic-texts"), model("relation")]),
]


def build_ideal(ws) -> Draft:
    draft = Draft(title="Ideal AI treaty")
    preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble")
    preamble.children = recitals_from_clause(ws.clause(f"{COE}/preamble"))
    draft.children.append(preamble)
    for title, ids in IDEAL_PLAN:
        chapter = new_chapter(title)
        chapter.children = [article_from_clause(ws.clause(cid)) for cid in ids]
        draft.children.append(chapter)
    return draft


def numbers(evidence) -> set[int]:
    return {e.number for e in evidence if e.number is not None}


def elements(*texts: str, title: str = "") -> list:
    """The legal elements the reading finds in one article of these paragraphs (duties left out)."""
    from workbench.checker.analysis import Analyser
    from workbench.checker.examples import article
    return [e for e in Analyser().analyse(article(title, *texts)).elements if e.kind != "duty"]


def kind_set(*texts: str, title: str = "") -> set[str]:
    """The kinds of those elements (of an article with this heading)."""
    return {e.kind for e in elements(*texts, title=title)}


def defined_terms(*texts: str) -> set[str]:
    """The terms the reading finds defined in one article of these paragraphs."""
    from workbench.checker.analysis import Analyser
    from workbench.checker.examples import article
    return {term for term, _, _ in Analyser().analyse(article("", *texts)).defines}


def with_items(chapeau: str, *items: str, zh: bool = False) -> Node:
    """An article of one paragraph whose items are its subparagraphs (in Chinese with ``zh``)."""
    key = "text_zh" if zh else "text"
    para = Node(kind=NodeKind.PARAGRAPH, **{key: chapeau})
    para.children = [Node(kind=NodeKind.SUBPARAGRAPH, **{key: item}) for item in items]
    return Node(kind=NodeKind.ARTICLE, title="", children=[para])

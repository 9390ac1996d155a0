"""Turn library clauses into draft nodes, keeping provenance and cross-references by id."""
from __future__ import annotations

from typing import Iterable

from .library import Clause, Para
from .model import Draft, Node, NodeKind, new_id
from .references import tokenize
from .structure import closing_node


def source_resolver(clause: Clause):
    """Map a printed article number of the clause's instrument to that article's clause id."""
    prefix = f"{clause.source}/art-"

    def resolve(number: str) -> str | None:
        target = prefix + number
        if target in clause.refers_to:
            return target
        # Only references the library records as internal become tokens; anything else
        # (another chapter of the treaty, another instrument) stays plain text.
        return None

    return resolve


def _para_node(para: Para, kind: NodeKind, clause: Clause) -> Node:
    resolve = source_resolver(clause)
    node = Node(kind=kind, text=tokenize(para.text, resolve), text_zh=para.zh,
                strength=para.strength, numbered=bool(para.label))
    node.children = [_para_node(sub, NodeKind.SUBPARAGRAPH, clause) for sub in para.subs]
    return node


def article_from_clause(clause: Clause) -> Node:
    """A new draft article (fresh ids) whose text is the clause's, with ``derived_from`` set."""
    article = Node(kind=NodeKind.ARTICLE, title=clause.title, title_zh=clause.title_zh,
                   derived_from=clause.id)
    article.children = [_para_node(para, NodeKind.PARAGRAPH, clause) for para in clause.paras]
    if clause.footnotes:
        article.attrs["footnotes"] = [dict(f) for f in clause.footnotes]
    return article


def recitals_from_clause(clause: Clause) -> list[Node]:
    """Recitals for a preamble: one per paragraph of a preamble (or preambular) clause."""
    recitals = []
    for para in clause.paras:
        text = "\n\n".join(para.blocks("en"))
        text_zh = "\n\n".join(para.blocks("zh"))
        recitals.append(Node(kind=NodeKind.RECITAL, text=text, text_zh=text_zh,
                             strength=para.strength, derived_from=clause.id))
    return recitals


def nodes_for_clause(clause: Clause) -> list[Node]:
    """What adding ``clause`` to a draft inserts: recitals for preambles, the closing formula's
    paragraphs for a closing, else one article."""
    if clause.kind in ("preamble", "recital"):
        return recitals_from_clause(clause)
    if clause.kind == "closing":
        return closing_from_clause(clause).children
    return [article_from_clause(clause)]


def closing_from_clause(clause: Clause) -> Node:
    """A ``CLOSING`` node of the clause's paragraphs (English and Chinese side by side)."""
    english = [b for b in clause.text().split("\n\n") if b.strip()]
    chinese = [b for b in clause.text_zh().split("\n\n") if b.strip()]
    count = max(len(english), len(chinese))
    node = closing_node([(english[i] if i < len(english) else "", chinese[i] if i < len(chinese) else "")
                         for i in range(count)])
    for para in node.children:
        para.derived_from = clause.id
    return node


def draft_from_source(title: str, clauses: Iterable[Clause]) -> Draft:
    """A draft reproducing a whole instrument: its preamble, chapters and articles in order."""
    draft = Draft(title=title)
    preamble: Node | None = None
    chapter: Node | None = None
    for clause in clauses:
        if clause.kind in ("preamble", "recital", "closing") or clause.id.split("/")[-1].startswith("pp-"):
            if clause.kind == "closing":
                draft.children.append(closing_from_clause(clause))
                continue
            if preamble is None:
                preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
                draft.children.insert(0, preamble)
            preamble.children.extend(recitals_from_clause(clause))
            continue
        article = article_from_clause(clause)
        if clause.chapter:
            if chapter is None or chapter.attrs.get("source_chapter") != clause.chapter:
                chapter = Node(kind=NodeKind.CHAPTER, title=_chapter_title(clause.chapter),
                               title_zh=_chapter_title_zh(clause.chapter_zh), attrs={"source_chapter": clause.chapter})
                draft.children.append(chapter)
            chapter.children.append(article)
        else:
            chapter = None
            draft.children.append(article)
    closing = draft.closing()
    if closing is not None and draft.children[-1] is not closing:      # the closing comes last
        draft.children.remove(closing)
        draft.children.append(closing)
    return draft


def _chapter_title(printed: str) -> str:
    """'Chapter VII – Follow-up mechanism and co-operation' -> 'Follow-up mechanism and co-operation'."""
    for dash in (" – ", " — ", " - ", ": "):
        head, sep, tail = printed.partition(dash)
        if sep and head.split()[0].lower() in ("chapter", "part", "section", "module"):
            return tail.strip()
    return printed


def _chapter_title_zh(printed: str) -> str:
    """'第一部分 总则' -> '总则' (the number is the draft's own); a title without one is kept."""
    head, sep, tail = printed.strip().replace("\u3000", " ").partition(" ")
    if sep and head.startswith("第") and head.endswith(("部分", "章", "节", "编")):
        return tail.strip()
    return printed.strip()


def new_chapter(title: str, title_zh: str = "") -> Node:
    return Node(kind=NodeKind.CHAPTER, id=new_id(), title=title, title_zh=title_zh)

"""Large realistic inputs built from the real clause library: a big workspace and big drafts.

The library is replicated into new clauses with new ids (``<id>-r<k>``) and slightly varied
texts (one word dropped, two neighbouring words swapped per paragraph, so that search sees
distinct documents, not exact duplicates). Drafts are assembled from the real clauses exactly as
the GUI and the CLI add them (``article_from_clause``), grouped into chapters, with a preamble.
These texts exist only in the benchmark's temporary workspace and are never shown to a drafter.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from workbench.core.assemble import article_from_clause, new_chapter, recitals_from_clause
from workbench.core.edits import MoveNode, RemoveNode, SetFields
from workbench.core.library import Clause, Para
from workbench.core.model import Draft, Node, NodeKind
from workbench.paths import CLAUSES_DIR, RESOURCES_DIR
from workbench.storage import Library, Workspace, load_library
from workbench.storage.workspace import library_fingerprint

_HAN = re.compile(r"[\u3400-\u9fff]")


def real_library() -> Library:
    """The clause library shipped in clauses/ (raises LibraryError if it does not load)."""
    return load_library(CLAUSES_DIR, RESOURCES_DIR / "vocabulary.toml")


def _vary(text: str, rng: random.Random) -> str:
    if not text:
        return text
    if _HAN.search(text) and " " not in text.strip():
        chars = list(text)
        if len(chars) > 3:
            i = rng.randrange(len(chars) - 1)
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        return "".join(chars)
    words = text.split(" ")
    if len(words) > 4:
        del words[rng.randrange(len(words))]
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def _vary_para(para: Para, rng: random.Random) -> Para:
    return Para(label=para.label, text=_vary(para.text, rng), zh=_vary(para.zh, rng),
                strength=para.strength, subs=[_vary_para(sub, rng) for sub in para.subs])


def replica(clause: Clause, k: int, rng: random.Random) -> Clause:
    """Copy ``k`` of ``clause``: a new id, varied paragraph texts, references to copy ``k``."""
    data = clause.to_dict()
    suffix = f"-r{k}"
    data["id"] = clause.id + suffix
    for key in ("refers_to", "conflicts_with", "alternative_to"):
        data[key] = [target + suffix for target in data[key]]
    copy = Clause.from_dict(data)
    copy.paras = [_vary_para(p, rng) for p in clause.paras]
    return copy


def replicated_library(base: Library, size: int, seed: int = 7) -> Library:
    """``base`` plus replicas until it holds ``size`` clauses."""
    rng = random.Random(seed)
    clauses = list(base.clauses)
    k = 1
    while len(clauses) < size:
        for clause in base.clauses:
            if len(clauses) >= size:
                break
            clauses.append(replica(clause, k, rng))
        k += 1
    return Library(sources=dict(base.sources), clauses=clauses, vocabulary=base.vocabulary)


def build_workspace(path: Path, size: int, base: Library | None = None) -> Workspace:
    """A workspace at ``path`` holding a ``size``-clause library (marked as in sync with clauses/).

    The fingerprint of the real clauses/ folder is recorded, so the application opens the big
    library as it is instead of re-importing the 12 source files over it.
    """
    base = base or real_library()
    workspace = Workspace.open(path, sync_library=False)
    fingerprint = library_fingerprint(CLAUSES_DIR, RESOURCES_DIR / "vocabulary.toml")
    workspace.import_library(replicated_library(base, size), fingerprint)
    return workspace


def assemble_draft(base: Library, articles: int, title: str, per_chapter: int = 20) -> Draft:
    """A draft of ``articles`` articles from the real clauses (cycled), in chapters, with a preamble."""
    body = [c for c in base.clauses if c.kind not in ("preamble", "recital", "closing")]
    preambles = [c for c in base.clauses if c.kind in ("preamble", "recital")]
    if not body:
        raise ValueError("the library holds no article clauses")
    draft = Draft(title=title)
    if preambles:
        preamble = Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言")
        preamble.children = recitals_from_clause(preambles[0])
        draft.children.append(preamble)
    chapter = None
    for i in range(articles):
        if i % per_chapter == 0:
            chapter = new_chapter(f"Chapter group {i // per_chapter + 1}")
            draft.children.append(chapter)
        chapter.children.append(article_from_clause(body[i % len(body)]))
    return draft


def revised(draft: Draft, share: float = 0.05, seed: int = 11) -> Draft:
    """A later state of ``draft`` as a negotiation makes it: ~``share`` of the articles edited,
    some moved, some removed (through the real edit classes)."""
    rng = random.Random(seed)
    later = draft.copy()
    articles = later.articles()
    count = max(3, int(len(articles) * share))
    for article in rng.sample(articles, count):
        para = next((n for n in article.walk() if n.kind is NodeKind.PARAGRAPH and n.text), None)
        if para is not None:
            SetFields(para.id, {"text": _vary(para.text, rng)}).apply(later)
    chapters = later.chapters()
    for article in rng.sample(later.articles(), max(1, count // 3)):
        target = rng.choice(chapters)
        MoveNode(article.id, target.id, rng.randrange(len(target.children) + 1)).apply(later)
    for article in rng.sample(later.articles(), max(1, count // 3)):
        RemoveNode(article.id).apply(later)
    return later


def export_paragraphs(draft: Draft) -> list[tuple[str, str]]:
    """(style, text) of every paragraph a plain Word export of ``draft`` holds, rendered with
    current numbers and references, in the template's style names (the .docx baseline)."""
    from workbench.core.render import Renderer

    renderer = Renderer(draft)
    label = renderer.numbering.label
    out: list[tuple[str, str]] = [("Title", draft.title)]
    sub_styles = {NodeKind.PARAGRAPH: "Treaty Paragraph", NodeKind.SUBPARAGRAPH: "Treaty Subparagraph"}

    def body(node: Node, depth: int) -> None:
        style = "Treaty Subparagraph 2" if depth > 1 else sub_styles.get(node.kind, "Treaty Text")
        text = renderer.node_text(node)
        out.append((style, f"{label(node)} {text}".strip()))
        for child in node.children:
            body(child, depth + 1)

    def article(node: Node) -> None:
        out.append(("Heading 2", f"{label(node)} – {node.title}"))
        for child in node.children:
            body(child, 0)

    for top in draft.children:
        if top.kind is NodeKind.PREAMBLE:
            out.append(("Heading 1", "Preamble"))
            out.extend(("Recital", renderer.node_text(r)) for r in top.children)
        elif top.kind is NodeKind.CHAPTER:
            out.append(("Heading 1", f"{label(top)} – {top.title}"))
            for child in top.children:
                article(child)
        else:
            article(top)
    return out

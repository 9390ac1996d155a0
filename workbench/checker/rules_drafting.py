"""Rules for drafting hygiene: defined terms (F4), cross-references (F5), dependencies (F6)."""
from __future__ import annotations

import re

from ..core.labels import parse_chinese_numeral
from ..core.model import NodeKind
from ..core.plural import counted
from ..core.references import TOKEN_RE
from .annex_refs import absent_documents, missing_annexes
from .context import ArticleRef, DraftContext
from .criteria import Criterion
from .findings import Evidence
from .matcher import PhraseMatcher, normalise
from .registry import Outcome, art_list, join, register_check

_MATCHERS: dict[tuple, tuple[tuple, PhraseMatcher]] = {}


def _term_matcher(phrases: dict[str, list]) -> tuple[tuple, PhraseMatcher]:
    """A matcher for the draft's terms, made once per set of terms (rechecks after an edit reuse it)."""
    key = tuple(sorted((phrase, tuple(terms)) for phrase, terms in phrases.items()))
    found = _MATCHERS.get(key)
    if found is None:
        if len(_MATCHERS) > 16:
            _MATCHERS.clear()
        found = _MATCHERS[key] = (key, PhraseMatcher({
            "en": {p: t for p, t in phrases.items() if not _cjk(p)},
            "zh": {p: t for p, t in phrases.items() if _cjk(p)}}))
    return found          # the stored key: the same object for the same terms


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _term_uses(content, key: tuple, matcher: PhraseMatcher) -> list[tuple[int, tuple]]:
    """(paragraph position, terms) where the article uses the matcher's terms; kept with the
    article's content for the last matcher (an unchanged article is not read again)."""
    cached = content.__dict__.get("_term_uses")
    if cached is None or cached[0] is not key:
        found = []
        for pos, para in enumerate(content.paras):
            terms = tuple(term for lang, text in (("en", para.text), ("zh", para.text_zh))
                          for hit in matcher.find(text, lang) for term in hit.keys)
            if terms:
                found.append((pos, terms))
        cached = content.__dict__["_term_uses"] = (key, found)
    return cached[1]


@register_check("F4")
def defined_terms(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Every defined term is used, key terms used are defined, no term is defined twice differently.

    >>> from workbench.checker.examples import check_texts
    >>> check_texts("F4", '“artificial intelligence system” means a machine-based system.',
    ...             "Each Party shall regulate artificial intelligence systems.").verdict
    'met'
    >>> check_texts("F4", "Each Party shall regulate artificial intelligence systems.").verdict
    'missing'
    >>> check_texts("F4", '“AI system” means a machine-based system.', '“artificial intelligence system” means software.',
    ...             "Each Party shall regulate AI systems.").details["conflicts"]
    ['artificial intelligence system']
    """
    term_of = ctx.library.analyser._term
    definitions: dict[str, list[tuple[ArticleRef, int, str]]] = {}
    # a term may be defined where the instrument first uses it, in the preamble or a chapeau
    for ref in ([ctx.preamble_ref] if ctx.preamble_ref is not None else []) + list(ctx.articles):
        for term, para, text in ref.content.defines:
            definitions.setdefault(term_of(term).lower(), []).append((ref, para, text))
    key_terms = [term_of(t).lower() for t in crit.params.get("key_terms", [])]
    aliases = {alias: canon.lower() for alias, canon in ctx.library.analyser.term_aliases.items()}
    phrases: dict[str, list] = {}
    for term in set(definitions) | set(key_terms):
        phrases.setdefault(term, []).append(term)
        if not _cjk(term):
            phrases.setdefault(term + "s", []).append(term)
    for alias, canon in aliases.items():
        if canon in phrases:
            phrases.setdefault(alias, []).append(canon)
            phrases.setdefault(alias + "s", []).append(canon)
    matcher_key, matcher = _term_matcher(phrases)
    used: dict[str, set] = {}
    for ref in ctx.articles:
        for pos, terms in _term_uses(ref.content, matcher_key, matcher):
            for term in terms:
                used.setdefault(term, set()).add((ref.id, pos))
        for term in ref.content.uses:
            used.setdefault(term.lower(), set()).add((ref.id, "tag"))
    conflicts, unused, undefined = [], [], []
    evidence = []
    for term, defs in definitions.items():
        texts = {normalise(text).lower() for _r, _p, text in defs if text} or {r.content.derived_from for r, _p, _t in defs}
        sources = {(r.content.derived_from or r.id) for r, _p, _t in defs}
        if len(defs) > 1 and len(texts) > 1 and len(sources) > 1:
            conflicts.append(term)
            for ref, para, _text in defs[:2]:
                evidence.append(ctx.evidence(ref, None, f"defines “{term}” differently", f"对“{term}”作出不同定义",
                                             para=para if para >= 0 else None, problem=True))
        places = used.get(term, set()) - {(r.id, p) for r, p, _t in defs}
        if not places:
            unused.append(term)
            ref, para, _text = defs[0]
            evidence.append(ctx.evidence(ref, None, f"“{term}” is defined but not used", f"“{term}”已定义但未使用",
                                         para=para if para >= 0 else None, problem=True))
    for term in sorted(set(key_terms) | {t.lower() for r in ctx.articles for t in r.content.uses}):
        if term not in definitions and used.get(term):
            undefined.append(term)
            ref_id = next(iter(used[term]))[0]
            ref = next((r for r in ctx.articles if r.id == ref_id), None)
            if ref is not None:
                evidence.append(ctx.article_evidence(ref, f"uses “{term}”, defined nowhere in the draft",
                                                     f"使用了“{term}”，但草案未作定义", problem=True))
    details = {"defined": sorted(definitions), "conflicts": conflicts, "unused": unused, "undefined": undefined,
               "want_terms": undefined}
    if not definitions and not undefined:
        return Outcome("not-applicable", "Not applicable: the draft defines no terms and uses no key term.",
                       "不适用：草案未定义用语，也未使用关键用语。", evidence, details)
    issues, issues_zh = [], []
    if conflicts:
        issues.append("conflicting definitions of " + join([f"“{t}”" for t in conflicts]))
        issues_zh.append("冲突的定义：" + "、".join(f"“{t}”" for t in conflicts))
    if undefined:
        issues.append("used but not defined: " + join([f"“{t}”" for t in undefined]))
        issues_zh.append("使用但未定义：" + "、".join(f"“{t}”" for t in undefined))
    if unused:
        issues.append("defined but not used: " + join([f"“{t}”" for t in unused]))
        issues_zh.append("定义但未使用：" + "、".join(f"“{t}”" for t in unused))
    if not issues:
        return Outcome("met", f"Met: {counted(len(definitions), 'defined term', 'defined terms')}, all used, none defined twice.",
                       f"已满足：{len(definitions)}个定义用语均被使用，无重复定义。", evidence, details)
    verdict = "missing" if undefined and not definitions else "partial"
    return Outcome(verdict, "; ".join(issues).capitalize() + ".", "；".join(issues_zh) + "。", evidence, details)


_EXTERNAL_TAIL = re.compile(r"^[.\w]*\s*(?:,[^.;]{0,60})?\s+of\s+(?:the\s+)?(?!this\b)[A-Z(]")


@register_check("F5")
def references_resolve(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Every reference points to an article in the draft; unlinked article numbers are flagged.

    >>> from workbench.checker.examples import check_texts
    >>> check_texts("F5", "Disputes shall be settled as provided for in {{ref:coe-ai-convention/art-23}}.").verdict
    'partial'
    >>> check_texts("F5", "Each Party shall act.").verdict
    'met'
    """
    suggested = {ref.suggested for ref in ctx.articles if ref.suggested}
    present = {ref.id for ref in ctx.articles} | {ref.content.derived_from for ref in ctx.articles if ref.content.derived_from}
    present |= suggested
    unresolved, plain, preamble, total, written = [], [], [], 0, 0
    # the numbers the draft's articles are cited by: as printed where the import kept them (an extract,
    # a text that starts at Article 3), else their positions
    numbers = {r.number for r in ctx.articles if r.node is not None and r.number is not None}
    # how many numbered paragraphs each article has, where it has them ("paragraph 3 of Article 15" needs three)
    paragraphs = {r.number: count for r in ctx.articles if r.node is not None and r.number is not None
                  for count in [_numbered_paragraphs(r.node)] if count}
    no_paragraph: list[tuple] = _linked_to_missing_paragraphs(ctx)
    # the draft's own references, as core.references resolves them
    where: dict[str, tuple] = {}
    for ref in ctx.articles:
        if ref.node is not None:
            nodes = list(ref.node.walk())
            for pos, info in enumerate(ref.content.paras):
                where[nodes[info.index].id] = (ref, pos)
    left_out = ctx.removed_node_ids()
    for node_id, target in ctx.resolver.unresolved():
        if target in suggested or node_id in left_out:
            continue
        ref, pos = where.get(node_id, (None, -1))
        if ref is not None:
            unresolved.append((ref, pos, target))
        else:
            preamble.append(target)                # a recital (or a chapter heading) refers to it
    for ref in ctx.articles:
        total += len(ref.content.refs)
        if ref.node is None:                      # a library clause being tried as a suggestion
            unresolved.extend((ref, para, target) for para, target in ref.content.refs if target not in present)
        for para, text in ref.content.plain_refs:
            raw = ref.content.paras[para].text if para < len(ref.content.paras) else ""
            at = raw.find(text)
            if at >= 0 and _EXTERNAL_TAIL.match(raw[at + len(text):at + len(text) + 80]):
                continue
            total += 1
            number = _article_number(text)
            if number is not None and number in numbers and ref.node is not None and not ref.content.derived_from:
                # a number written out in an imported text, naming an article of the draft: a treaty is
                # written so; one typed into an article copied from the library will not follow renumbering
                written += 1
                wanted_para = _paragraph_cited(ref.content.paras[para] if para < len(ref.content.paras) else None, text)
                if wanted_para and wanted_para > paragraphs.get(number, wanted_para):
                    no_paragraph.append((ref, para, text, wanted_para, paragraphs[number]))
                continue
            plain.append((ref, para, text))
    # annexes named by number that the draft lacks, and documents said to be part of the instrument when it has none
    annexes = missing_annexes(ctx) + absent_documents(ctx)
    evidence = []
    for ref, para, target in unresolved[:6]:
        cite = ctx.resolver.absent_label(target, "en") if target.count("/") == 1 else target
        ev = ctx.evidence(ref, None, f"refers to {cite}", f"引用了{ctx.resolver.absent_label(target, 'zh')}", para=para,
                          problem=True)
        ev.quote = cite
        evidence.append(ev)
    for target in preamble[:3]:
        evidence.append(Evidence(heading="Preamble", heading_zh="序言", quote=ctx.resolver.absent_label(target, "en"),
                                 note="a recital refers to a provision not in the draft",
                                 note_zh="序言段落引用了草案中不存在的条款", problem=True))
    unresolved_targets = [t for _r, _p, t in unresolved] + preamble
    for ref, para, text in plain[:6]:
        ev = ctx.evidence(ref, None, f"“{text}” is a plain number, not a link: it will not follow renumbering",
                          f"“{text}”是普通文字编号而非链接，重新编号后不会更新", para=para, problem=True)
        ev.quote = text
        evidence.append(ev)
    for ref, para, name in annexes[:3]:
        ev = ctx.evidence(ref, None, f"refers to {name}, which is not in the draft", f"引用了草案中不存在的{name}",
                          para=para, problem=True)
        ev.quote = name.strip("“”")           # the words as printed; the report puts its own quotation marks
        evidence.append(ev)
    for ref, para, text, wanted_para, has in no_paragraph[:3]:
        ev = ctx.evidence(ref, None, f"refers to paragraph {wanted_para} of {text}, which has {counted(has, 'paragraph', 'paragraphs')}",
                          f"引用了{text}第{wanted_para}款，但该条只有{has}款", para=para, problem=True)
        ev.quote = text
        evidence.append(ev)
    wanted = sorted({t for t in unresolved_targets if t in ctx.library.clauses})
    details = {"references": total, "unresolved": unresolved_targets, "written_numbers": written,
               "plain": [f"{r.number}:{t}" for r, _p, t in plain], "want_clauses": wanted,
               "missing_annexes": sorted({n for _r, _p, n in annexes}),
               "missing_paragraphs": [f"{t}({w})" for _r, _p, t, w, _h in no_paragraph]}
    if annexes:
        names = sorted({n for _r, _p, n in annexes})
        return Outcome("partial", f"Broken references: {join(names[:4])}" + (" …" if len(names) > 4 else "")
                       + " referred to but not in the draft" + (f"; {counted(len(unresolved_targets), 'reference', 'references')} to provisions "
                       "not in the draft" if unresolved_targets else "") + ".",
                       f"引用问题：引用了草案中不存在的{'、'.join(names[:4])}。", evidence, details)
    if no_paragraph and not unresolved_targets and not plain:
        cited = join(sorted({f"paragraph {w} of {t}" for _r, _p, t, w, _h in no_paragraph})[:4])
        cited_zh = "、".join(sorted({f"{t}第{w}款" for _r, _p, t, w, _h in no_paragraph})[:4])
        return Outcome("partial", f"Broken references: {cited}, which the article does not have.",
                       f"引用问题：引用了不存在的款项（{cited_zh}）。", evidence, details)
    if not unresolved_targets and not plain:
        return Outcome("met", (f"Met: the {total} internal references all resolve." if total > 1 else "Met: the one internal reference resolves.") if total else
                       "Met: the draft has no internal references.",
                       f"已满足：{total}处内部引用均有效。" if total else "已满足：草案没有内部引用。", evidence, details)
    parts, parts_zh = [], []
    if unresolved_targets:
        parts.append(f"{counted(len(unresolved_targets), 'reference', 'references')} to provisions not in the draft ("
                     + join(sorted({ctx.resolver.absent_label(t, 'en').split(',')[0] for t in unresolved_targets})[:5]) + ")")
        parts_zh.append(f"{len(unresolved_targets)}处引用指向草案中不存在的条款")
    if plain:
        parts.append(f"{counted(len(plain), 'unlinked article number', 'unlinked article numbers')} ({art_list([r.number for r, _p, _t in plain])})")
        parts_zh.append(f"{len(plain)}处未链接的条款编号")
    return Outcome("partial", "Broken references: " + "; ".join(parts) + ".", "引用问题：" + "；".join(parts_zh) + "。",
                   evidence, details)


_ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_PARA_BEFORE = re.compile(r"\bparagraph\s+(\d+)\s+of\s+$", re.IGNORECASE)
_PARA_AFTER = re.compile(r"^(?:\s?\((\d+)\)|,?\s*paragraph\s+(\d+)\b)", re.IGNORECASE)
_PARA_AFTER_ZH = re.compile(r"^第([一二三四五六七八九十]+|\d+)款")


def _paragraph_named(before: str, after: str, zh: bool) -> int | None:
    """The paragraph a reference to an article names, from the text around it: 3 in "paragraph 3 of
    Article 15", "Article 15(3)", "Article 15, paragraph 3", "第十五条第三款"; None for the article alone."""
    if zh:
        match = _PARA_AFTER_ZH.match(after)
        if not match:
            return None
        value = match.group(1)
        return int(value) if value.isdigit() else parse_chinese_numeral(value)
    match = _PARA_BEFORE.search(before[-40:])
    if match:
        return int(match.group(1))
    match = _PARA_AFTER.match(after[:30])
    return int(match.group(1) or match.group(2)) if match else None


def _paragraph_cited(info, text: str) -> int | None:
    """The paragraph a plain reference ("Article 15" written out) names in its paragraph's text."""
    if info is None:
        return None
    for raw, zh in ((info.text or "", False), (info.text_zh or "", True)):
        at = raw.find(text)
        if at >= 0:
            found = _paragraph_named(raw[:at], raw[at + len(text):], zh)
            if found:
                return found
    return None


def _numbered_paragraphs(node) -> int:
    return sum(1 for c in node.children if c.kind is NodeKind.PARAGRAPH and c.numbered)


def _linked_to_missing_paragraphs(ctx: DraftContext) -> list[tuple]:
    """Linked references ({{ref:…}}) that name a paragraph the article they link to does not have."""
    by_id = {r.node.id: r for r in ctx.articles if r.node is not None}
    found = []
    for ref in ctx.articles:
        if ref.node is None:
            continue
        nodes = list(ref.node.walk())
        for pos, info in enumerate(ref.content.paras):
            node = nodes[info.index]
            for raw, zh in ((node.text or "", False), (node.text_zh or "", True)):
                if "{{ref:" not in raw:
                    continue
                for match in TOKEN_RE.finditer(raw):
                    target = by_id.get(match.group(1))
                    if target is None or target.number is None:
                        continue
                    has = _numbered_paragraphs(target.node)
                    wanted = _paragraph_named(TOKEN_RE.sub("", raw[:match.start()]), raw[match.end():], zh)
                    if has and wanted and wanted > has:
                        label = f"第{target.number}条" if zh else f"Article {target.number}"
                        found.append((ref, pos, label, wanted, has))
    return found


def _article_number(text: str) -> int | None:
    """12 from "Article 12" or "第十二条"."""
    match = re.search(r"(\d+)", text)
    if match:
        return int(match.group(1))
    match = re.search(r"第([零一二三四五六七八九十百]+)条", text)
    if not match:
        return None
    total, current = 0, 0
    for ch in match.group(1):
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _ZH_DIGITS[ch]
    return total + current


def unsatisfied_dependencies(ctx: DraftContext) -> list[tuple[ArticleRef, str, str]]:
    """(article, function, why) for every function an article needs that no article provides."""
    provided: set[str] = set()
    for ref in ctx.articles:
        provided |= ref.content.provides
    out = []
    for ref in ctx.articles:
        for function in sorted(ref.content.requires - provided):
            why = ref.content.mentions.get(function, "")
            out.append((ref, function, why))
    return out


#: a provision that operates under another one ("a panel established under Chapter 28 (Dispute
#: Settlement)", "refer the matter … in accordance with Article 18.3 (Functions of …)")
_RELIES = re.compile(r"\b(?:established|set\s+out|provided\s+(?:for\s+)?|defined|adopted|designated|conducted|"
                     r"carried\s+out)\s+(?:in|under|pursuant\s+to)\s+(?:subparagraph\s+\S+\s+of\s+)?$|"
                     r"\b(?:under|pursuant\s+to|in\s+accordance\s+with)\s+(?:subparagraph\s+\S+\s+of\s+)?$")
_CHAPTER_REF = re.compile(r"\b(Chapter)\s+(\d+|[IVXL]+)\b(\s+\([A-Z][^()]{0,60}\))?")
# an annex the provision is governed by ("governed by Annex VIII", "Annex III lays down the rules")
# or named as where the matter is held ("as contained in Annex III", "the working groups mentioned in
# Annex V", "a liberalisation programme … (Annex I)")
_RELIES_ANNEX_BEFORE = re.compile(r"\b(?:governed\s+by|laid\s+down\s+in|set\s+out\s+in|provided\s+(?:for\s+)?in|"
                                  r"specified\s+in|in\s+accordance\s+with|pursuant\s+to|under|contained\s+in|"
                                  r"indicated\s+in|listed\s+in|mentioned\s+in|attached\s+as|annexed\s+as)\s+(?:the\s+)?$|\($", re.IGNORECASE)
_RELIES_ANNEX_AFTER = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?(?:lays\s+down|sets\s+out|establishes|contains|shall\s+govern|"
                                 r",?\s*which\s+(?:is|forms?|shall\s+form|constitutes?)\s+an\s+integral\s+part)\b")
def outside_dependencies(ctx: DraftContext) -> list[tuple[ArticleRef, int, str]]:
    """(article, paragraph, "Chapter 28 (Dispute Settlement)") for each provision of the draft that
    operates under an article, chapter or annex of the same instrument that the draft does not hold."""
    chapters = labels = None
    out = []
    for ref in ctx.articles:
        if ref.node is None:
            continue
        seen = set()
        for para, text in ref.content.plain_refs:
            raw = ref.content.paras[para].text if para < len(ref.content.paras) else ""
            at = raw.find(text)
            if at < 0 or _EXTERNAL_TAIL.match(raw[at + len(text):at + len(text) + 80]):
                continue
            if labels is None:                   # an unlinked number may still name an article of the draft
                labels = {ctx.numbering.label(r.node).lower() for r in ctx.articles if r.node is not None}
            if re.sub(r"\s+", " ", text.split(",")[0]).lower() in labels:
                continue
            if _RELIES.search(raw[max(0, at - 60):at]) and text not in seen:
                seen.add(text)
                out.append((ref, para, text))
        for para, info in enumerate(ref.content.paras):
            raw = info.text or ""
            if "Chapter " not in raw:
                continue
            for match in _CHAPTER_REF.finditer(raw):
                name = match.group(0)
                if chapters is None:
                    chapters = {ctx.numbering.label(node).lower() for node, _n, _h in ctx.chapters}
                if (f"chapter {match.group(2)}".lower() in chapters or name in seen
                        or _EXTERNAL_TAIL.match(raw[match.end():match.end() + 80])
                        or not _RELIES.search(raw[max(0, match.start() - 60):match.start()])):
                    continue
                seen.add(name)
                out.append((ref, para, name))
    out.extend(absent_documents(ctx))
    for ref, para, name in missing_annexes(ctx):
        raw = ref.content.paras[para].text if para < len(ref.content.paras) else ""
        for match in re.finditer(re.escape(name) + r"\b", raw, re.IGNORECASE):
            if (_RELIES_ANNEX_BEFORE.search(raw[max(0, match.start() - 40):match.start()])
                    or _RELIES_ANNEX_AFTER.match(raw[match.end():match.end() + 80])):
                if (ref.id, name) not in {(r.id, n) for r, _p, n in out}:
                    out.append((ref, para, name))
                break
    return out


@register_check("F6")
def dependencies(ctx: DraftContext, crit: Criterion) -> Outcome:
    """Every article's prerequisites are in the draft: the functions it requires or mentions, and
    the articles or chapters of the same instrument under which it operates.

    >>> from workbench.checker.examples import check_texts
    >>> outcome = check_texts("F6", "Disputes may be referred to the Conference of the Parties.")
    >>> outcome.verdict, outcome.details["missing_functions"]
    ('partial', ['treaty-body'])
    >>> outcome = check_texts("F6", "Each Party shall designate an office to assist a panel established under "
    ...                       "Chapter 28 (Dispute Settlement).")
    >>> outcome.verdict, outcome.details["outside"]
    ('partial', ['Chapter 28 (Dispute Settlement)'])
    """
    broken = unsatisfied_dependencies(ctx)
    outside = outside_dependencies(ctx)
    evidence = []
    for ref, function, why in broken[:8]:
        label = _function_label(ctx, function)
        ev = ctx.article_evidence(ref, f"needs {label}" + (f" (mentions “{why}”)" if why else "") + ", which no article provides",
                                  f"需要{_function_label(ctx, function, 'zh')}，但没有条款规定", problem=True)
        ev.quote = why
        evidence.append(ev)
    for ref, para, name in outside[:max(0, 8 - len(evidence))]:
        ev = ctx.evidence(ref, None, f"operates under {name}, which is not in the draft",
                          f"依赖草案中不存在的{name}", para=para, problem=True)
        ev.quote = name.strip("“”")
        evidence.append(ev)
    functions = sorted({f for _r, f, _w in broken})
    details = {"missing_functions": functions, "want_functions": functions,
               "broken": [{"article_id": r.id, "number": r.number, "title": r.title, "function": f} for r, f, _w in broken],
               "outside": sorted({name for _r, _p, name in outside})}
    if not broken and not outside:
        return Outcome("met", "Met: every article's prerequisites are in the draft.", "已满足：各条款的前提条款均在草案中。",
                       evidence, details)
    parts = [f"{art_list([r.number for r, f2, _w in broken if f2 == f]) or 'a suggested clause'} "
             f"({join(sorted({r.title for r, f2, _w in broken if f2 == f and r.title}))}) need "
             f"{_function_label(ctx, f)}, which no article provides" for f in functions]
    parts_zh = [f"{art_list([r.number for r, f2, _w in broken if f2 == f], 'zh')}需要{_function_label(ctx, f, 'zh')}，"
                "但没有条款规定" for f in functions]
    if outside:
        names = sorted({name for _r, _p, name in outside})
        numbers = sorted({r.number for r, _p, _n in outside if r.number is not None})
        parts.append(f"{art_list(numbers)} {'operates' if len(numbers) == 1 else 'operate'} under {join(names[:4])}" + (" …" if len(names) > 4 else "")
                     + ", not in the draft")
        parts_zh.append(f"{art_list(numbers, 'zh')}"
                        f"依赖草案中不存在的{'、'.join(names[:4])}")
    return Outcome("partial", "Unsatisfied dependencies: " + "; ".join(parts) + ".",
                   "依赖未满足：" + "；".join(parts_zh) + "。", evidence, details)


_FUNCTION_NAMES = {"treaty-body": ("a treaty body (Conference of the Parties)", "条约机构（缔约方会议）"),
                   "compliance-mechanism": ("a compliance mechanism", "遵约机制"),
                   "ratification": ("ratification", "批准"), "federal-clause": ("a federal clause", "联邦条款"),
                   "secretariat": ("a secretariat", "秘书处")}


def _function_label(ctx: DraftContext, function: str, lang: str = "en") -> str:
    if function in _FUNCTION_NAMES:
        return _FUNCTION_NAMES[function][1 if lang == "zh" else 0]
    return function.replace("-", " ")

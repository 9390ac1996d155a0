"""What each provision of an article does: the legal elements it sets out, who bears the duty, and
whether it is about AI (rules in resources/reading.toml).

A provision is a paragraph or sub-paragraph (or a recital, or the closing formula). It is read in
English when it has English text, else in Chinese, so a bilingual draft reads as its English
version does and a Chinese-only draft is read with the same rules in Chinese. A sub-paragraph
without a subject of its own takes the duty-bearer of its chapeau ("The functions of the Joint
Committee shall be to: … (g) issue interpretations"), and is about AI when its chapeau or its
article's heading is.

>>> from workbench.checker.examples import article
>>> from workbench.checker.analysis import Analyser
>>> content = Analyser().analyse(article("Institutions",
...     "An Intergovernmental Committee, called the Heritage Committee, is hereby established.",
...     "The Committee shall adopt its own rules of procedure and may issue interpretations of this Convention."))
>>> [(e.kind, e.para) for e in content.elements if e.kind != "duty"]
[('treaty-body', 0), ('treaty-body', 1), ('body-powers', 1)]
>>> [e.tags for e in content.elements if e.kind == "body-powers"]
[('by-body', 'mandatory', 'decides')]
>>> bearer("Each Party shall ensure that its customs authorities apply the rules.", "en")
'party'
>>> bearer("Calls upon all Member States to cooperate.", "en")
'party'
>>> bearer("各缔约方应努力开展合作。", "zh")
'party'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..core import modality
from .matcher import normalise
from .reading_spec import ReadingSpec, default_reading

# a resolution's operative paragraph, or a call in a code: the duty-bearer is the addressee
_CALL = re.compile(r"^(?:we\s+)?(?:[A-Z][a-z]+\s+)?(?:calls?\s+(?:up)?on|encourages?|urges?|invites?|requests?|"
                   r"instructs|mandates|recommends?\s+that|appeals\s+to)\s+(.{0,160}?)(?:\s+to\s|\s+to:|,|$)",
                   re.IGNORECASE)
_ZH_CALL = re.compile(r"^(?:呼吁|鼓励|敦促|邀请|请|促请)(.{0,40}?)(?:在|进一步|加强|采取|努力|继续|，)")
_SPLIT = re.compile(r"(?<=[.;:])\s+|(?<=[。；：])")
_WILL = re.compile(r"\bwill\s+(?!be\s+(?:able|free)\b)(?:not\s+)?\w", re.IGNORECASE)


@dataclass(frozen=True)
class ElementHit:
    """A legal element found in one provision of an article (``para`` indexes ``content.paras``)."""

    kind: str
    para: int
    quote: str
    tags: tuple[str, ...]
    lang: str = "en"

    def has(self, tag: str) -> bool:
        return tag in self.tags


@lru_cache(maxsize=50000)
def _modal(sentence: str, lang: str) -> tuple:
    return tuple(modality.find_modal_phrases(sentence, lang))


def _subjects(text: str, lang: str):
    """The addressee of a call, then the words before the first binding, hortatory or permissive
    verb of each sentence that has one."""
    call = (_CALL if lang == "en" else _ZH_CALL).match(text.strip())
    if call:
        yield call.group(1)
    for sentence in _SPLIT.split(text)[:4]:
        for strength, phrase, offset in _modal(sentence, lang):
            if strength != modality.DECLARATORY:
                # the modal phrase may hold its actor ("Committee may")
                yield sentence[max(0, offset - 200):offset + len(phrase)]
                break
        else:
            # a commitment in the future tense names its actor too ("the Mainland will apply zero tariff")
            will = _WILL.search(sentence) if lang == "en" else None
            if will:
                yield sentence[max(0, will.start() - 200):will.start()]


def bearer(text: str, lang: str, spec: ReadingSpec | None = None) -> str:
    """The kind of actor that bears the duty a provision sets: party, body, un, authority,
    company, person (the first sentence that names one); "" when none is named."""
    spec = spec or default_reading()
    for subject in _subjects(normalise(text) if lang == "en" else text, lang):
        best = None
        for kind, pattern in spec.bearers[lang]:
            match = pattern.search(subject)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), kind)
        if best:
            return best[1]
    return ""


_RANK = {s: i for i, s in enumerate(reversed(modality.RANKING))}
#: kinds a heading can show (a heading names a subject; duties, exceptions and final clauses are
#: read from the provisions themselves)
_HEADING_KINDS = frozenset({"data-protection", "cross-border-data", "transparency", "human-oversight", "risk-process",
                            "risk-tiers", "generative-ai", "capacity-building", "technology-transfer", "stakeholders",
                            "public-good", "sandbox", "standards-link"})


def _tags(rule, text: str, lang: str) -> tuple[str, ...]:
    return tuple(t.id for t in rule.tags if (t.en if lang == "en" else t.zh) is not None
                 and (t.en if lang == "en" else t.zh).search(text))


def is_ai(text: str, lang: str, spec: ReadingSpec | None = None) -> bool:
    pattern = (spec or default_reading()).ai.get(lang)
    return bool(pattern and text and pattern.search(text))


_RUN_IN_ITEM = re.compile(r"^\s*(?:[-‒–—−•]\s*\S|[a-z])")


def _frames(paras, spec: ReadingSpec) -> dict[int, str]:
    """position -> the exception chapeau ([frames] in reading.toml) a provision is an item of: a
    provision below it, or one after it at its own level when the chapeau ends with a colon and the
    provision opens with a dash or a lower-case word ("-protection of public morals;"), as translations
    type dash items that an importer keeps as paragraphs."""
    out: dict[int, str] = {}
    above: dict[int, str] = {}                       # depth -> an exception chapeau there
    run_in: tuple[int, str] | None = None            # (depth, chapeau) whose items may follow at its level
    for pos, para in enumerate(paras):
        lang, raw = ("en", para.text) if para.text else ("zh", para.text_zh)
        if not raw:
            continue
        text = normalise(raw) if lang == "en" else raw
        frame = next((above[d] for d in range(para.depth - 1, 0, -1) if d in above), None)
        if frame is None and run_in is not None and run_in[0] == para.depth and _RUN_IN_ITEM.match(raw):
            frame = run_in[1]
        else:
            run_in = None if frame is None else run_in
        for depth in [d for d in above if d >= para.depth]:
            del above[depth]
        if frame is not None:
            out[pos] = frame
            continue
        framer = spec.exception_frame.get(lang)
        if framer is not None and framer.search(text):
            above[para.depth] = text
            if text.rstrip().endswith((":", "：")):
                run_in = (para.depth, text)
    return out


def framed_items(paras, spec: ReadingSpec | None = None) -> frozenset[int]:
    """Positions of the provisions that are items of an exception chapeau ([frames] in reading.toml):
    what they name is the exception's subject; criteria other than [frames] exception_criteria do
    not read them."""
    return frozenset(_frames(paras, spec or default_reading()))


def read_provisions(paras, title: str = "", title_zh: str = "",
                    spec: ReadingSpec | None = None) -> tuple[list[ElementHit], frozenset[int]]:
    """Every legal element in the provisions ``paras`` (an article's ParaInfo list, in order), and
    the positions of the provisions that are about AI (themselves, their chapeau or heading)."""
    spec = spec or default_reading()
    found: list[ElementHit] = []
    ai_paras: set[int] = set()
    duties: set[tuple[str, str]] = set()
    # a heading that states what the article does ("Implement … protections for personal data",
    # "Joint Committee") is read too, as position -1, with the article's strongest wording
    strongest = max((p.strength for p in paras), key=_RANK.get, default=modality.DECLARATORY)
    for lang, head in (("en", title), ("zh", title_zh)):
        if head and (lang == "en" or not title):
            text = normalise(head) if lang == "en" else head
            tags = (strongest,) + (("ai",) if is_ai(text, lang, spec) else ())
            found.extend(ElementHit(rule.kind, -1, m.group(0).strip(), tags + _tags(rule, text, lang), lang)
                         for rule in spec.elements if rule.kind in _HEADING_KINDS
                         for m in [rule.find[lang].search(text) if rule.find.get(lang) else None] if m)
    chain: dict[int, tuple[str, bool]] = {}          # depth -> (bearer, ai) of the last provision there
    frames = _frames(paras, spec)                    # position -> the exception chapeau it is an item of
    heading_ai = is_ai(title, "en", spec) or is_ai(title_zh, "zh", spec)
    for pos, para in enumerate(paras):
        lang, raw = ("en", para.text) if para.text else ("zh", para.text_zh)
        if not raw:
            continue
        text = normalise(raw) if lang == "en" else raw
        parent = next((chain[d] for d in range(para.depth - 1, 0, -1) if d in chain), ("", heading_ai))
        who = bearer(text, lang, spec) or parent[0]
        ai = is_ai(text, lang, spec) or parent[1] or heading_ai
        if ai:
            ai_paras.add(pos)
        chain[para.depth] = (who, ai)
        for depth in [d for d in chain if d > para.depth]:
            del chain[depth]
        # an item of a chapeau that frames an exception ("Nothing in this Agreement precludes … if
        # these measures relate to: – national security") is read with its chapeau as one sentence,
        # for the exception kinds only: what an exception names is its subject, not a commitment
        frame = frames.get(pos)
        if frame is not None:
            text = frame + " " + text
        before = len(found)
        _read(spec, text, lang, pos, who, para.strength, ai, frame is not None, duties, found)
        # a provision of several sentences ("The Council shall meet twice a year. It may adopt
        # decisions by majority. Any State may accede …") is read sentence by sentence too: each
        # sentence with its own duty-bearer and wording, its exclusions its own; kinds the whole
        # provision already gave are not repeated
        if frame is None:
            sentences = _sentences(text, lang)
            if len(sentences) > 1:
                have = {hit.kind for hit in found[before:]}
                for sentence in sentences:
                    own = bearer(sentence, lang, spec) or who
                    strength = modality.classify(sentence, lang) if lang == "en" else para.strength
                    extra: list[ElementHit] = []
                    _read(spec, sentence, lang, pos, own, strength, ai, False, duties, extra)
                    for hit in extra:
                        if hit.kind not in have:
                            have.add(hit.kind)
                            found.append(hit)
    found.extend(_by_heading(spec, title, title_zh, {hit.kind for hit in found}, strongest, heading_ai))
    return found, frozenset(ai_paras)


# a heading's own label and punctuation ("Article 12 – Entry into Force.", "第十二条 生效")
_HEAD_LABEL = re.compile(r"^\s*(?:article|art\.|section|rule)\s+[\w.()-]+\s*[:.–—-]*\s*|^\s*第[^条章节]{1,8}[条章节]\s*|[\s.:;。：]+$",
                         re.IGNORECASE)


def _by_heading(spec: ReadingSpec, title: str, title_zh: str, have: set[str], strongest: str,
                ai: bool) -> list[ElementHit]:
    """The kinds an article's heading names ([headings] in reading.toml) that its provisions did
    not show, as position -1: drafters title an article by what it does, in any words."""
    out = []
    for lang, head in (("en", title), ("zh", title_zh)):
        if not head or (lang == "zh" and title):
            continue
        text = _HEAD_LABEL.sub("", normalise(head) if lang == "en" else head)
        for kind, pattern in spec.headings.get(lang, ()):
            match = pattern.search(text) if kind not in have else None
            if match:
                have.add(kind)
                out.append(ElementHit(kind, -1, text, (strongest, "heading") + (("ai",) if ai else ()), lang))
    return out


#: where one sentence of a provision ends and the next begins ("… twice a year. It may …", "。")
_SENTENCE = re.compile(r"(?<=[a-z0-9)\]\"”'])\.\s+(?=[A-Z“\"(])|(?<=。)")


def _sentences(text: str, lang: str) -> list[str]:
    shortest = 12 if lang == "en" else 4
    return [s for s in (part.strip() for part in _SENTENCE.split(text)) if len(s) > shortest]


def _read(spec: ReadingSpec, text: str, lang: str, pos: int, who: str, strength: str, ai: bool, framed: bool,
          duties: set[tuple[str, str]], found: list[ElementHit]) -> None:
    """The elements one provision (or one of its sentences) sets out, appended to ``found``: ``who``
    bears its duty, ``strength`` is its wording's, ``ai`` whether it is about AI."""
    base = tuple(t for t in (f"by-{who}" if who else "", strength, "ai" if ai else "") if t)
    low = text.lower()
    for rule in spec.elements:
        if framed and rule.kind not in spec.exception_kinds:
            continue
        keys = rule.keys.get(lang)
        free = rule.free.get(lang) if rule.free else None
        keyed = keys is None or any(k in low for k in keys)      # tested once: it is most of the cost
        if not keyed and free is None:
            continue
        if rule.kind == "duty" and (who, strength) in duties:
            continue                # one duty of each bearer and strength per article is enough
        parts = rule.parts.get(lang) if keyed else None
        match = parts.search(text, low) if parts is not None else None
        if match is not None and rule.bearers and who not in rule.bearers:
            match = None
        if match is None and free is not None:
            match = free.search(text)          # found whoever bears the duty
        if match is None:
            continue
        need, exclude = rule.need.get(lang), rule.exclude.get(lang)
        if (need is not None and not need.search(text)) or (exclude is not None and exclude.search(text)):
            continue
        tags = base + _tags(rule, text, lang)
        if rule.kind == "duty":
            if "others" not in tags:
                duties.add((who, strength))
        found.append(ElementHit(rule.kind, pos, match.group(0).strip(), tags, lang))

"""Obligation strength of a treaty paragraph: mandatory, hortatory, permissive or declaratory.

The classifier looks for modal phrases ("shall", "shall endeavour", "may", "recognise", 应当,
努力, 可以, 认识到 ...) and ranks what it finds: a paragraph with an unsoftened binding phrase is
``mandatory``; else one with a soft commitment is ``hortatory``; else one granting a power or
option is ``permissive``; anything else (recognition, definitions, statements) is
``declaratory``. A "shall" that is softened where it stands ("shall endeavour", "shall seek to",
"shall encourage", "shall, as appropriate, ...", "shall take, as appropriate, ...") counts as
hortatory, never as mandatory. The result is a first guess for a legal expert to review: it reads
wording, not context (a recital that says "should" is still only a recital).

>>> classify("Each Party shall adopt or maintain measures to respect human dignity.")
'mandatory'
>>> classify("The Parties shall endeavour to promote the adoption of ethical frameworks.")
'hortatory'
>>> classify("Any Party may, at any time, denounce this Convention.")
'permissive'
>>> classify("各国应秉持共同、综合、合作、可持续的安全观", lang="zh")
'mandatory'
>>> classify("各缔约国应在可能的范围内尽力防止非法出口", lang="zh")
'hortatory'
"""
from __future__ import annotations

import re

MANDATORY = "mandatory"
HORTATORY = "hortatory"
PERMISSIVE = "permissive"
DECLARATORY = "declaratory"

#: Strengths from strongest to weakest; ``classify`` returns the first one found.
RANKING = (MANDATORY, HORTATORY, PERMISSIVE, DECLARATORY)

# Qualifiers that soften an obligation when they stand right after "shall" (with at most two
# words in between: "shall take, as appropriate," / "shall take measures, where practicable,").
_SOFTENERS = (
    r"as appropriate(?: and practicable)?|where appropriate|where practicable|"
    r"to the extent possible|as far as possible|where feasible|to the extent practicable|"
    r"where necessary|if appropriate|as necessary"
)

# English patterns, tried in this order; a later match that overlaps an earlier one is ignored,
# so the longer, more specific phrases come first.
_EN_PATTERNS: tuple[tuple[str, str], ...] = (
    # Provisions that look like obligations but are not.
    (PERMISSIVE, r"\bshall not be (?:required|obliged)\b"),
    (PERMISSIVE, r"\bnothing in this [A-Za-z]+ shall (?:prevent|preclude)\b"),
    (PERMISSIVE, r"\bshall not preclude\b"),
    (PERMISSIVE, r"\bshall (?:also )?be entitled to\b"),
    (DECLARATORY, r"\bshall (?:not )?be (?:construed|interpreted|deemed)\b"),
    (DECLARATORY, r"\bshall not be construed\b"),
    # Softened obligations.
    (HORTATORY, r"\bshall(?:,)?\s+(?:also\s+)?(?:endeavour|endeavor|seek to|strive|"
                r"make every effort to|make (?:all |their best |every possible |best )?efforts? to|"
                r"use (?:their |its )?best endeavou?rs|encourage|consider|work towards)\b"),
    (HORTATORY, r"\bshall,\s*(?:" + _SOFTENERS + r")\b"),
    (HORTATORY, r"\bshall(?:\s+[\w-]+){1,2},\s*(?:" + _SOFTENERS + r")\b"),
    (HORTATORY, r"\b(?:is|are) (?:further )?(?:encouraged|called upon|invited|urged)\b"),
    (HORTATORY, r"\b(?:encourages|calls upon|calls on|urges|invites|recommends|resolves to|"
                r"strives to|strive to|endeavours to|endeavour to|seek to|seeks to)\b"),
    (HORTATORY, r"\b(?:should|ought to)\b"),
    (HORTATORY, r"(?<!the )\bneeds? to\b"),
    (HORTATORY, r"\b(?:as appropriate|where appropriate|where practicable|to the extent possible|"
                r"as far as possible)\b"),
    # Binding obligations and prohibitions.
    (MANDATORY, r"\b(?:shall not|must not|may not)\b"),
    (MANDATORY, r"\bno (?:party|state|other reservation)\b[^.;:]*?\bshall\b"),
    (MANDATORY, r"\bno (?:other )?\w+ may\b"),
    (MANDATORY, r"\b(?:shall|must)\b"),
    (MANDATORY, r"\bundertakes?(?: (?:not )?to\b|\s*:)"),     # "undertake not to issue …" binds as well
    # "The Parties commit themselves to apply …": a treaty's undertaking in its reflexive form (a bare
    # "commit to", the soft-law form, stays as resources/strength-readings.toml rule "commitment" records it)
    (MANDATORY, r"(?<!should )\bcommits?\s+(?:themselves|itself)\s+to\b"),
    # "The Member Countries engage themselves to remove …", as translations from French and Arabic write it
    (MANDATORY, r"(?<!should )\bengages?\s+(?:themselves|itself)\s+to\b"),
    # "undertake the obligation to", "take the commitment to", as translations write a duty (承担)
    (MANDATORY, r"\b(?:undertakes?|takes?) (?:the |an? )?(?:obligations?|commitments?) to\b"),
    (MANDATORY, r"(?<!than )\b(?:is|are) (?:required|obliged|obligated) to\b"),
    # Powers and options: "may" after an actor, or in the passive ("may be proposed by").
    (PERMISSIVE, r"\b(?:party|parties|state|states|union|committee(?: of ministers)?|conference|"
                 r"depositary|government|governments|signatory|member|members|adherents|"
                 r"territory)(?:\s+[\w-]+)?\s+may\b(?!\s+have\b)"),
    # a body of another name ("The Council may establish …", "The Commission may …"), and an item
    # whose subject is its chapeau's ("The institutions may: (a) may establish subsidiary bodies")
    (PERMISSIVE, r"\b(?:council|commission|board|assembly|secretariat|institutions?|organs?|tribunal|panel|community|"
                 r"secretary-general|director-general|executive\s+secretary)\s+may\b(?!\s+(?:have|be)\b)"),
    (PERMISSIVE, r"^\s*\(?(?:[a-z]{1,2}|[ivx]+|\d{1,2})[.)]\s+may\b(?!\s+(?:have|be)\b)"),
    (PERMISSIVE, r"\bmay(?:,[^,]{1,40},)?\s+be\s+\w+(?:ed|en)\s+by\b"),
    (PERMISSIVE, r"\bmay,\s"),
    (PERMISSIVE, r"\b(?:is|are) entitled to\b"),
    # "has the right to", as translations write a power or an option (有权)
    (PERMISSIVE, r"\b(?:has|have) (?:the )?right to\b"),
    # Recognition, affirmation, definitions and statements.
    (DECLARATORY, r"\b(?:recogni[sz]e|recogni[sz]es|recogni[sz]ing|acknowledge|acknowledges|"
                  r"acknowledging|reaffirm|reaffirms|reaffirming|affirm|affirms|affirming|"
                  r"recall|recalls|recalling|notes|noting|conscious|convinced|mindful|"
                  r"underlining|underlines|stressing|emphasizing|emphasising|welcomes|supports|"
                  r"looks forward)\b"),
    (DECLARATORY, r"\b(?:note|consider|considering|concerned)\s+(?:that|about|by|at)\b"),
    # "means" as in a definition, not "by means of" / "a means of" / "means of implementation".
    (DECLARATORY, r"(?<!\bby )\bmeans\b(?! of\b)"),
    (DECLARATORY, r"\brefers? to\b"),
)

# Chinese patterns. 应 counts only as a modal verb, not inside 应对 / 应用 / 回应 / 响应 and the like.
_ZH_PATTERNS: tuple[tuple[str, str], ...] = (
    (PERMISSIVE, r"不应被要求|不须|无须|无需"),
    (HORTATORY, r"应当?(?:努力|尽力|鼓励|酌情|尽可能|寻求|考虑|致力于)"),
    # 应 … 尽力 (shall … endeavour): the softener may stand a few words after 应
    (HORTATORY, r"应当?[^，,。；;]{1,20}?(?:尽力|努力|尽可能|尽量)"),
    (HORTATORY, r"努力|尽力|鼓励|酌情|尽可能|尽量|倡议|呼吁|应该|宜|力争|争取|致力于"),
    (MANDATORY, r"不得|禁止|必须|应当|承诺|须"),
    # 承担 as "undertake" (a list or a duty follows), as the English "undertakes to" / "undertakes:"
    (MANDATORY, r"承担(?=\s*[:：]|对|采取|保证|防止|确保|尽|在|以|将|不)"),
    (MANDATORY, r"(?<![回响适相供对反效感呼照顺])应(?![对用急变该])"),
    (PERMISSIVE, r"可以|有权"),
    (PERMISSIVE, r"(?<![不许认])可(?![持靠控解预审监追信互能见视行及用])"),
    (DECLARATORY, r"认识到|意识到|重申|确认|承认|注意到|认为|强调|欢迎|回顾|是指|系指|指的是"),
)

# A resolution's operative paragraph begins with its verb ("Encourages Member States to …", "呼吁各会员国");
# that verb, not the words it introduces ("Emphasizes that human rights must be respected"), sets the
# paragraph's strength, and its sub-paragraphs take it.
_LEAD_VERBS: tuple[tuple[str, str], ...] = (
    (MANDATORY, r"Decides"),
    (HORTATORY, r"Encourages|Calls\s+upon|Calls\s+on|Urges|Invites|Requests|Recommends|Resolves|Appeals|"
                r"Commits|Exhorts"),
    (DECLARATORY, r"Recogni[sz]es|Acknowledges|Affirms|Reaffirms|Emphasi[sz]es|Stresses|Underlines|Underscores|"
                  r"Notes|Takes\s+note|Welcomes|Expresses|Looks\s+forward|Considers|Declares|Reiterates|"
                  r"Highlights|Commends|Supports|Endorses|Acknowledges|Deplores|Condemns|Regrets"),
)
_ZH_LEAD_VERBS: tuple[tuple[str, str], ...] = (
    (MANDATORY, r"决定"),
    (HORTATORY, r"鼓励|呼吁|敦促|促请|邀请|请|建议"),
    (DECLARATORY, r"确认|认识到|重申|强调|注意到|欢迎|期待|表示|申明|赞赏"),
)
#: the verb a resolution's operative paragraph starts with (case matters: "Decides", not "decides")
LEAD_VERB = re.compile(r"^(?:(?:Also|Further|Strongly|Again)\s+)?(?:" + "|".join(p for _s, p in _LEAD_VERBS) + r")\b")
_LEAD = {"en": [(s, re.compile(r"^(?:(?:Also|Further|Strongly|Again)\s+)?(?:" + p + r")\b")) for s, p in _LEAD_VERBS],
         "zh": [(s, re.compile(r"^(?:还|又|再次|并)?(?:" + p + r")")) for s, p in _ZH_LEAD_VERBS]}


def lead_strength(text: str, lang: str = "en") -> str | None:
    """The strength set by a resolution's leading verb, or None when the paragraph has none.

    >>> lead_strength("Emphasizes that human rights must be respected throughout the life cycle.")
    'declaratory'
    >>> lead_strength("Calls upon all Member States to refrain from the use of such systems.")
    'hortatory'
    >>> lead_strength("Each Party shall act.") is None
    True
    """
    for strength, pattern in _LEAD[_language(text or "", lang)]:
        if text and pattern.match(text.strip()):
            return strength
    return None


_COMPILED = {
    "en": [(strength, re.compile(pattern, re.IGNORECASE)) for strength, pattern in _EN_PATTERNS],
    "zh": [(strength, re.compile(pattern)) for strength, pattern in _ZH_PATTERNS],
}


def _language(text: str, lang: str) -> str:
    if lang.lower().startswith("zh"):
        return "zh"
    if lang.lower().startswith("en"):
        return "en"
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"


def find_modal_phrases(text: str, lang: str = "en") -> list[tuple[str, str, int]]:
    """The modal phrases in ``text`` as (strength, phrase, offset), in order of position.

    Overlapping matches are resolved in favour of the more specific pattern, so "shall
    endeavour" is reported once, as hortatory, and not also as a mandatory "shall".

    >>> find_modal_phrases("The Parties shall endeavour to cooperate.")
    [('hortatory', 'shall endeavour', 12)]
    """
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, str, int]] = []
    for strength, pattern in _COMPILED[_language(text, lang)]:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            found.append((strength, match.group(0), start))
    found.sort(key=lambda item: item[2])
    return found


def classify(text: str, lang: str = "en") -> str:
    """The obligation strength of one paragraph: mandatory, hortatory, permissive or declaratory."""
    strengths = {strength for strength, _phrase, _offset in find_modal_phrases(text, lang)}
    for strength in RANKING:
        if strength in strengths:
            return strength
    return DECLARATORY

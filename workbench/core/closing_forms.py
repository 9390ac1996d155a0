"""The closing formula of a treaty: its first line, in English and in Chinese.

Read by the Word importer (where the articles end and the closing begins) and by the checker (a
closing the importer left inside the last article). One definition, so both agree.
"""
from __future__ import annotations

import re

# "Done at …", and as translations print it: "Performed in Moscow …", "Executed at …", "Written in Cairo …",
# "In testimony whereof", "In faith of which", "This Agreement has
# been drafted in Arabic in Tunis on …" (the instrument as the subject of its own making, as 本协定于…签订);
# the testimonium as a sentence of its own: "This Agreement is signed in quadruplicate on …"; a signature block
# where no testimonium precedes it ("For the Government of Ukraine", "中华人民共和国政府代表")
EN_CLOSING_RE = re.compile(r"^(?:in\s+(?:witness|faith|testimony|confirmation|evidence|affirmation|token|proof)\s+(?:where\s?of|there\s?of|of\s+which|of\s+the\s+(?:aforementioned|aforesaid|above|foregoing)\b)|"
                           r"as\s+evidence\s+(?:whereof|thereof|of\s+which)|"
                           r"original\s+text\s+adopted\s+on\b|"       # a consolidated text's note of its dates
                           r"(?:done|signed|made|concluded|drawn\s+up)\s+"
                           r"(?:at|in|this|on|and|by)\b|(?:performed|executed|written|issued|given|drafted)\s+(?:at|in)\s+(?:the\s+city\s+of\s+)?(?-i:[A-Z])|\d+(?:st|nd|rd|th)\s+plenary\s+meeting\b|"
                           r"(?:this|the\s+present)\s+(?:agreement|convention|treaty|protocol)\s+(?:has\s+been|was|is)\s+"
                           r"(?:done|signed|made|concluded|drawn\s+up|drafted|executed|written|prepared)\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[^.]{0,120}?"
                           r"\b(?:on|this)\b[^.]{0,40}?(?:\d|\b(?:january|february|march|april|may|june|july|august|september|"
                           r"october|november|december|day|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                           r"[a-z]+teenth|twentieth|thirtieth|twenty-\w+|thirty-\w+)\b)|"
                           r"(?:this|the\s+present)\s+(?:agreement|convention|treaty|protocol|memorandum(?:\s+of\s+understanding)?)"
                           r"\s+(?:is|was|has\s+been)\s+signed\s+(?:at|in|on|this)\b|"
                           # "Done at Brussels" in the other languages a Community text prints it in, the first of
                           # them often before the English (EEC–Iceland 1972: "Udfærdiget i Bruxelles, den …")
                           r"(?:udf[æa]rdiget|utferdiget|upprättat|geschehen|fait|fatto|gedaan|hecho|feito|gjört|tehty)\s+"
                           r"(?:i|zu|à|a|te|en|em|í|in)\s+(?-i:[A-ZÀ-Þ])|"
                           # a signature block where no testimonium precedes it: "For the Government of Ukraine",
                           # "On behalf of the Republic of Belarus:", "For the Council of the European Communities,"
                           # (a short line naming a signatory, no verb: not "For the acceding State this
                           # Agreement shall …" nor "For the purposes of …")
                           r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?-i:[A-Z])(?=[^;]{0,100}$)"
                           r"(?![^\n]*\b(?:shall|is|are|means|may|will|has|have|must|should|applies|apply)\b)"
                           r"(?![^\n]*[.;]\s*$))", re.IGNORECASE)
ZH_CLOSING_RE = re.compile(r"^(?:.{0,40}(?:订于|签订于|签署于|缔结于|签字于)|下列签署人|下列签字人|为此，?\s*下列|"
                           r"经正式授权|.{0,40}以昭信守|.{0,30}全体会议$|"
                           r"本(?:协定|公约|议定书|条约|协议|宪章|文件)于.{2,30}?(?:在|于).{1,20}?(?:签订|签署|订立|缔结|通过)|"
                           r"本(?:协定|公约|议定书|条约|协议|备忘录)于[^，。；]{2,30}?(?:签订|签署|订立)(?![^，。；]{0,6}(?:之日|之后|后|起|生效))[，,]?\s*一式|"
                           # a signature block: "中华人民共和国政府代表", "代表乌克兰政府："
                           r"[^，。；]{2,30}政府代表[：:]?$|代表[^，。；]{2,30}?(?:政府|共和国|王国|联邦)[：:]?$)")


def is_closing(text: str) -> bool:
    """Whether ``text`` opens a closing formula ("Done at …", "IN WITNESS WHEREOF", "本协定于…签订")."""
    text = text.strip()
    return bool(EN_CLOSING_RE.match(text) or ZH_CLOSING_RE.match(text))

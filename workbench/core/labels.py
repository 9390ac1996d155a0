"""Label templates: how a division, article, paragraph or sub-paragraph label is printed.

A template is the label as printed with its number replaced by a *sample* in braces that shows
the numeral style: ``"SECTION {A}"``, ``"Part {I}"``, ``"({a})"``, ``"({i})"``, ``"{1}."``,
``"第{一}章"``, ``"（{一}）"``. ``{art}`` stands for the number of the article that holds the
node (paragraphs printed "28.1", "28.2" in Article 28 are ``"{art}.{1}"``), ``{chap}`` for the
number of the division holding an article numbered within it (RCEP's "Article 12.3" is
``"Article {chap}.{1}"``). A template without
braces is printed as it is (a bullet "•", an unnumbered "ANNEX", and a label whose printed
number did not follow the position, kept as printed: "Article 2bis", "(c)" opening a list). The
number itself is otherwise computed from the node's position, so moving or inserting renumbers.

>>> render("SECTION {A}", 3)
'SECTION C'
>>> render("（{一}）", 11)
'（十一）'
>>> render("{art}.{1}", 2, article=28)
'28.2'
>>> render("ARTICLE {ONE}", 21), render("Article {First}", 3)     # articles numbered in words
('ARTICLE TWENTY-ONE', 'Article Third')
>>> parse_label("(iv)", "roman")
('({i})', 4)
>>> parse_label("第十二条")
('第{一}条', 12)
"""
from __future__ import annotations

import re

_ZH_DIGITS = "零一二三四五六七八九"
ZH_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千"
_ZH_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
SAMPLES = {"arabic": "1", "lower-letter": "a", "upper-letter": "A", "lower-roman": "i",
           "upper-roman": "I", "zh": "一",
           # numbers in words, as some treaties number their articles ("ARTICLE ONE", "Article First")
           "upper-word": "ONE", "title-word": "One", "lower-word": "one",
           "upper-ordinal": "FIRST", "title-ordinal": "First", "lower-ordinal": "first"}
STYLE_OF_SAMPLE = {sample: style for style, sample in SAMPLES.items()}
_SAMPLE_RE = re.compile(r"\{(art|chap|1|a|A|i|I|一|ONE|One|one|FIRST|First|first)\}")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                 "seventeenth", "eighteenth", "nineteenth")
TENS_ORDINALS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                 "ninetieth")


#: Misspellings translations print in numbered headings ("ARTICLE FOURTY", "ARTICLE NINTEEN"), read
#: as the number meant.
MISSPELT_NUMBER_WORDS = {"fourty": "forty", "ninty": "ninety", "ninteen": "nineteen", "fourtieth": "fortieth",
                         "nintieth": "ninetieth", "nineth": "ninth", "twelveth": "twelfth", "fiveth": "fifth",
                         "eightth": "eighth"}


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_TENS_SPELT = TENS_WORDS + ("fourty", "ninty")
_UNITS_SPELT = NUMBER_WORDS[:9] + ORDINAL_WORDS[:9] + ("nineth", "fiveth", "eightth")
_BELOW_100 = (rf"(?:(?:{_alternatives(_TENS_SPELT)})(?:[-\s](?:{_alternatives(_UNITS_SPELT)})"
              rf"(?![\w-]))?|{_alternatives(TENS_ORDINALS + NUMBER_WORDS + ORDINAL_WORDS + tuple(MISSPELT_NUMBER_WORDS))})"
              rf"(?![\w-])")
#: A number from 1 to 999 in words, cardinal or ordinal, in any case: "One", "TWENTY-ONE",
#: "Twenty One", "First", "Twenty-first", "thirtieth", "One Hundred and Five", "two hundredth"
#: (use with re.IGNORECASE).
NUMBER_WORD_PATTERN = (rf"(?:(?:{_alternatives(NUMBER_WORDS[:9])})[-\s]hundred(?:th(?![\w-])|(?:(?:[-\s]and)?[-\s]{_BELOW_100})"
                       rf"|(?![\w-]))|{_BELOW_100})")


def number_word_value(text: str) -> tuple[int, bool] | None:
    """(value, ordinal) of a number written in words, or None: "Twenty-One" -> (21, False),
    "first" -> (1, True), "THIRTIETH" -> (30, True), "One Hundred and Five" -> (105, False).

    >>> number_word_value("Twenty-One"), number_word_value("first"), number_word_value("eleven")
    ((21, False), (1, True), (11, False))
    >>> number_word_value("One Hundred and Twenty-One"), number_word_value("two hundredth")
    ((121, False), (200, True))
    """
    parts = [MISSPELT_NUMBER_WORDS.get(p, p) for p in re.split(r"[-\s]+", text.strip().lower())]
    if len(parts) >= 2 and parts[1] in ("hundred", "hundredth") and parts[0] in NUMBER_WORDS[:9]:
        hundreds = 100 * (NUMBER_WORDS.index(parts[0]) + 1)
        rest = parts[2:]
        if parts[1] == "hundredth":
            return (hundreds, True) if not rest else None
        if rest[:1] == ["and"]:
            rest = rest[1:]
        if not rest:
            return hundreds, False
        below = number_word_value(" ".join(rest))
        return (hundreds + below[0], below[1]) if below else None
    if not parts or len(parts) > 2 or not all(parts):
        return None
    head, tail = parts[0], parts[1] if len(parts) == 2 else None
    if tail is None:
        for words, ordinal, base in ((NUMBER_WORDS, False, 1), (ORDINAL_WORDS, True, 1)):
            if head in words:
                return words.index(head) + base, ordinal
        if head in TENS_WORDS:
            return 20 + 10 * TENS_WORDS.index(head), False
        if head in TENS_ORDINALS:
            return 20 + 10 * TENS_ORDINALS.index(head), True
        return None
    if head not in TENS_WORDS:
        return None
    tens = 20 + 10 * TENS_WORDS.index(head)
    if tail in NUMBER_WORDS[:9]:
        return tens + NUMBER_WORDS.index(tail) + 1, False
    if tail in ORDINAL_WORDS[:9]:
        return tens + ORDINAL_WORDS.index(tail) + 1, True
    return None


def number_words(n: int, ordinal: bool = False) -> str:
    """``n`` (1-999) in lower-case words, hyphenated: 21 -> "twenty-one", ordinal "twenty-first",
    105 -> "one hundred and five"; other numbers in digits."""
    if 100 <= n < 1000:
        hundreds, rest = divmod(n, 100)
        head = NUMBER_WORDS[hundreds - 1] + " hundred"
        if not rest:
            return head + ("th" if ordinal else "")
        return f"{head} and {number_words(rest, ordinal)}"
    if not 0 < n < 100:
        return str(n)
    if n < 20:
        return (ORDINAL_WORDS if ordinal else NUMBER_WORDS)[n - 1]
    tens, ones = divmod(n, 10)
    if not ones:
        return (TENS_ORDINALS if ordinal else TENS_WORDS)[tens - 2]
    return TENS_WORDS[tens - 2] + "-" + (ORDINAL_WORDS if ordinal else NUMBER_WORDS)[ones - 1]


def _word_case(words: str, style: str) -> str:
    if style.startswith("upper"):
        return words.upper()
    if style.startswith("title"):
        return "-".join(part.capitalize() for part in words.split("-"))
    return words


def chinese_numeral(n: int) -> str:
    """Chinese numeral as used in treaty headings: 12 -> 十二, 20 -> 二十, 105 -> 一百零五."""
    if n < 0:
        raise ValueError("negative numbers are not numbered")
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n - 10] if n % 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[ones] if ones else "")
    if n < 10000:
        parts = []
        zero_pending = False
        started = False
        for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = (n // value) % 10
            if digit == 0:
                zero_pending = started
                continue
            if zero_pending:
                parts.append("零")
                zero_pending = False
            parts.append(_ZH_DIGITS[digit] + name)
            started = True
        return "".join(parts)
    return str(n)


def parse_chinese_numeral(text: str) -> int | None:
    """十二 -> 12, 一百零五 -> 105, 二十 -> 20, "12" -> 12; None if ``text`` is not a numeral."""
    if text.isdigit():
        return int(text)
    if not text:
        return None
    total, digit = 0, None
    for char in text:
        if char in _ZH_VALUES:
            digit = _ZH_VALUES[char]
        elif char in _ZH_UNITS:
            total += (1 if digit is None else digit) * _ZH_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def roman(n: int) -> str:
    """Upper-case roman numeral (chapter numbers)."""
    if n <= 0:
        return str(n)
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in table:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_value(text: str) -> int | None:
    """XIV -> 14, iv -> 4; None when ``text`` is not a well-formed roman numeral."""
    low = text.lower()
    if not low or any(c not in _ROMAN for c in low):
        return None
    total = 0
    for i, char in enumerate(low):
        value = _ROMAN[char]
        total += -value if i + 1 < len(low) and _ROMAN[low[i + 1]] > value else value
    return total if roman(total).lower() == low else None


def letter(n: int) -> str:
    """a, b, … z, aa, bb … (sub-paragraph letters as treaties print them)."""
    if n <= 0:
        return str(n)
    base = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return base * ((n - 1) // 26 + 1)


def letter_value(text: str) -> int | None:
    """a -> 1, z -> 26, aa -> 27; None when ``text`` is not a letter label."""
    low = text.lower()
    if not low.isalpha() or not low.isascii() or len(set(low)) != 1:
        return None
    return (ord(low[0]) - 96) + 26 * (len(low) - 1)


def numeral(n: int, style: str) -> str:
    """``n`` written in ``style`` (a key of SAMPLES)."""
    if style == "arabic":
        return str(n)
    if style == "lower-letter":
        return letter(n)
    if style == "upper-letter":
        return letter(n).upper()
    if style == "lower-roman":
        return roman(n).lower()
    if style == "upper-roman":
        return roman(n)
    if style == "zh":
        return chinese_numeral(n)
    if style.endswith(("-word", "-ordinal")):
        return _word_case(number_words(n, style.endswith("-ordinal")), style)
    return str(n)


def value_of(text: str, style: str) -> int | None:
    """The number ``text`` writes in ``style``, or None."""
    if style == "arabic":
        return int(text) if text.isdigit() else None
    if style in ("lower-letter", "upper-letter"):
        return letter_value(text)
    if style in ("lower-roman", "upper-roman"):
        return roman_value(text)
    if style == "zh":
        return parse_chinese_numeral(text)
    if style.endswith(("-word", "-ordinal")):
        found = number_word_value(text)
        return found[0] if found and found[1] == style.endswith("-ordinal") else None
    return None


def render(template: str, number: int, article: int | None = None, chapter: int | None = None) -> str:
    """The label ``template`` with ``number`` (``article`` for ``{art}``, ``chapter`` for ``{chap}``) put in."""
    if "{" not in template:
        return template

    def put(match: re.Match) -> str:
        sample = match.group(1)
        if sample == "art":
            return str(article or 0)
        if sample == "chap":
            return str(chapter or 0)
        return numeral(number, STYLE_OF_SAMPLE[sample])
    return _SAMPLE_RE.sub(put, template)


def key(template: str) -> str:
    """What siblings numbered in one sequence share: the template without its numeral style
    and case ("SECTION {A}" and "Section {I}" are both ``section {}``)."""
    return _SAMPLE_RE.sub("{}", template).lower().replace("-", "").replace(" ", "")


def has_number(template: str) -> bool:
    return bool(_SAMPLE_RE.search(template))


_NUMBER_IN_LABEL = re.compile(
    rf"(?P<zh>[{ZH_NUMERAL_CHARS}]+)|(?P<arabic>\d+)|(?P<roman>\b[ivxlcdm]+\b|\b[IVXLCDM]+\b)"
    r"|(?P<letter>\b[a-z]\b|\b([a-z])\5+\b)|(?P<word>\b" + NUMBER_WORD_PATTERN + ")",
    re.IGNORECASE)


def parse_label(printed: str, prefer: str = "") -> tuple[str, int | None]:
    """(template, value) of a printed label; the last number in it is the one that counts
    ("28.1" -> ("28.{1}", 1)); ``prefer`` ("roman" or "letter") settles "(i)", "C", "I"."""
    matches = list(_NUMBER_IN_LABEL.finditer(printed))
    if not matches:
        return printed, None
    match = matches[-1]
    text = match.group(0)
    if match.group("zh"):
        style = "zh"
    elif match.group("arabic"):
        style = "arabic"
    elif match.group("word"):
        value, ordinal = number_word_value(text) or (None, False)
        if value is None:
            return printed, None
        kind = "ordinal" if ordinal else "word"
        case = "upper" if text.isupper() else "title" if text[:1].isupper() else "lower"
        style = f"{case}-{kind}"
        if numeral(value, style) != text:          # "Twenty one", "Twenty-one": kept as printed
            return printed, value
    else:
        roman_ok = roman_value(text) is not None
        letter_ok = letter_value(text) is not None
        likely_roman = len(text) > 1 or text.lower() in "ivx"
        if roman_ok and (prefer == "roman" or not letter_ok or (prefer != "letter" and likely_roman)):
            style = "upper-roman" if text.isupper() else "lower-roman"
        elif letter_ok:
            style = "upper-letter" if text.isupper() else "lower-letter"
        else:
            style = "upper-roman" if text.isupper() else "lower-roman"
    value = value_of(text, style)
    template = printed[:match.start()] + "{" + SAMPLES[style] + "}" + printed[match.end():]
    return template, value


def labelled(label: str, title: str, lang: str = "en") -> str:
    """A heading's label and title as one line: "Article 3 – Scope", "第三条 适用范围", and with no dash
    after a label that ends in its own mark ("A) Industrial Products", "I. Trade", "一、总则")."""
    label, title = label or "", title or ""
    if not (label and title):
        return label or title
    if label.endswith(("、", "．", "）")):
        return label + title
    if lang == "zh" or label.endswith((")", ".", ":")):
        return f"{label} {title}"
    return f"{label} – {title}"


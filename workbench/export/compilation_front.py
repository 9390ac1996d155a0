"""The furniture of a compilation text, as UN and WTO secretariats print it, in English and Chinese.

``CompilationInfo`` holds what the first page says (symbol and revision, distribution, date,
original language, issuing body and session, the note under the title); ``from_meta`` reads it from
``draft.meta["document"]`` (where the window and the command line both keep it) with the values
given now taking precedence. The texts of the without-prejudice note and of the key are here, in
both languages, UN Chinese usage for the Chinese (方括号, 备选案文, 无损于……).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, fields

from ..core.parties import party_name

DISTRIBUTIONS = {"General": "普遍", "Limited": "限制", "Restricted": "内部"}
LANGUAGES = {"English": "英文", "Chinese": "中文", "French": "法文", "Spanish": "西班牙文", "Russian": "俄文",
             "Arabic": "阿拉伯文"}


@dataclass
class CompilationInfo:
    symbol: str = ""                    # "AI/INC/2/CRP.1"; the revision is added: "…/Rev.1"
    revision: int = 0
    distribution: str = "Limited"
    date: str = ""                      # ISO date; "" = today
    original: str = "English"
    body: str = ""                      # "Intergovernmental Negotiating Committee on …"
    session: str = ""                   # "Second session, Geneva, 12–16 May 2025"
    subtitle: str = ""                  # "Note by the Chair"

    @classmethod
    def from_meta(cls, meta: dict, **given) -> "CompilationInfo":
        stored = dict(meta.get("document") or {})
        stored.update({k: v for k, v in given.items() if v not in (None, "")})
        known = {f.name for f in fields(cls)}
        info = cls(**{k: v for k, v in stored.items() if k in known})
        try:
            info.revision = int(info.revision or 0)
        except (TypeError, ValueError):
            info.revision = 0
        return info

    def to_meta(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in ("", 0, None)}

    @property
    def full_symbol(self) -> str:
        if not self.symbol:
            return ""
        return f"{self.symbol}/Rev.{self.revision}" if self.revision else self.symbol

    def day(self) -> _dt.date:
        try:
            return _dt.date.fromisoformat(self.date[:10]) if self.date else _dt.date.today()
        except ValueError:
            return _dt.date.today()

    def date_text(self, lang: str) -> str:
        value = self.day()
        if lang == "zh":
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.day} {value.strftime('%B')} {value.year}"

    def distribution_text(self, lang: str) -> str:
        if lang == "zh":
            return "分发：" + DISTRIBUTIONS.get(self.distribution, self.distribution)
        return f"Distr.: {self.distribution}"

    def original_text(self, lang: str) -> str:
        if lang == "zh":
            return "原文：" + LANGUAGES.get(self.original, self.original)
        return f"Original: {self.original}"


TEXTS = {
    "en": {
        "compilation": "Compilation text",
        "revised": "Revised compilation text",
        "clean": "Clean text",
        "revision": "Revision {0}",
        "note_head": "Note",
        "prejudice": ("This compilation text is issued without prejudice to the position of any delegation on "
                      "any provision. Nothing is agreed until everything is agreed. Text in square brackets "
                      "is not agreed."),
        "clean_note": ("This clean text shows the wording agreed so far. It is issued without prejudice to "
                       "the position of any delegation: nothing is agreed until everything is agreed. A "
                       "provision still under negotiation is printed in square brackets, with a footnote "
                       "saying it is not agreed."),
        "key": "Key",
        "keys": [
            ("[ ]", "Text in square brackets is not agreed."),
            ("[a | b]", "Alternative wordings of the same provision (options, numbered in the footnotes); "
                        "“delete” is an option to delete the provision."),
            ("¹", "The footnotes name the delegations proposing, supporting or opposing each option."),
            ("word", "In an option, words underlined in bold are added to Option 1; words struck through "
                     "are deleted from it."),
            ("25 bis", "A provision inserted during the negotiation; numbers do not change until the "
                       "final text."),
            ("[… — deleted]", "A provision whose deletion was agreed."),
        ],
        "open": "Brackets open: {0}, in {1}.",
        "none_open": "No bracket is open: every provision of this text is agreed.",
        "open_clean": "{0} provision(s) are not agreed and are marked as such: {1}.",
        "sources": "Compiled from the proposals of {0}.",
        "and": " and ",
        "pending": "Pending consultations: {0}.",
        "ad_referendum": "Agreed ad referendum: {0}.",
    },
    "zh": {
        "compilation": "汇编案文",
        "revised": "经修订的汇编案文",
        "clean": "净案文",
        "revision": "修订{0}",
        "note_head": "说明",
        "prejudice": "本汇编案文无损于任何代表团对任何条款的立场。在所有问题商定之前，任何问题均不视为已商定。"
                     "方括号内的案文尚未商定。",
        "clean_note": "本净案文列出迄今已商定的措辞，无损于任何代表团的立场：在所有问题商定之前，任何问题均不视为已商定。"
                      "仍在谈判中的条款置于方括号内，并以脚注注明尚未商定。",
        "key": "说明符号",
        "keys": [
            ("[ ]", "方括号内的案文尚未商定。"),
            ("[a | b]", "同一条款的备选案文（编号见脚注）；“删除”为删除该条款的备选案文。"),
            ("¹", "脚注列出提出、支持或反对各备选案文的代表团。"),
            ("word", "备选案文中加粗下划线的文字为对备选案文1的增添，加删除线的文字为删去的文字。"),
            ("25 bis", "谈判期间插入的条款（如“第二十五条之二”）；条款编号在最后案文之前不作变动。"),
            ("[…——已删除]", "已商定删除的条款。"),
        ],
        "open": "未决方括号：{0}处，见{1}。",
        "none_open": "没有未决方括号：本案文所有条款均已商定。",
        "open_clean": "{0}处条款尚未商定，已如此标明：{1}。",
        "sources": "根据{0}的提案汇编。",
        "and": "和",
        "pending": "有待磋商：{0}。",
        "ad_referendum": "已商定，待核准：{0}。",
    },
}


def text(key: str, lang: str):
    return TEXTS["zh" if lang == "zh" else "en"][key]


def listing(items: list[str], lang: str) -> str:
    """"A, B and C" / "A、B和C"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if lang == "zh":
        return "、".join(items[:-1]) + "和" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def sources_line(meta: dict, lang: str) -> str:
    """Which parties' proposals the compilation was built from (``meta["compiled_from"]``)."""
    parties = list(dict.fromkeys(s.get("party", "") for s in meta.get("compiled_from", []) if s.get("party")))
    if not parties:
        return ""
    return text("sources", lang).format(listing([party_name(p, lang) for p in parties], lang))

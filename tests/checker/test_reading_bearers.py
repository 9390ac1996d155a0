"""Final clauses and trade duties read whoever bears them, in English and in Chinese alike.

Each sentence was written for the test (no instrument's text). Translations name the parties in many
ways ("the Sides", "the High Contracting Parties", "the participating States"; 缔约国, 成员国, 双方,
参加国 …): the reading must find the same kinds under every name, and the Chinese what the English
gives (issue 14: language parity).
"""
from __future__ import annotations

import pytest

from checker_helpers import kind_set

EN = {
 "withdrawal": ["Any of {B} may withdraw from this Agreement by giving written notice to the depositary.",
                "Each of {B} shall have the right to withdraw from this Agreement six months after notifying the depositary."],
 "accession": ["This Agreement shall be open for accession by other States which share its aims, with the consent of {B}."],
 "depositary": ["The original of this Agreement shall be kept in the archives of the Secretariat, which shall send certified copies to {B}."],
 "amendment": ["This Agreement may be amended by mutual consent of {B}, set out in separate protocols."],
 "entry-into-force": ["This Agreement shall enter into force on the date the depositary receives the last notification that {B} have completed their internal procedures."],
 "ratification": ["This Agreement shall be subject to ratification by {B} in accordance with their constitutional procedures."],
 "reservations": ["No reservations may be made to this Agreement by {B}."],
 "dispute-settlement": ["Disputes between {B} concerning the interpretation or application of this Agreement shall be settled by negotiation or, failing that, referred to the Economic Court.",
                       "Any dispute between {B} which cannot be settled by consultations shall be submitted to an arbitral tribunal at the request of either of them."],
 "exception-security": ["Nothing in this Agreement shall prevent {B} from taking measures which they consider necessary for the protection of their essential security interests."],
 "exception-general": ["Nothing in this Agreement shall prevent {B} from applying measures necessary to protect public morals, human life or health, or national treasures."],
 "treaty-body": ["{B} hereby establish a Joint Commission composed of representatives of their Governments."],
 "reporting": ["{B} shall submit annual reports to the Council on the implementation of this Agreement."],
 "obligation-of-result": ["{B} shall not apply customs duties or charges having equivalent effect to goods originating in each other's territory."],
 "transparency": ["{B} shall promptly publish their laws and regulations affecting trade."],
}

EN_BEARERS = ["the Parties", "the Sides", "the High Contracting Parties", "the Member States", "the States Parties", "the Signatory States", "the Contracting States", "the participating States", "the Governments", "the Participants"]

ZH = {
 "withdrawal": ["{B}中任何一方可以书面通知保存人退出本协定。", "{B}均有权在通知保存人六个月后退出本协定。"],
 "accession": ["本协定经{B}同意，开放供赞同其宗旨的其他国家加入。"],
 "depositary": ["本协定正本交由秘书处保存，秘书处应将经核证无误的副本送交{B}。"],
 "amendment": ["经{B}协商一致，可以议定书形式对本协定进行修正。"],
 "entry-into-force": ["本协定自保存人收到{B}已完成其国内程序的最后一份通知之日起生效。"],
 "ratification": ["本协定须经{B}依照其宪法程序批准。"],
 "reservations": ["{B}不得对本协定提出保留。"],
 "dispute-settlement": ["{B}之间有关本协定解释或适用的争端应通过谈判解决，谈判不成的，应提交经济法院。",
                        "{B}之间通过磋商未能解决的任何争端，经其中任何一方请求，应提交仲裁庭。"],
 "exception-security": ["本协定的任何规定不得阻止{B}采取其认为保护其基本安全利益所必需的措施。"],
 "exception-general": ["本协定的任何规定不得阻止{B}采取为保护公共道德、人类生命或健康或国宝所必需的措施。"],
 "treaty-body": ["{B}兹设立由其政府代表组成的联合委员会。"],
 "reporting": ["{B}应就本协定的执行情况向理事会提交年度报告。"],
 "obligation-of-result": ["{B}不得对原产于彼此领土的货物征收关税或具有同等效果的费用。"],
 "transparency": ["{B}应及时公布其影响贸易的法律和法规。"],
 "authentic-texts": ["本协定以中文和英文写成，两种文本同等作准。"],
}

ZH_BEARERS = ["缔约方", "缔约国", "成员国", "双方", "缔约各方", "参加国", "各方", "缔约双方"]


def _cases(table, bearers):
    return [(kind, sentence, bearer) for kind, sentences in table.items() for sentence in sentences for bearer in bearers]


@pytest.mark.parametrize("kind,sentence,bearer", _cases(EN, EN_BEARERS))
def test_english_under_every_name_of_the_parties(kind, sentence, bearer):
    text = sentence.format(B=bearer)
    assert kind in kind_set(text[0].upper() + text[1:])


@pytest.mark.parametrize("kind,sentence,bearer", _cases(ZH, ZH_BEARERS))
def test_chinese_under_every_name_of_the_parties(kind, sentence, bearer):
    assert kind in kind_set(sentence.format(B=bearer))

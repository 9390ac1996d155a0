"""Obligation strength of real treaty wording, English and Chinese (workbench.core.modality)."""
import pytest

from workbench.core.modality import classify, find_modal_phrases

# (text from the corpus, language, expected strength)
CASES = [
    # Council of Europe Framework Convention (CETS 225)
    ("Each Party shall adopt or maintain measures to respect human dignity and individual autonomy "
     "in relation to activities within the lifecycle of artificial intelligence systems.", "en", "mandatory"),
    ("Each Party undertakes to adopt or maintain measures aimed at overcoming inequalities to achieve "
     "fair, just and equitable outcomes", "en", "mandatory"),
    # a negated undertaking binds as well (the Arab Economic Unity Agreement 1957, Art. 13, as typed for the test)
    ("The governments of the contracting parties undertake not to issue any laws contradictory to this Agreement.",
     "en", "mandatory"),
    # EFTA–Croatia 2001, Art. 12 (ToTA): a treaty's undertaking in its reflexive form
    ("The Parties commit themselves to apply any internal taxes and other charges and regulations in accordance "
     "with Article III of the General Agreement on Tariffs and Trade 1994", "en", "mandatory"),
    ("Each Party shall take, as appropriate, measures to promote the reliability of artificial "
     "intelligence systems and trust in their outputs", "en", "hortatory"),
    ("With a view to fostering innovation while avoiding adverse impacts on human rights, democracy and "
     "the rule of law, each Party is called upon to enable, as appropriate, the establishment of "
     "controlled environments", "en", "hortatory"),
    ("Each Party shall seek to ensure that, as appropriate for the context, persons interacting with "
     "artificial intelligence systems are notified that they are interacting with such systems rather "
     "than with a human.", "en", "hortatory"),
    ("Each Party shall encourage and promote adequate digital literacy and digital skills for all "
     "segments of the population", "en", "hortatory"),
    ("The Parties shall, as appropriate, exchange relevant and useful information between themselves "
     "concerning aspects related to artificial intelligence", "en", "hortatory"),
    ("If a Party has provided for more than one such mechanism, it shall take measures, where "
     "practicable, to facilitate effective cooperation among them.", "en", "hortatory"),
    ("A Party shall not be required to apply this Convention to activities within the lifecycle of "
     "artificial intelligence systems related to the protection of its national security interests",
     "en", "permissive"),
    ("Any Party may, at any time, denounce this Convention by means of a notification addressed to the "
     "Secretary General of the Council of Europe.", "en", "permissive"),
    ("Amendments to this Convention may be proposed by any Party, the Committee of Ministers of the "
     "Council of Europe or the Conference of the Parties.", "en", "permissive"),
    ("No other reservation may be made in respect of this Convention.", "en", "mandatory"),
    ("Nothing in this Convention shall be construed as limiting, derogating from or otherwise affecting "
     "the human rights or other related legal rights and obligations", "en", "declaratory"),
    ("For the purposes of this Convention, “artificial intelligence system” means a machine-based "
     "system that, for explicit or implicit objectives, infers, from the input it receives, how to "
     "generate outputs such as predictions, content, recommendations or decisions that may influence "
     "physical or virtual environments.", "en", "declaratory"),
    ("In the event of a dispute between Parties as to the interpretation or application of this "
     "Convention, these Parties shall seek a settlement of the dispute through negotiation or any other "
     "peaceful means of their choice", "en", "mandatory"),
    # RCEP Chapter 12
    ("No Party shall require a covered person to use or locate computing facilities in that Party’s "
     "territory as a condition for conducting business in that Party’s territory.", "en", "mandatory"),
    ("Each Party shall, where appropriate, cooperate to:", "en", "hortatory"),
    ("The Parties shall cooperate, to the extent possible, for the protection of personal information "
     "transferred from a Party.", "en", "hortatory"),
    ("The Parties shall encourage juridical persons to publish, including on the internet, their "
     "policies and procedures related to the protection of personal information.", "en", "hortatory"),
    ("Nothing in this Article shall prevent a Party from adopting or maintaining:", "en", "permissive"),
    ("The Parties recognise that each Party may have its own regulatory requirements concerning the "
     "transfer of information by electronic means.", "en", "declaratory"),
    # DEPA Art. 8.2 / SADEA Art. 31 (working transcriptions)
    ("To this end, the Parties shall endeavour to promote the adoption of ethical and governance "
     "frameworks that support the trusted, safe and responsible use of AI technologies (AI Governance "
     "Frameworks).", "en", "hortatory"),
    ("The Parties recognise that the use and adoption of Artificial Intelligence (AI) technologies have "
     "grown increasingly widespread in the digital economy.", "en", "declaratory"),
    # CPTPP Art. 14.11(3)(b): "required to" inside a condition is not an obligation
    ("does not impose restrictions on transfers of information greater than are required to achieve "
     "the objective.", "en", "declaratory"),
    # A/RES/78/311
    ("Encourages Member States to consider the benefits and risks when scaling up the responsible use of "
     "digital solutions", "en", "hortatory"),
    ("Calls upon the international community to provide and promote a fair, open, inclusive and "
     "non-discriminatory business environment", "en", "hortatory"),
    ("Supports the United Nations in playing a central and coordinating role in international "
     "development cooperation;", "en", "declaratory"),
    # OECD / UNESCO
    ("AI actors should respect the rule of law, human rights, democratic and human-centred values "
     "throughout the AI system lifecycle.", "en", "hortatory"),
    ("Human rights and fundamental freedoms must be respected, protected and promoted throughout the "
     "life cycle of AI systems.", "en", "mandatory"),
    # Global AI Governance Initiative (全球人工智能治理倡议)
    ("面向他国提供人工智能产品和服务时，应尊重他国主权，严格遵守他国法律，接受他国法律管辖。", "zh", "mandatory"),
    ("鼓励全球共同推动人工智能健康发展，共享人工智能知识成果，开源人工智能技术。", "zh", "hortatory"),
    ("积极支持以人工智能助力可持续发展，应对气候变化、生物多样性保护等全球性挑战。", "zh", "declaratory"),
    ("不断提升人工智能技术的安全性、可靠性、可控性、公平性。", "zh", "declaratory"),
    ("我们重申，各国应在人工智能治理中加强信息交流和技术合作", "zh", "mandatory"),
    ("及时回应国内和国际相关伦理关切。", "zh", "declaratory"),
    # AI Capacity-Building Action Plan (人工智能能力建设普惠计划) and generic Chinese treaty wording
    ("为此,中国提出“人工智能能力建设普惠计划”,并呼吁各方对人工智能能力建设加大投入。", "zh", "hortatory"),
    ("缔约方不得要求涵盖的人将计算设施置于其领土内", "zh", "mandatory"),
    ("缔约方应当努力合作", "zh", "hortatory"),
    ("任何缔约方可以随时退出本协定", "zh", "permissive"),
    ("缔约方认识到电子商务带来的经济增长和机会", "zh", "declaratory"),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_classify_real_wording(text, lang, expected):
    assert classify(text, lang) == expected


def test_softened_shall_is_reported_once_as_hortatory():
    phrases = find_modal_phrases("The Parties shall endeavour to cooperate in appropriate cases of mutual "
                                 "concern regarding the regulation of unsolicited commercial electronic "
                                 "messages.", "en")
    assert [(strength, phrase) for strength, phrase, _ in phrases] == [("hortatory", "shall endeavour")]


def test_phrases_carry_their_offset():
    text = "Each Party shall adopt or maintain measures that seek to protect its democratic processes"
    for strength, phrase, offset in find_modal_phrases(text):
        assert text[offset:offset + len(phrase)] == phrase
    assert ("mandatory", "shall", 11) in find_modal_phrases(text)


def test_chinese_modal_ying_is_not_read_inside_other_words():
    assert find_modal_phrases("应对气候变化、推动人工智能应用", "zh") == []
    assert [p[1] for p in find_modal_phrases("各国应秉持共同、综合、合作、可持续的安全观", "zh")] == ["应"]


def test_language_is_guessed_when_not_given():
    assert classify("各国不得利用人工智能技术", lang="") == "mandatory"
    assert classify("Each Party may require", lang="") == "permissive"


def test_text_without_modal_words_is_declaratory():
    assert classify("Matters relating to national defence do not fall within the scope of this Convention.") \
        == "declaratory"
    assert classify("") == "declaratory"


@pytest.mark.parametrize("zh, en", [
    ("缔约方应尽力加强合作。", "The Parties shall endeavour to strengthen cooperation."),
    ("缔约方应当加强合作。", "The Parties shall strengthen cooperation."),
    ("鼓励缔约方加强合作。", "The Parties are encouraged to strengthen cooperation."),
    ("缔约方可加强合作。", "The Parties may strengthen cooperation."),
    ("缔约方努力加强合作。", "The Parties strive to strengthen cooperation."),
    ("缔约方应努力加强合作。", "The Parties shall make efforts to strengthen cooperation."),
    ("缔约方应致力于加强合作。", "The Parties shall seek to strengthen cooperation."),
    ("双方致力于加强合作。", "The Parties shall use their best endeavours to strengthen cooperation."),
    ("缔约方不得限制数据流动。", "The Parties shall not restrict data flows."),
])
def test_the_same_provision_has_the_same_strength_in_chinese_and_english(zh, en):
    assert classify(zh, "zh") == classify(en)

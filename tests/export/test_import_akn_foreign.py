"""Akoma Ntoso from other publishers: a Laws.Africa-style act, earlier versions, documents refused."""
from __future__ import annotations

import pytest

from workbench.core import operations
from workbench.core.numbering import Numbering
from workbench.core.references import Resolver
from workbench.export.akn_reader import read_akn
from workbench.export.importing import ImportFailure, import_file

FRBR = """<identification source="#cobalt">
  <FRBRWork><FRBRthis value="/akn/za/act/2019/7/!main"/><FRBRuri value="/akn/za/act/2019/7"/>
    <FRBRalias value="Cybercrimes Act, 2019" name="title"/><FRBRdate date="2019-05-28" name="Generation"/>
    <FRBRauthor href=""/><FRBRcountry value="za"/><FRBRnumber value="7"/></FRBRWork>
  <FRBRExpression><FRBRthis value="/akn/za/act/2019/7/eng@2021-12-01/!main"/>
    <FRBRuri value="/akn/za/act/2019/7/eng@2021-12-01"/><FRBRdate date="2021-12-01" name="Generation"/>
    <FRBRauthor href=""/><FRBRlanguage language="eng"/></FRBRExpression>
  <FRBRManifestation><FRBRthis value="/akn/za/act/2019/7/eng@2021-12-01/!main"/>
    <FRBRuri value="/akn/za/act/2019/7/eng@2021-12-01"/><FRBRdate date="2022-01-10" name="Generation"/>
    <FRBRauthor href=""/></FRBRManifestation>
</identification>"""

LAWS_AFRICA = f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act contains="singleVersion" name="act">
    <meta>{FRBR}
      <references source="#cobalt"><TLCOrganization eId="cobalt" href="https://github.com/laws-africa/cobalt"
        showAs="cobalt"/></references>
    </meta>
    <preface><longTitle eId="longTitle"><p>To create offences which have a bearing on cybercrime.</p></longTitle></preface>
    <preamble><p>WHEREAS the Constitution protects the right to privacy;</p><p>BE IT ENACTED by Parliament:</p></preamble>
    <body>
      <chapter eId="chp_1"><num>1</num><heading>Definitions and interpretation</heading>
        <section eId="sec_1"><num>1.</num><heading>Definitions</heading>
          <subsection eId="sec_1__subsec_1"><num>(1)</num>
            <intro><p>In this Act, unless the context indicates otherwise—</p></intro>
            <paragraph eId="sec_1__subsec_1__para_a"><num>(a)</num><content><p>“access” includes to make use of data;</p></content></paragraph>
            <paragraph eId="sec_1__subsec_1__para_b"><num>(b)</num><content><p>“computer” means any electronic device,</p></content></paragraph>
            <wrapUp><p>and any related expression has a corresponding meaning.</p></wrapUp>
          </subsection>
          <subsection eId="sec_1__subsec_2"><num>(2)</num><content><p>The offences in <ref href="#sec_3">section 3</ref>
            and <ref href="/akn/za/act/2019/7/~sec_2">section 2</ref> are not affected by
            <ref href="/akn/za/act/1998/84/~sec_4">section 4 of the Prevention Act</ref>.</p></content></subsection>
        </section>
      </chapter>
      <chapter eId="chp_2"><num>2</num><heading>Cybercrimes</heading>
        <part eId="chp_2__part_1"><num>1</num><heading>Offences</heading>
          <section eId="sec_2"><num>2.</num><heading>Unlawful access</heading>
            <content><p>Any person who unlawfully accesses a computer system<authorialNote marker="1" placement="bottom"
              eId="sec_2__authorialNote_1"><p>As amended in 2021.</p></authorialNote> is guilty of an offence.</p></content>
          </section>
          <section eId="sec_3"><num>3.</num><heading>Unlawful interception</heading>
            <subsection eId="sec_3__subsec_1"><num>(1)</num><content><p>Any person who intercepts data is guilty of an offence.</p></content></subsection>
            <subsection eId="sec_3__subsec_2"><num>(2)</num><content><p>Section 2 applies with the changes required.</p>
              <table eId="sec_3__table_1"><tr><td><p>x</p></td></tr></table></content></subsection>
          </section>
        </part>
      </chapter>
    </body>
    <attachments>
      <attachment eId="att_1"><doc name="schedule"><meta><identification source="#cobalt">
        <FRBRWork><FRBRthis value="/akn/za/act/2019/7/!schedule"/><FRBRuri value="/akn/za/act/2019/7"/>
          <FRBRalias value="Schedule" name="title"/><FRBRdate date="2019" name="Generation"/><FRBRauthor href=""/>
          <FRBRcountry value="za"/></FRBRWork>
        <FRBRExpression><FRBRthis value="/akn/za/act/2019/7/eng/!schedule"/><FRBRuri value="/akn/za/act/2019/7/eng"/>
          <FRBRdate date="2019" name="Generation"/><FRBRauthor href=""/><FRBRlanguage language="eng"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="/akn/za/act/2019/7/eng/!schedule"/><FRBRuri value="/akn/za/act/2019/7/eng"/>
          <FRBRdate date="2019" name="Generation"/><FRBRauthor href=""/></FRBRManifestation></identification></meta>
        <mainBody>
          <hcontainer eId="att_1__hcontainer_1" name="crossheading"><heading>Laws amended</heading></hcontainer>
          <paragraph eId="att_1__para_1"><num>1.</num><content><p>The Criminal Procedure Act is amended.</p></content></paragraph>
        </mainBody></doc></attachment>
    </attachments>
  </act>
</akomaNtoso>""".encode()


@pytest.fixture(scope="module")
def act():
    return read_akn(LAWS_AFRICA)


def test_a_laws_africa_act_maps_chapters_parts_and_sections(act):
    draft = act.draft
    numbering = Numbering.of(draft)
    assert draft.title == "Cybercrimes Act, 2019"
    assert [r.text for r in draft.preamble().children] == [
        "WHEREAS the Constitution protects the right to privacy;", "BE IT ENACTED by Parliament:"]
    chapters = draft.chapters()
    assert [(numbering.label(c), c.title) for c in chapters] == [
        ("1", "Definitions and interpretation"), ("2", "Cybercrimes"), ("1", "Offences")]
    assert chapters[2] in chapters[1].children                 # the part sits in its chapter
    articles = draft.articles()
    assert [(numbering.label(a), a.title) for a in articles] == [
        ("1.", "Definitions"), ("2.", "Unlawful access"), ("3.", "Unlawful interception")]
    subsection = articles[0].children[0]
    assert numbering.label(subsection) == "(1)"
    assert subsection.text == "In this Act, unless the context indicates otherwise—"
    assert [(numbering.label(s), s.text) for s in subsection.children] == [
        ("(a)", "“access” includes to make use of data;"), ("(b)", "“computer” means any electronic device,"),
        ("", "and any related expression has a corresponding meaning.")]


def test_its_references_keep_their_words_and_follow_the_sections(act):
    draft = act.draft.copy()
    text = draft.articles()[0].children[1].text
    assert text.count("{{ref:") == 2 and "section 4 of the Prevention Act" in text
    operations.move_article(draft, draft.articles()[2], 1).apply(draft)
    rendered = Resolver(draft).render(draft.articles()[1].children[1].text)
    assert rendered == ("The offences in section 1 and section 3 are not affected by section 4 of the "
                        "Prevention Act.")


def test_footnotes_schedules_and_what_was_left_out(act):
    draft = act.draft
    access = draft.articles()[1].children[0]
    assert access.text == "Any person who unlawfully accesses a computer system is guilty of an offence."
    assert access.attrs["notes"] == [{"text": "As amended in 2021.", "field": "text", "at": 52}]
    schedule = draft.annexes()[0]
    assert schedule.title == "Schedule" and schedule.children[0].title == "Laws amended"
    assert schedule.children[0].children[0].text == "The Criminal Procedure Act is amended."
    assert any("<table>" in u for u in act.unmapped)
    assert len(draft.articles()) == 3                           # the schedule's paragraph is no article


OLD = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://www.akomantoso.org/{version}">
  <act>
    <meta><identification source="#x"><FRBRWork><FRBRthis value="/ke/act/2007/1/main"/><FRBRuri value="/ke/act/2007/1"/>
      <FRBRdate date="2007-01-01" name="Enactment"/><FRBRauthor href="#x"/><FRBRcountry value="ke"/></FRBRWork>
    </identification></meta>
    <preface><p class="title"><docTitle>The Records Act</docTitle></p></preface>
    <body>{body}</body>
  </act>
</akomaNtoso>"""
SECTIONS = """<part id="part1"><num>PART I</num><heading>Preliminary</heading>
      <section id="sec1"><num>1.</num><heading>Short title</heading><content><p>This Act may be cited as the Records Act.</p></content></section>
      <section id="sec2"><num>2.</num><heading>Application</heading><content><p>This Act applies as stated in <ref href="#sec1">section 1</ref>.</p></content></section>
    </part>"""


@pytest.mark.parametrize("version", ["1.0", "2.0"])
def test_earlier_versions_are_named_and_read_as_3_0(version):
    result = read_akn(OLD.format(version=version, body=SECTIONS).encode())
    draft = result.draft
    assert draft.title == "The Records Act"
    assert [a.title for a in draft.articles()] == ["Short title", "Application"]
    assert [c.title for c in draft.chapters()] == ["Preliminary"]
    assert any(f"Akoma Ntoso {version} document" in n for n in result.notes)
    assert "{{ref:%s|n}}" % draft.articles()[0].id in draft.articles()[1].children[0].text


@pytest.mark.parametrize("version", ["1.0", "2.0"])
def test_an_earlier_version_with_nothing_to_read_is_refused_by_name(tmp_path, version):
    path = tmp_path / "old.xml"
    path.write_text(OLD.format(version=version, body="<p>Only prose.</p>"), encoding="utf-8")
    with pytest.raises(ImportFailure) as caught:
        import_file(path)
    message = str(caught.value)
    assert f"Akoma Ntoso {version}" in message and "not an Akoma Ntoso document" not in message
    assert "<article> or <section>" in message and message.startswith("old.xml")


def test_a_foreign_document_without_articles_is_refused_not_half_imported(tmp_path):
    body = "<hcontainer eId='hc' name='x'><content><p>Prose only.</p></content></hcontainer>"
    xml = LAWS_AFRICA.decode().split("<body>")[0] + f"<body>{body}</body></act></akomaNtoso>"
    path = tmp_path / "prose.xml"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(ImportFailure, match="holds no articles or sections to import"):
        import_file(path)


def test_another_xml_vocabulary_is_named_as_not_akoma_ntoso():
    with pytest.raises(ImportFailure, match="not an Akoma Ntoso document .*<TEI>"):
        read_akn(b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>')


def test_a_resolution_in_akoma_ntoso_has_its_operative_paragraphs_as_articles():
    xml = LAWS_AFRICA.decode()
    head = xml.split("<preface>")[0].replace('<act contains="singleVersion" name="act">', '<doc name="resolution">')
    body = ("<preface><p><docTitle>Seizing the opportunities</docTitle></p></preface>"
            "<preamble><p>The General Assembly,</p><p>Recognizing the need,</p></preamble><mainBody>"
            "<paragraph eId='para_1'><num>1.</num><content><p>Resolves to bridge the divides;</p></content></paragraph>"
            "<paragraph eId='para_2'><num>2.</num><intro><p>Encourages Member States:</p></intro>"
            "<subparagraph eId='para_2__a'><num>(a)</num><content><p>to act;</p></content></subparagraph></paragraph>"
            "</mainBody><conclusions><p>63rd plenary meeting</p><p>21 March 2024</p></conclusions></doc></akomaNtoso>")
    draft = read_akn((head + body).encode()).draft
    numbering = Numbering.of(draft)
    assert [numbering.label(a) for a in draft.articles()] == ["1.", "2."]
    assert [n.text for n in draft.articles()[1].walk()][1:] == ["Encourages Member States:", "to act;"]
    assert [r.text for r in draft.preamble().children] == ["The General Assembly,", "Recognizing the need,"]
    assert [p.text for p in draft.closing().children] == ["63rd plenary meeting", "21 March 2024"]

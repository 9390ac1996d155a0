"""Importers refuse zip bombs, entity expansion and external entities, with a clear message."""
from __future__ import annotations

import zipfile

import pytest

from workbench.export import safety
from workbench.export.importing import ImportFailure, import_file

DOC = ('<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/'
       'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>')
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _docx(path, document_xml: str, extra: dict | None = None) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)


def test_a_zip_bomb_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "bomb.docx"
    _docx(path, DOC.format(doctype="", text="Article 1"), {"word/media/blob.bin": b"\0" * (20 * 1024 * 1024)})
    assert path.stat().st_size < 200_000
    with pytest.raises(ImportFailure, match="zip bomb"):
        import_file(path)


def test_too_much_uncompressed_data_in_total_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_TOTAL_UNCOMPRESSED", 1000)
    path = tmp_path / "big.docx"
    _docx(path, DOC.format(doctype="", text="x" * 2000))
    with pytest.raises(ImportFailure, match="would expand"):
        import_file(path)


@pytest.mark.parametrize("doctype, text", [(LAUGHS, "&lol3;"), (XXE, "&xxe;")], ids=["billion-laughs", "xxe"])
def test_entities_in_a_docx_are_refused(tmp_path, doctype, text):
    path = tmp_path / "entities.docx"
    _docx(path, DOC.format(doctype=doctype, text=text))
    with pytest.raises(ImportFailure, match="DOCTYPE or entities"):
        import_file(path)


@pytest.mark.parametrize("doctype", [LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entities_in_akoma_ntoso_are_refused(tmp_path, doctype):
    path = tmp_path / "treaty.xml"
    path.write_text('<?xml version="1.0"?>' + doctype.replace("lolz", "akomaNtoso").replace("foo", "akomaNtoso")
                    + '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&lol3;</akomaNtoso>',
                    encoding="utf-8")
    with pytest.raises(ImportFailure, match="refused"):
        import_file(path)


def test_utf16_does_not_hide_a_doctype():
    data = ('<?xml version="1.0" encoding="UTF-16"?>' + XXE + "<a>&xxe;</a>").encode("utf-16")
    with pytest.raises(safety.UnsafeFileError):
        safety.parse_xml(data)


def test_damaged_and_foreign_files_get_a_clear_message(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFailure, match="broken.docx"):
        import_file(broken)
    text = tmp_path / "notes.txt"
    text.write_text("Article 1\nSome text", encoding="utf-8")
    with pytest.raises(ImportFailure, match="not a Word"):
        import_file(text)

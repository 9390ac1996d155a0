"""Word files typed the way ministries type them (python-docx): no heading styles, bold or capital
headings, labels typed with a tab, Chinese with or without a space, two-column tables."""
from __future__ import annotations

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


class Typed:
    """A document being typed; each call adds one paragraph (or one table row)."""

    def __init__(self):
        self.document = docx.Document()
        self.table = None

    def line(self, text: str, *, bold: bool = False, center: bool = False, right: bool = False,
             tab_label: str | None = None, note: str | None = None, cell=None):
        paragraph = cell.add_paragraph() if cell is not None else self.document.add_paragraph()
        if cell is not None and len(cell.paragraphs) == 2 and not cell.paragraphs[0].text:
            cell._tc.remove(cell.paragraphs[0]._p)          # a new cell holds one empty paragraph
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if tab_label is not None:
            paragraph.add_run("\t" + tab_label + "\t").bold = bold
        head, _, tail = text.partition("^") if note is not None else (text, "", "")
        paragraph.add_run(head).bold = bold
        if note is not None:
            self._footnote(paragraph, note)
            if tail:
                paragraph.add_run(tail).bold = bold
        return paragraph

    def heading(self, text: str, center: bool = True):
        return self.line(text, bold=True, center=center)

    def item(self, label: str, text: str, **kwargs):
        """"(a)<TAB>text" as typed with tabs."""
        return self.line(text, tab_label=label, **kwargs)

    def row(self, english: str | list[str], chinese: str | list[str], **kwargs) -> None:
        """One row of a two-column English | Chinese table (started on first use)."""
        if self.table is None:
            self.table = self.document.add_table(rows=0, cols=2)
        cells = self.table.add_row().cells
        for cell, texts in zip(cells, (english, chinese)):
            for text in ([texts] if isinstance(texts, str) else texts):
                if not text:
                    continue
                label = None
                if "\t" in text:
                    label, text = text.split("\t", 1)
                self.line(text, tab_label=label, cell=cell, **kwargs)

    def _footnote(self, paragraph, text: str) -> None:
        """A real Word footnote (footnotes part) whose mark stands at the end of the run before."""
        part = self.document.part
        notes = getattr(self, "_notes", None)
        if notes is None:
            from docx.opc.constants import RELATIONSHIP_TYPE as RT
            from docx.opc.packuri import PackURI
            from docx.opc.part import Part
            xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                   '</w:r></w:p></w:footnote>{notes}</w:footnotes>')
            notes = self._notes = {"xml": xml, "items": [], "part": None}
            notes["part"] = Part(PackURI("/word/footnotes.xml"),
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                                 b"", part.package)
            part.relate_to(notes["part"], RT.FOOTNOTES)
        note_id = len(notes["items"]) + 1
        notes["items"].append(f'<w:footnote w:id="{note_id}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t>'
                              '</w:r></w:p></w:footnote>')
        notes["part"]._blob = notes["xml"].format(notes="".join(notes["items"])).encode("utf-8")
        run = paragraph.add_run()
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        run._r.append(ref)

    def save(self, path) -> None:
        self.document.save(str(path))

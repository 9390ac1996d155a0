"""What frames every Word document the workbench writes (the clean text and the redline alike):
the title block, the running header (confidentiality or title, and status), the footer's
"Page X of Y", and the section that puts them on every page but the cover."""
from __future__ import annotations

from . import ooxml as ox


def title_block(titles: list[str], status: str, date_line: str, confidentiality: str = "",
                extra: list[str] = ()) -> str:
    """The cover: confidentiality line, title(s), status line, date (and ``extra`` lines)."""
    parts = []
    if confidentiality:
        parts.append(ox.paragraph(ox.run(confidentiality), "Confidentiality"))
    for i, title in enumerate(titles):
        parts.append(ox.paragraph(ox.run(title), "CoverTitle", space_before=None if i == 0 else 120))
    parts.append(ox.paragraph(ox.run(status or " "), "DraftStatus"))
    parts.append(ox.paragraph(ox.run(date_line), "DraftDate"))
    parts.extend(ox.paragraph(ox.run(line), "DraftDate") for line in extra if line)
    return "".join(parts)


def header_footer(title: str, status: str, confidentiality: str, lang: str) -> tuple[str, str]:
    """The running header (confidentiality, else the title, shortened; the status at the right)
    and the footer ("Page X of Y" in ``lang``: en, zh or both)."""
    left = confidentiality.upper() or title
    if len(left) > 70:
        left = left[:68].rsplit(" ", 1)[0] + " …"
    header = ox.paragraph(ox.run(left) + ox.tab_run() + ox.run(status), "Header")
    footer = ox.paragraph(ox.page_x_of_y(lang), "Footer")
    return header, footer


def framed_section(package: ox.DocxPackage, header: str, footer: str, *, footnotes: bool = False,
                   line_numbers: str = "") -> str:
    """Adds the header and footer parts (and blank ones for the cover) to ``package``; returns the
    ``w:sectPr`` that uses them."""
    rel_header = package.add_part("header", ox.header_part(header))
    rel_footer = package.add_part("footer", ox.footer_part(footer))
    rel_first_h = package.add_part("header", ox.header_part(""))
    rel_first_f = package.add_part("footer", ox.footer_part(""))
    return ox.section_properties(header=rel_header, footer=rel_footer, first_header=rel_first_h,
                                 first_footer=rel_first_f, title_page=True, footnotes=footnotes,
                                 line_numbers=line_numbers)

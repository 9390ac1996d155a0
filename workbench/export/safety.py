"""Defences for files from elsewhere: zip bombs, XML entity expansion, external entities."""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from ..core.messages import msg

#: Limits for a .docx (or any zip) we read: ample for a treaty of thousands of pages.
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBER_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 100            # uncompressed / compressed, for members above 1 MB
MAX_MEMBERS = 5000
MAX_XML_BYTES = 100 * 1024 * 1024

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _size(n: int) -> str:
    return msg("{megabytes:.0f} MB", megabytes=n / 1048576) if n >= 1048576 else msg("{count:,} bytes", count=n)


class UnsafeFileError(ValueError):
    """A file refused because reading it could exhaust memory or reach outside the program."""


def open_zip(path: Path | str, what: str = msg("document")) -> zipfile.ZipFile:
    """Open a zip package after checking sizes and compression ratios declared in its directory."""
    name = Path(path).name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:   # ValueError: a garbled name
        raise UnsafeFileError(msg("{name}: not a valid {what} (the zip container is damaged)", name=name,
                                  what=what)) from exc
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        archive.close()
        raise UnsafeFileError(msg("{name}: refused — the {what} holds {count} parts (more than {limit}); it may be a "
                                  "zip bomb", name=name, what=what, count=len(infos), limit=MAX_MEMBERS))
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_UNCOMPRESSED or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            archive.close()
            raise UnsafeFileError(msg(
                "{name}: refused — part {part} would expand to {megabytes:.0f} MB (compression ratio {ratio:.0f}:1); "
                "it may be a zip bomb", name=name, part=info.filename, megabytes=info.file_size / 1048576,
                ratio=ratio))
    if total > MAX_TOTAL_UNCOMPRESSED:
        archive.close()
        raise UnsafeFileError(msg("{name}: refused — its parts would expand to {size} (limit {limit}); it may be a "
                                  "zip bomb", name=name, size=_size(total), limit=_size(MAX_TOTAL_UNCOMPRESSED)))
    return archive


def read_member(archive: zipfile.ZipFile, member: str, limit: int = MAX_MEMBER_UNCOMPRESSED) -> bytes:
    """Read one part, never more than ``limit`` bytes whatever its header claims."""
    try:
        with archive.open(member) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, NotImplementedError) as exc:   # damaged
        raise UnsafeFileError(msg("part {part} is damaged and cannot be read ({reason})", part=member,
                                  reason=exc)) from exc
    if len(data) > limit:
        raise UnsafeFileError(msg("part {part} is larger than {megabytes} MB; refused", part=member,
                                  megabytes=limit // 1048576))
    return data


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes, what: str = msg("XML document")) -> etree._Element:
    """Parse untrusted XML: no DTD, no entities (internal or external), no network, no huge trees."""
    if len(data) > MAX_XML_BYTES:
        raise UnsafeFileError(msg("the {what} is larger than {megabytes} MB; refused", what=what,
                                  megabytes=MAX_XML_BYTES // 1048576))
    head = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        head = data.decode("utf-16", errors="replace").encode("utf-8")
    if _DOCTYPE.search(head):
        raise UnsafeFileError(msg("the {what} declares a DOCTYPE or entities, which this program never reads (they "
                                  "can expand without limit or reach other files); refused", what=what))
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise UnsafeFileError(msg("the {what} is not well-formed XML: {reason}", what=what, reason=exc)) from exc
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise UnsafeFileError(msg("the {what} declares a DOCTYPE; refused", what=what))
    return root

"""Validation against the strict OASIS Akoma Ntoso 3.0 schema shipped in resources/akn/."""
from __future__ import annotations

from functools import lru_cache

from lxml import etree

from ..core.messages import msg
from ..paths import RESOURCES_DIR

SCHEMA_FILE = RESOURCES_DIR / "akn" / "akomantoso30.xsd"


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The compiled schema (read from disk once; imports resolve to files beside it, never the network)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(SCHEMA_FILE), parser))


def validation_errors(document) -> list[str]:
    """Schema errors of ``document`` (bytes, an element or a tree); empty when it is valid."""
    if isinstance(document, (bytes, bytearray)):
        from .safety import parse_xml
        document = parse_xml(bytes(document), msg("Akoma Ntoso document"))
    checker = schema()
    if checker.validate(document):
        return []
    return [f"line {e.line}: {e.message}" for e in checker.error_log]

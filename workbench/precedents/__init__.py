"""Precedent collections (trade agreements such as ToTA's): import, near-duplicate index, lineage.

Owns datasketch (MinHash). The collection's database is ``workbench.storage.precedents``.
"""

"""Tests of the precedent collections (ToTA): import, search, lineage, the panel."""

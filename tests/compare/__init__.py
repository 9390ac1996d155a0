"""Tests of versions, comparison, redlines, brackets and negotiation texts."""

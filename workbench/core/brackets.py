"""Brackets and alternatives, in one place: the model (``bracket_model``), its edits
(``bracket_edits``) and the clean text (``agreed``).

Callers import this module (``from workbench.core import brackets as br``); the storage format
of alternatives and positions is documented in ``bracket_model``.
"""
from __future__ import annotations

from .agreed import clean_draft, open_summary
from .bracket_edits import (add_alternative, add_span_bracket, choose, position_warnings, record_position,
                            remove_bracket, reopen, set_consultations, set_positions, set_status,
                            validate_positions)
from .bracket_model import (AGREED, ATTR, OWN_KEYS, STATUSES, Bracket, all_brackets, alternatives,
                            alternatives_edit, attribution, brackets, find_option, locate, locate_option,
                            make_option, node_wording, open_brackets, open_brackets_of, own_option, parties_of, span_context,
                            status_word)

__all__ = ["AGREED", "ATTR", "OWN_KEYS", "STATUSES", "Bracket", "add_alternative", "add_span_bracket",
           "all_brackets", "alternatives", "alternatives_edit", "attribution", "brackets", "choose",
           "clean_draft", "find_option", "locate", "locate_option", "make_option", "node_wording",
           "open_brackets", "open_brackets_of", "open_summary", "own_option", "parties_of", "position_warnings", "record_position",
           "remove_bracket", "reopen", "set_consultations", "set_positions", "set_status", "span_context",
           "status_word", "validate_positions"]

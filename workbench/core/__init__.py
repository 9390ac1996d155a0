"""Qt-free domain core: library clauses, draft trees, numbering, references, edits, versions."""
from .edits import Change, Compound, Edit, InsertNodes, MoveNode, RemoveNode, SetDraftFields, SetFields
from .library import Clause, Para, Source
from .model import Draft, DraftError, Node, NodeKind, new_id
from .numbering import Numbering
from .render import Renderer
from .versions import Version

__all__ = ["Change", "Clause", "Compound", "Draft", "DraftError", "Edit", "InsertNodes", "MoveNode",
           "Node", "NodeKind", "Numbering", "Para", "RemoveNode", "Renderer", "SetDraftFields",
           "SetFields", "Source", "Version", "new_id"]

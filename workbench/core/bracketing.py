"""Merging proposals into a compilation: one bracket per disputed provision, at the smallest unit in dispute.

Each party's changes come from a three-way reading (``threeway``: its proposal against the version
it was drafted on, placed in the compilation). Per article they become brackets:

- **words** — changes within one paragraph's English wording that overlap (or touch) form one
  bracket around just those words ("shall [endeavour to] adopt"); changes elsewhere in the
  paragraph form their own brackets. The options of a bracket already there are widened to the
  new extent, so competing proposals on the same words are always one bracket;
- **paragraph** — when a party deletes the paragraph, changes its Chinese wording, or the words in
  dispute cover most of it (``EXTENT``); a new paragraph is inserted in brackets;
- **article** — when a party deletes the article, retitles or rearranges it, or deletes a
  paragraph another amends (``bracket_article``).

The same wording proposed by several parties is one option, the later ones supporting it; a change
the compilation already reads supports the wording in force; nothing is recorded for a party that
changed nothing. Everything is one undoable edit.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field

from .bracket_article import ArticleBracket, apply_words, article_needed, nodes_signature, positions_of, signature
from .bracket_edits import record_position
from .bracket_model import alternatives, alternatives_edit, brackets, locate, make_option, own_option, span_context
from .edits import Compound, Edit, InsertNodes, SetDraftFields
from .messages import msg
from .model import Draft, DraftError, Node, NodeKind, new_id
from .negotiation import freeze_numbers
from .threeway import Change, ProposalChanges, ProposalReader, identity

#: Words in dispute covering more than this share of a paragraph bracket the whole paragraph.
EXTENT = 0.6


@dataclass
class Proposal:
    """A party's proposal, with the version it was drafted on (None: unknown)."""

    party: str
    draft: Draft
    base: Draft | None = None
    base_label: str = ""
    base_id: str = ""
    source: dict | None = None          # what the compilation's lineage records of it


@dataclass
class MergeResult:
    edit: Edit | None
    report: list[str]
    alternatives: int = 0               # new options
    supports: int = 0                   # parties recorded as supporting an option already there
    parties: dict[str, dict] = field(default_factory=dict)


def merge_proposals(target: Draft, proposals: list, target_base: str = "", sources: list[dict] | None = None
                    ) -> MergeResult:
    """One edit adding each proposal's own changes to ``target`` as options attributed to its party.

    ``proposals`` are ``Proposal``s (or ``(party, draft)`` pairs: the draft's base is then taken to
    be ``target`` itself). ``target_base`` is the id of the version the compilation was built on;
    ``sources`` the lineage records to add to ``target.meta["compiled_from"]``."""
    merger = Merger(target)
    for item in proposals:
        if not isinstance(item, Proposal):
            item = Proposal(item[0], item[1])
        merger.read(item, target_base)
    return merger.run(sources or [])


class Merger:
    def __init__(self, target: Draft):
        self.work = target.copy()
        self.edits: list[Edit] = []
        self.report: list[str] = []
        self.readings: list[ProposalChanges] = []
        self.tally: dict[str, dict] = {}
        freeze = freeze_numbers(self.work)
        if freeze is not None:
            self._do(freeze)
        self.frozen = len(self.edits)           # edits before this count only fix the numbers
        self.reader = ProposalReader(self.work)
        self.last_after: dict[tuple, str] = {}
        self.inserted: dict[tuple, str] = {}

    def _do(self, edit: Edit) -> None:
        edit.apply(self.work)
        self.edits.append(edit)

    def _count(self, party: str, outcome: str) -> None:
        entry = self.tally.setdefault(party, {"options": 0, "supports": 0, "conflicts": 0, "changes": 0})
        if outcome == "added":
            entry["options"] += 1
        elif outcome == "supported":
            entry["supports"] += 1

    # ----- reading ----------------------------------------------------------------------------------
    def read(self, proposal: Proposal, target_base: str) -> None:
        party = (proposal.party or "").strip() or proposal.draft.meta.get("party", "") or proposal.draft.title
        base = proposal.base
        if base is None:
            self.report.append(msg("{party}: the version its proposal was drafted on is not known; it was compared "
                                   "with the compilation itself", party=party))
            base = self.work
        else:
            shared = {identity(a) for a in base.articles()} & set(self.reader.by_key)
            if base.articles() and not shared:
                self.report.append(msg("{party}: refused: its proposal was drafted on a text this compilation "
                                       "does not come from", party=party))
                return
            if target_base and proposal.base_id and proposal.base_id != target_base:
                self.report.append(msg("{party}: its proposal was drafted on “{base}”, not on the version this "
                                       "compilation was built on; its changes were placed in the text as it now "
                                       "reads", party=party, base=proposal.base_label or proposal.base_id))
        reading = self.reader.read(party, base, proposal.draft)
        entry = self.tally.setdefault(party, {"options": 0, "supports": 0, "conflicts": 0, "changes": 0})
        entry["changes"] += len(reading.changes)
        entry["conflicts"] += reading.conflicts
        self.report.extend(reading.report)
        if not reading.changes and not reading.already and not reading.conflicts:
            self.report.append(msg("{party}: no changes from “{base}”; nothing recorded", party=party,
                                   base=proposal.base_label or base.title))
        self.readings.append(reading)

    # ----- bracketing -------------------------------------------------------------------------------
    def run(self, sources: list[dict]) -> MergeResult:
        by_container: dict[str, list[tuple[str, list[Change]]]] = {}
        articles: list[tuple[str, Change]] = []
        for reading in self.readings:
            groups: dict[str, list[Change]] = {}
            for change in reading.changes:
                if change.kind == "insert_article":
                    articles.append((reading.party, change))
                else:
                    groups.setdefault(change.container, []).append(change)
            for container, changes in groups.items():
                by_container.setdefault(container, []).append((reading.party, changes))
        order = {n.id: i for i, n in enumerate(self.work.walk())}
        for container in sorted(by_container, key=lambda c: order.get(c, 0)):
            self.container(self.work.find(container), by_container[container])
        for party, change in articles:
            self.insert_article(party, change)
        for reading in self.readings:
            self.already(reading)
        added = sum(t["options"] for t in self.tally.values())
        supports = sum(t["supports"] for t in self.tally.values())
        if len(self.edits) > self.frozen:
            meta = copy.deepcopy(self.work.meta)
            known = {s.get("version") for s in meta.get("compiled_from", [])}
            merged = {r.party for r in self.readings if r.changes or r.already}
            new = [s for s in sources if s.get("version") not in known and s.get("party") in merged]
            if new:
                meta["compiled_from"] = meta.get("compiled_from", []) + new
                self._do(SetDraftFields({"meta": meta}, label="Record the proposals merged"))
        for party, t in self.tally.items():
            if t["changes"] or t["supports"]:
                offered = msg("1 new option") if t["options"] == 1 else msg("{count} new options", count=t["options"])
                backed = (msg("1 support recorded") if t["supports"] == 1 else
                          msg("{count} supports recorded", count=t["supports"]))
                self.report.append(msg("{party}: {options}, {supports}", party=party, options=offered, supports=backed))
        edit = Compound(self.edits, label="Merge proposals") if len(self.edits) > self.frozen else None
        return MergeResult(edit, self.report, added, supports, self.tally)

    def container(self, node: Node, by_party: list[tuple[str, list[Change]]]) -> None:
        if node.kind is NodeKind.ARTICLE and article_needed(node, by_party):
            bracket = ArticleBracket(node)
            bracket.gather_existing()
            for party, changes in by_party:
                self._count(party, bracket.offer(party, bracket.party_option(changes)))
            for edit in bracket.finish():
                self._do(edit)
            return
        per_node: dict[str, dict[str, dict]] = {}
        inserts: list[tuple[str, Change]] = []
        for party, changes in by_party:
            for change in changes:
                if change.kind in ("words", "delete"):
                    slot = per_node.setdefault(change.node, {}).setdefault(party, {"words": [], "delete": False})
                    if change.kind == "delete":
                        slot["delete"] = True
                    else:
                        slot["words"].append(change)
                elif change.kind == "insert":
                    inserts.append((party, change))
                else:
                    self.report.append(msg("{party}: rearranging the preamble is not merged; compare the texts",
                                           party=party))
        order = {n.id: i for i, n in enumerate(node.walk())}
        for node_id in sorted(per_node, key=lambda i: order.get(i, 0)):
            self.node(self.work.find(node_id), per_node[node_id])
        for party, change in inserts:
            self.insert(party, change)

    # ----- one paragraph --------------------------------------------------------------------------
    def node(self, node: Node, parties: dict[str, dict]) -> None:
        found = brackets(node)
        own_open = next((b for b in found if not b.is_span and b.is_open), None)
        spans_open = [b for b in found if b.is_span and b.is_open]
        whole = (own_open is not None or any(p["delete"] for p in parties.values())
                 or any(c.field != "text" for p in parties.values() for c in p["words"])
                 or any(b.field != "text" for b in spans_open))
        components = [] if whole else self._components(node, spans_open, parties)
        if not whole and node.text:
            covered = sum(c["end"] - c["start"] for c in components if c["hunks"])
            whole = len(node.text) > 60 and covered > EXTENT * len(node.text)
        if whole:
            self._whole(node, spans_open, parties)
        else:
            self._spans(node, components, list(parties))

    def _components(self, node: Node, spans_open, parties) -> list[dict]:
        items = []
        for bracket in spans_open:
            try:
                start, end = locate(node, bracket)
            except DraftError:
                continue
            items.append((start, end, "bracket", bracket))
        for party, slot in parties.items():
            for change in slot["words"]:
                items.append((change.start, change.end, party, change))
        items.sort(key=lambda i: (i[0], i[1]))
        components: list[dict] = []
        for start, end, who, what in items:
            cur = components[-1] if components else None
            if cur is not None and (start < cur["end"] or (start == cur["end"] and (start == end or cur["start"] == cur["end"]))):
                cur["end"] = max(cur["end"], end)
            else:
                cur = {"start": start, "end": end, "brackets": [], "hunks": {}}
                components.append(cur)
            if who == "bracket":
                cur["brackets"].append((start, end, what))
            else:
                cur["hunks"].setdefault(who, []).append((what.start, what.end, what.text))
        return components

    def _offer(self, options: list[dict], own: dict, party: str, candidate: dict) -> str:
        wanted = signature(candidate)
        for existing in [own] + options:
            if signature(existing) != wanted or (existing.get("status") == "withdrawn" and existing is not own):
                continue
            if party == existing.get("proposer") or party in existing.get("supporters", []) \
                    or party in existing.get("opponents", []):
                self._count(party, "same")
                return "same"
            existing.setdefault("supporters", []).append(party)
            self._count(party, "supported")
            return "supported"
        options.append({**make_option(proposer=party), **candidate})
        self._count(party, "added")
        return "added"

    def _spans(self, node: Node, components: list[dict], order: list[str]) -> None:
        text = node.text
        alts = copy.deepcopy(alternatives(node))
        involved: set[str] = set()
        entries: list[dict] = []
        for comp in components:
            if not comp["hunks"]:
                continue
            start, end = comp["start"], comp["end"]
            members = comp["brackets"]
            involved |= {b.group for _, _, b in members}
            options: list[dict] = []
            anchor = {"text": text[start:end], "supporters": [], "opponents": [], "own": True}
            keys: dict = {}
            if len(members) == 1 and (members[0][0], members[0][1]) == (start, end):
                first = members[0][2].options[1]
                keys = {k: copy.deepcopy(first[k]) for k in ("group", "anchor_by", "anchor_id", "anchor_status",
                                                               "consultations") if k in first}
            for s, e, bracket in members:
                anchor["supporters"] += bracket.options[0].get("supporters", [])
                anchor["opponents"] += bracket.options[0].get("opponents", [])
                for option in bracket.options[1:]:
                    words = text[start:s] + ("" if option.get("delete") else option.get("text", "")) + text[e:end]
                    options.append({**positions_of(option), "text": words, "text_zh": "", "delete": not words})
            rank = {party: i for i, party in enumerate(order)}
            for party, hunks in sorted(comp["hunks"].items(), key=lambda item: rank.get(item[0], 0)):
                words = apply_words(text[start:end], [(s - start, e - start, w) for s, e, w in hunks])
                self._offer(options, anchor, party, {"text": words, "text_zh": "", "delete": not words})
            span = {"group": keys.get("group") or new_id("g"), "field": "text", **span_context(text, start, end),
                    **{k: v for k, v in keys.items() if k != "group"}}
            if anchor["supporters"]:
                span["anchor_supporters"] = list(dict.fromkeys(anchor["supporters"]))
            if anchor["opponents"]:
                span["anchor_opponents"] = list(dict.fromkeys(anchor["opponents"]))
            for option in options:
                entry = {k: v for k, v in option.items() if k != "delete" or v}
                entries.append({**entry, **span})
        if not entries:
            return
        alts = [a for a in alts if a.get("group") not in involved] + entries
        alts.sort(key=lambda a: (bool(a.get("group")), a.get("start", 0)))
        self._do(alternatives_edit(node, alts, label="Merge proposals"))

    def _whole(self, node: Node, spans_open, parties: dict[str, dict]) -> None:
        alts = copy.deepcopy(alternatives(node))
        groups = {b.group for b in spans_open}
        own = own_option(node)
        options = [a for a in alts if not a.get("group")]
        for bracket in spans_open:
            try:
                start, end = locate(node, bracket)
            except DraftError:
                continue
            own["supporters"] = own.get("supporters", []) + bracket.options[0].get("supporters", [])
            for option in bracket.options[1:]:
                words = "" if option.get("delete") else option.get("text", "")
                values = {"text": node.text, "text_zh": node.text_zh}
                field = bracket.field
                values[field] = values[field][:start] + words + values[field][end:]
                options.append({**positions_of(option), **values})
        supporters = list(own.get("supporters", []))
        for party, slot in parties.items():
            if slot["delete"]:
                candidate = {"delete": True}
            else:
                en = [(c.start, c.end, c.text) for c in slot["words"] if c.field == "text"]
                zh = [(c.start, c.end, c.text) for c in slot["words"] if c.field == "text_zh"]
                candidate = {"text": apply_words(node.text, en), "text_zh": apply_words(node.text_zh, zh)}
            self._offer(options, own, party, candidate)
        kept = [a for a in alts if a.get("group") and a["group"] not in groups]
        new_own = None
        if own.get("supporters", []) != supporters or groups or not node.attrs.get("option_id"):
            new_own = {"proposer": own.get("proposer", ""), "supporters": list(dict.fromkeys(own.get("supporters", []))),
                       "opponents": own.get("opponents", []), "status": own.get("status", "open"),
                       "option_id": own["id"] if node.attrs.get("option_id") else "", "base_text": own.get("base"),
                       "consultations": own.get("consultations")}
        self._do(alternatives_edit(node, options + kept, own=new_own, label="Merge proposals"))

    # ----- additions --------------------------------------------------------------------------------
    def _place(self, parent_id: str | None, after: str | None) -> int:
        siblings = self.work.children_of(parent_id)
        anchor = self.last_after.get((parent_id, after), after)
        if anchor is None:
            return next((i for i, s in enumerate(siblings) if s.kind is NodeKind.ARTICLE), 0)
        return next((i + 1 for i, s in enumerate(siblings) if s.id == anchor), len(siblings))

    def _add(self, party: str, node: Node, parent_id: str | None, after: str | None, key: tuple) -> None:
        existing = self.inserted.get(key)
        if existing is not None:
            target = self.work.find(existing)
            own = own_option(target)
            try:
                self._do(record_position(self.work, target.id, own["id"], party, "support"))
                self._count(party, "supported")
            except DraftError:
                self._count(party, "same")
            return
        node.attrs.update(proposer=party, alternatives=[make_option(base=True, delete=True, absent=True)])
        self._do(InsertNodes(parent_id, self._place(parent_id, after), [node], label="Insert a proposed provision"))
        self.last_after[(parent_id, after)] = node.id
        self.inserted[key] = node.id
        self._count(party, "added")

    def insert(self, party: str, change: Change) -> None:
        after = change.after
        for i, node in enumerate(change.nodes):
            key = (change.parent, change.after, i, nodes_signature([node.to_dict()]))
            self._add(party, node, change.parent, after, key)
            after = self.inserted.get(key, after)

    def insert_article(self, party: str, change: Change) -> None:
        node = change.nodes[0]
        parent = None
        if change.after is not None:
            try:
                found = self.work.parent_of(change.after)
                parent = found.id if found is not None else None
            except DraftError:
                parent = None
        else:
            first = self.work.articles()[0] if self.work.articles() else None
            found = self.work.parent_of(first.id) if first is not None else None
            parent = found.id if found is not None else None
        # the same article proposed by two delegations is one proposal with two supporters, wherever
        # each placed it (it stands where the first one put it)
        key = ("article", node.title, node.title_zh, nodes_signature([c.to_dict() for c in node.children]))
        first = self.inserted.get(key)
        self._add(party, node, parent, change.after, key)
        if first is None:
            self.report.append(msg("{party} proposes a new article “{title}”", party=party, title=node.title))
        else:
            self.report.append(msg("{party} proposes the same new article “{title}” as {first}: one article, "
                                   "{party} recorded as supporting it", party=party, title=node.title,
                                   first=self.work.find(first).attrs.get("proposer", "")))

    # ----- support for changes already made --------------------------------------------------------
    def already(self, reading: ProposalChanges) -> None:
        for item in reading.already:
            try:
                node = self.work.find(item.node)
            except DraftError:
                continue
            done = False
            for bracket in brackets(node):
                if not bracket.is_open:
                    continue
                if bracket.is_span:
                    if bracket.field != item.field:
                        continue
                    start, end = locate(node, bracket)
                    if not (start <= item.start <= end or start <= item.end <= end):
                        continue
                option = bracket.options[0]
                try:
                    self._do(record_position(self.work, node.id, option["id"], reading.party, "support"))
                    self._count(reading.party, "supported")
                except DraftError:
                    pass
                done = True
                break
            if not done:
                self.report.append(msg("{party}: a change it proposes is already in the text ({place})",
                                       party=reading.party, place=self.reader.where(node)))

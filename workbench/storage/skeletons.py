"""Treaty skeletons (templates/skeletons/*.toml): the chapters of a new draft, without any text.

A skeleton file has a ``[skeleton]`` table (id, title, title_zh, description, description_zh,
preamble) and ``[[chapter]]`` tables (title, title_zh, topics). Problems are reported as
``path:line: what is wrong``, like the clause library.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..core.model import Draft, Node, NodeKind, new_id
from ..paths import TEMPLATES_DIR
from ..core.messages import msg
from .library import read_toml

SKELETONS_DIR = TEMPLATES_DIR / "skeletons"
_SKELETON_KEYS = {"id", "title", "title_zh", "description", "description_zh", "preamble"}
_CHAPTER_KEYS = {"title", "title_zh", "topics"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SkeletonError(ValueError):
    """A malformed skeleton file: path, line and what is wrong."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path, self.line, self.message = Path(path), line, message
        super().__init__(msg("{where}: {message}", where=f"{path}:{line}" if line else str(path), message=message))


@dataclass(frozen=True)
class SkeletonChapter:
    title: str
    title_zh: str = ""
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skeleton:
    """The structure of a kind of treaty: whether it has a preamble, and its chapters in order."""

    id: str
    title: str
    title_zh: str = ""
    description: str = ""
    description_zh: str = ""
    preamble: bool = True
    chapters: tuple[SkeletonChapter, ...] = field(default_factory=tuple)
    path: Path | None = None

    def label(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" and self.title_zh else self.title

    def draft(self, title: str, title_zh: str = "") -> Draft:
        """A new draft with this skeleton's (empty) preamble and chapters, all with fresh ids."""
        draft = Draft(title=title, title_zh=title_zh, meta={"skeleton": self.id})
        if self.preamble:
            draft.children.append(Node(kind=NodeKind.PREAMBLE, title="Preamble", title_zh="序言"))
        for chapter in self.chapters:
            attrs = {"skeleton": self.id}
            if chapter.topics:
                attrs["topics"] = list(chapter.topics)
            draft.children.append(Node(kind=NodeKind.CHAPTER, id=new_id(), title=chapter.title,
                                       title_zh=chapter.title_zh, attrs=attrs))
        return draft


def _line_of(text: str, needle: str, start: int = 0) -> int | None:
    at = text.find(needle, start)
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _key_line(text: str, key: str) -> int | None:
    """The line of the first ``key = …`` assignment (comments never match)."""
    match = re.search(r"^[ \t]*" + re.escape(key) + r"[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _string(value, path: Path, line: int | None, where: str, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise SkeletonError(path, line, msg("{where} must be a non-empty string", where=where) if required
                            else msg("{where} must be a string", where=where))
    return value.strip()


def load_skeleton(path: Path | str) -> Skeleton:
    """Read and validate one skeleton file."""
    path = Path(path)
    data, text = read_toml(path, SkeletonError)
    head = data.get("skeleton")
    if not isinstance(head, dict):
        raise SkeletonError(path, 1, msg("the file has no [skeleton] table"))
    head_line = _line_of(text, "[skeleton]")
    unknown = set(head) - _SKELETON_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise SkeletonError(path, _key_line(text, key) or head_line, msg(
            "[skeleton]: unknown key {key!r} (allowed: {allowed})", key=key, allowed=", ".join(sorted(_SKELETON_KEYS))))
    skeleton_id = _string(head.get("id"), path, _key_line(text, "id") or head_line, "[skeleton] id", True)
    if not _ID.match(skeleton_id):
        raise SkeletonError(path, _key_line(text, "id"), msg(
            "skeleton id {skeleton_id!r} may hold only lower-case letters, digits and hyphens",
            skeleton_id=skeleton_id))
    if skeleton_id != path.stem:
        raise SkeletonError(path, _key_line(text, "id"),
                            msg("skeleton id {skeleton_id!r} does not match the file name {name!r}",
                                skeleton_id=skeleton_id, name=path.stem))
    preamble = head.get("preamble", True)
    if not isinstance(preamble, bool):
        raise SkeletonError(path, _key_line(text, "preamble"), msg("preamble must be true or false"))
    raw_chapters = data.get("chapter", [])
    if not isinstance(raw_chapters, list):
        raise SkeletonError(path, _key_line(text, "chapter"), msg("chapters must be [[chapter]] tables"))
    chapters = []
    position = 0
    for i, raw in enumerate(raw_chapters, start=1):
        line = _line_of(text, "[[chapter]]", position)
        if line is not None:
            position = text.find("[[chapter]]", position) + 1
        if not isinstance(raw, dict):
            raise SkeletonError(path, line, msg("chapter {number} must be a table", number=i))
        unknown = set(raw) - _CHAPTER_KEYS
        if unknown:
            raise SkeletonError(path, line, msg("chapter {number}: unknown key {key!r} (allowed: {allowed})", number=i,
                                                key=sorted(unknown)[0], allowed=", ".join(sorted(_CHAPTER_KEYS))))
        topics = raw.get("topics", [])
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise SkeletonError(path, line, msg("chapter {number}: topics must be a list of strings", number=i))
        chapters.append(SkeletonChapter(
            title=_string(raw.get("title"), path, line, msg("chapter {number}: {key}", number=i, key="title"), True),
            title_zh=_string(raw.get("title_zh"), path, line, msg("chapter {number}: {key}", number=i, key="title_zh")),
            topics=tuple(topics)))
    if not chapters and not preamble:
        raise SkeletonError(path, head_line, msg("a skeleton needs a preamble or at least one [[chapter]]"))
    return Skeleton(id=skeleton_id,
                    title=_string(head.get("title"), path, _key_line(text, "title"), "[skeleton] title", True),
                    title_zh=_string(head.get("title_zh"), path, _key_line(text, "title_zh"), "title_zh"),
                    description=_string(head.get("description"), path, _key_line(text, "description"),
                                        "description"),
                    description_zh=_string(head.get("description_zh"), path,
                                           _key_line(text, "description_zh"), "description_zh"),
                    preamble=preamble, chapters=tuple(chapters), path=path)


def list_skeletons(directory: Path | str = SKELETONS_DIR) -> list[Skeleton]:
    """Every skeleton in ``directory``, sorted by id; the first malformed file raises SkeletonError."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return [load_skeleton(path) for path in sorted(directory.glob("*.toml"))]


def find_skeleton(skeleton_id: str, directory: Path | str = SKELETONS_DIR) -> Skeleton:
    path = Path(directory) / f"{skeleton_id}.toml"
    if not path.is_file():
        known = ", ".join(s.id for s in list_skeletons(directory)) or msg("none")
        raise SkeletonError(path, None, msg("there is no skeleton {skeleton_id!r} (known: {known})",
                                            skeleton_id=skeleton_id, known=known))
    return load_skeleton(path)

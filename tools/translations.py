"""Keep the Chinese catalogue complete: extract, fill, repair and compile it in one command.

    python tools/translations.py update                 # error catalogue + lupdate + repairs + lrelease
    python tools/translations.py missing                # the messages still without a translation
    python tools/translations.py set zh.toml            # translations for new messages, then update
    python tools/translations.py merge OTHER.ts         # take translations from another copy of the .ts

``zh.toml`` holds ``"English source" = "中文"`` pairs (any context). ``update`` also repairs what
this venv's lupdate breaks: messages counted with ``%n`` are written back as numerus messages, and
a translation it marked unfinished only because the source moved is kept. ``merge`` is for merging
branches: resolve a conflict in the .ts by taking either side, then merge the other side's file
(``git show BRANCH:resources/i18n/treaty_workbench_zh_CN.ts > /tmp/other.ts``).
"""
from __future__ import annotations

import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "treaty_workbench_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def _load(path: Path = TS) -> ET.ElementTree:
    return ET.parse(path)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _text(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    return forms[0].text or "" if forms else translation.text or ""


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
        or not _text(message).strip()


def _set(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if "%n" in (message.findtext("source") or ""):
        message.set("numerus", "yes")
        translation.text = None
        ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _element(node: ET.Element, depth: int, out: list[str]) -> None:
    """``node`` written as lupdate writes it (contexts flush left, then four spaces a level), so that
    the file changes only where a message changed and branches merge cleanly."""
    pad = "    " * depth
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in node.attrib.items())
    children = list(node)
    text = node.text if node.text and node.text.strip() else ""
    if not children:
        out.append(f"{pad}<{node.tag}{attrs}>{_escape(text)}</{node.tag}>" if text or node.tag in (
            "translation", "source", "name", "numerusform") else f"{pad}<{node.tag}{attrs}/>")
        return
    out.append(f"{pad}<{node.tag}{attrs}>{_escape(text)}")
    for child in children:
        _element(child, depth + 1 if node.tag != "TS" else 0, out)
    out.append(f"{pad}</{node.tag}>")


def _save(tree: ET.ElementTree, path: Path = TS) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    _element(tree.getroot(), 0, out)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def repair(tree: ET.ElementTree) -> int:
    """Numerus messages back as numerus; an unfinished translation that has text is finished."""
    fixed = 0
    for _context, message in _messages(tree):
        text = _text(message)
        if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes" and text:
            _set(message, text)
            fixed += 1
        elif _unfinished(message) and text.strip():
            _set(message, text)
            fixed += 1
    return fixed


def apply(tree: ET.ElementTree, pairs: dict[str, str]) -> int:
    done = 0
    for _context, message in _messages(tree):
        source = message.findtext("source") or ""
        if source in pairs and _unfinished(message):
            _set(message, pairs[source])
            done += 1
    return done


def merge(tree: ET.ElementTree, other: Path) -> int:
    known = {(c, m.findtext("source")): _text(m) for c, m in _messages(_load(other)) if not _unfinished(m)}
    done = 0
    for context, message in _messages(tree):
        text = known.get((context, message.findtext("source")))
        if text and _unfinished(message):
            _set(message, text)
            done += 1
    return done


def missing(tree: ET.ElementTree) -> list[tuple[str, str]]:
    return [(c, m.findtext("source") or "") for c, m in _messages(tree) if _unfinished(m)]


def update() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_error_catalogue.py")], check=True, cwd=ROOT)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workbench" / "ui").glob("*.py"))
    previous = _load()
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS.relative_to(ROOT)), "-no-obsolete"],
                   check=True, cwd=ROOT, capture_output=True)
    tree = _load()
    known = {(c, m.findtext("source")): _text(m) for c, m in _messages(previous) if _text(m).strip()}
    for context, message in _messages(tree):
        text = known.get((context, message.findtext("source")))
        if text and _unfinished(message):
            _set(message, text)
    repair(tree)
    _save(tree)
    release()


def release() -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT,
                   capture_output=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "missing", "set", "merge"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "set":
        pairs = tomllib.loads(Path(argv[1]).read_text(encoding="utf-8"))
        update()
        tree = _load()
        print(f"{apply(tree, pairs)} translation(s) set")
        _save(tree)
        release()
    elif argv[0] == "merge":
        tree = _load()
        print(f"{merge(tree, Path(argv[1]))} translation(s) taken")
        _save(tree)
        release()
    left = missing(_load())
    for context, source in left:
        print(f"missing [{context}] {source}")
    return 1 if argv[0] == "missing" and left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The review's F9-F12, F14 and F19: what lies around the workspace never locks a drafter out,
and every failure is a message, never a traceback.

Verified to fail before the mends: an editor's lock link or a folder named ``x.toml`` in ``clauses/``
made every command fail, a FIFO hung it; pasted VT/BEL/NUL made Akoma Ntoso export impossible with a
traceback; a workspace on a read-only disk was "damaged"; a full disk gave ``sqlite3.OperationalError``
tracebacks; ``--position 0`` appended silently; ``_`` in a draft reference matched another draft.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.core.edits import SetFields
from workbench.paths import CLAUSES_DIR
from workbench.storage import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _cli(path: Path, *args: str, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workbench", "--workspace", str(path), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def with_draft(workspace_path):
    with Workspace.open(workspace_path) as ws:
        draft = ws.create_draft(draft_from_source("Work", ws.clauses(source="coe-ai-convention")))
    return workspace_path, draft.id


# ----- F9: the clause folder ----------------------------------------------------------------------
def _library_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "clauses"
    shutil.copytree(CLAUSES_DIR, folder)
    return folder


def test_stray_files_in_the_clause_folder_are_ignored(tmp_path, with_draft):
    path, draft_id = with_draft
    folder = _library_copy(tmp_path)
    (folder / ".#sadea.toml").symlink_to("root@host.1234:1700000000")      # an Emacs lock link
    (folder / "._sadea.toml").write_bytes(b"\x00\x05\x16\x07 AppleDouble")   # macOS metadata
    (folder / "x.toml").mkdir()
    os.mkfifo(folder / "pipe.toml")
    (folder / "dangling.toml").symlink_to(folder / "nowhere.toml")
    with Workspace.open(path, clauses_dir=folder) as ws:
        assert ws.library_problem is None and ws.load_draft(draft_id).title == "Work"


def test_a_broken_clause_file_never_stops_the_cli_reaching_the_drafts(tmp_path, with_draft, monkeypatch):
    path, draft_id = with_draft
    folder = _library_copy(tmp_path)
    os.mkfifo(folder / "pipe.toml")
    broken = sorted(folder.glob("*.toml"))[0]
    broken.write_text(broken.read_text(encoding="utf-8") + "\n[[clause]\nid = \n", encoding="utf-8")
    code = ("import sys; import workbench.paths as p; from pathlib import Path; p.CLAUSES_DIR = Path(sys.argv[1]); "
            "import workbench.storage.workspace as w; w.CLAUSES_DIR = p.CLAUSES_DIR; "
            "from workbench.cli import main; sys.exit(main(sys.argv[2:]))")
    done = subprocess.run([sys.executable, "-c", code, str(folder), "--workspace", str(path), "draft", "show",
                           draft_id], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Work" in done.stdout
    assert broken.name in done.stderr and "earlier copy" in done.stderr


# ----- F10: control characters ------------------------------------------------------------------
PASTED = "Each Party shall\x0bensure\x07 that\x00 the\x1b[0m text\x0ccan be exported\ud800."


def test_control_characters_are_cleaned_where_text_enters_and_every_export_works(with_draft, tmp_path):
    path, draft_id = with_draft
    with Workspace.open(path) as ws:
        draft = ws.load_draft(draft_id)
        paragraph = draft.articles()[0].children[0]
        ws.apply(draft, SetFields(paragraph.id, {"text": PASTED, "title": "A\x07 title\nwith a break"}))
        stored = ws.load_draft(draft_id).find(paragraph.id)
    assert stored.text == "Each Party shall\nensure that the[0m text\ncan be exported."
    assert stored.title == "A title with a break"
    for fmt, name in (("akn", "out.xml"), ("docx", "out.docx")):
        done = _cli(path, "export", draft_id, "-o", str(tmp_path / name), "--format", fmt)
        assert done.returncode == 0, done.stderr


def test_an_akn_export_of_text_stored_before_cleaning_still_works(with_draft, tmp_path):
    import sqlite3
    path, draft_id = with_draft
    conn = sqlite3.connect(path)
    conn.execute("UPDATE nodes SET text = 'Old\x0btext\x07 pasted from Word' WHERE rowid = "
                 "(SELECT min(rowid) FROM nodes WHERE kind = 'paragraph')")
    conn.commit()
    conn.close()
    done = _cli(path, "export", draft_id, "-o", str(tmp_path / "old.xml"), "--format", "akn")
    assert done.returncode == 0, done.stderr
    assert "Old\ntext pasted from Word" in (tmp_path / "old.xml").read_text(encoding="utf-8")


# ----- F11, F12, F14: read-only media, a full disk ------------------------------------------------
@pytest.fixture
def mounted(tmp_path):
    """A small tmpfs of our own (root only; skipped where mounting is not allowed)."""
    point = tmp_path / "disk"
    point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(point)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a file system here (needs root)")
    yield point
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_workspace_on_a_read_only_disk_can_be_read_and_exported(mounted, with_draft, tmp_path):
    path, draft_id = with_draft
    on_disk = mounted / "work.treaty"
    shutil.copyfile(path, on_disk)
    assert subprocess.run(["mount", "-o", "remount,ro", str(mounted)], capture_output=True).returncode == 0
    for command in (["draft", "list"], ["draft", "show", draft_id], ["export", draft_id, "-o",
                                                                       str(tmp_path / "ro.docx")]):
        done = _cli(on_disk, *command)
        assert done.returncode == 0, (command, done.stderr)
    done = _cli(on_disk, "draft", "new", "Not possible")
    assert done.returncode == 1 and "read-only" in done.stderr and "damaged" not in done.stderr
    with Workspace.open(on_disk) as ws:
        assert ws.read_only and ws.drafts()[0].title == "Work"


def test_a_full_disk_is_a_message_not_a_traceback(mounted, with_draft):
    path, draft_id = with_draft
    on_disk = mounted / "work.treaty"
    shutil.copyfile(path, on_disk)
    assert _cli(on_disk, "draft", "list").returncode == 0
    filler = mounted / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 1048576)
        except OSError:
            pass
    for command in (["draft", "new", "Big", "--from-source", "coe-ai-convention"],
                    ["version", "save", draft_id, "--label", "Rev.1"]):
        done = _cli(on_disk, *command)
        assert done.returncode != 0, command
        assert "Traceback" not in done.stderr and "disk is full" in done.stderr, done.stderr
    filler.unlink()
    done = _cli(on_disk, "draft", "list")
    assert done.returncode == 0 and "Work" in done.stdout


def test_a_shared_memory_file_left_read_only_does_not_lock_the_workspace(with_draft):
    path, draft_id = with_draft
    with Workspace.open(path) as ws:
        ws.set_setting("x", 1)
        shm = Path(str(path) + "-shm")
        os.chmod(shm, 0o444)               # as a read-only session leaves it
    shm.touch()
    os.chmod(shm, 0o444)
    with Workspace.open(path) as ws:
        draft = ws.load_draft(draft_id)
        ws.apply(draft, SetFields(draft.articles()[0].id, {"title": "written"}))
        assert os.stat(shm).st_mode & 0o200


# ----- F12, F19: the command line ------------------------------------------------------------------
def test_an_argument_that_is_not_text_is_a_message(with_draft):
    path, _draft_id = with_draft
    done = subprocess.run([sys.executable.encode(), b"-m", b"workbench", b"--workspace", str(path).encode(),
                           b"draft", b"new", b"caf\xff"], capture_output=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2 and b"not valid UTF-8" in done.stderr and b"Traceback" not in done.stderr


@pytest.mark.parametrize("position", ["0", "-3", "99999999"])
def test_a_position_outside_the_draft_is_refused(with_draft, position):
    path, draft_id = with_draft
    for command in (["draft", "add", draft_id, "rcep/art-12.1", "--position", position],
                    ["draft", "move", draft_id, "1", position]):
        done = _cli(path, *command)
        assert done.returncode == 1 and "outside" in done.stderr, (command, done.stderr)


def test_a_draft_reference_matches_literally_and_titles_are_not_blank(with_draft):
    path, draft_id = with_draft
    for wildcard in ("_", "%", draft_id[0] + "_", "%" + draft_id[-3:]):
        done = _cli(path, "draft", "remove", wildcard, "1")
        assert done.returncode == 1, wildcard
    with Workspace.open(path) as ws:
        assert len(ws.load_draft(draft_id).articles()) > 30
    for blank in ("", "   "):
        done = _cli(path, "draft", "new", blank)
        assert done.returncode == 1 and "title" in done.stderr

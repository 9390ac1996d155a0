"""Exports to a read-only folder or a full disk: a clear error, the previous file intact, no debris.

Real conditions where the machine allows them: as root, a small tmpfs is mounted (filled up,
or remounted read-only); otherwise a folder without write permission, and a file-size limit
(``RLIMIT_FSIZE``) that makes the kernel refuse the write as a full disk would. Each export runs
through the command line in a child process, as a drafter would run it.

Verified to fail without its protection (each mutation run on a copy of the tree):
- ``atomic_write`` writing straight into the target (``open(path, "wb").write(data)``): the full
  disk leaves a truncated previous file ("the previous export was damaged");
- ``atomic_write`` not removing its temporary file on failure: "debris left behind: .draft.docx.…part";
- ``atomic_write`` not naming the target in its OSError (as before this test): the message is
  "[Errno 28] No space left on device", which says nothing of which file.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.assemble import draft_from_source
from workbench.storage import Workspace

ROOT = Path(__file__).resolve().parent.parent.parent
IS_ROOT = os.geteuid() == 0


#: Runs the command line with RLIMIT_FSIZE lowered just before the export is written (after the
#: workspace, which is larger than the limit, has been read and closed).
_LIMITED = """
import resource, signal, sys
import workbench.cli.exchange as exchange
from workbench.cli import main
write_export = exchange.write_export
def limited(*args, **kwargs):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a refused write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (__LIMIT__, __LIMIT__))
    return write_export(*args, **kwargs)
exchange.write_export = limited
sys.exit(main(sys.argv[1:]))
"""


def _cli(*args: str, fsize: int | None = None) -> subprocess.CompletedProcess:
    command = ["-m", "workbench"] if fsize is None else ["-c", _LIMITED.replace("__LIMIT__", str(fsize))]
    return subprocess.run([sys.executable, *command, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def drafts(workspace_path):
    """The workspace with a short draft (already exported once) and a long one."""
    with Workspace.open(workspace_path) as ws:
        short = ws.create_draft(draft_from_source("Short", ws.clauses(source="sadea")))
        long = ws.create_draft(draft_from_source("Long", ws.clauses(source="coe-ai-convention")))
    return workspace_path, short.id, long.id


@pytest.fixture
def disk(tmp_path):
    """A folder on a 512 KB tmpfs (root), else a plain folder; yields (folder, mounted)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = IS_ROOT and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)],
                                         capture_output=True).returncode == 0
    try:
        yield folder, mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _previous_export(workspace: Path, draft_id: str, target: Path, fmt: str) -> bytes:
    done = _cli("--workspace", str(workspace), "export", draft_id, "--format", fmt, "-o", str(target))
    assert done.returncode == 0, done.stderr
    return target.read_bytes()


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until only about ``leave`` bytes are free."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    os.truncate(filler, max(0, filler.stat().st_size - leave))


def _assert_clear_failure(done: subprocess.CompletedProcess, target: Path, previous: bytes) -> None:
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert target.read_bytes() == previous, "the previous export was damaged"
    debris = [p.name for p in target.parent.iterdir() if p.name not in (target.name, "filler.bin")]
    assert not debris, f"debris left behind: {debris}"
    message = done.stderr.strip()
    assert message.startswith("treaty-workbench: error:") and "Traceback" not in message, message
    assert target.name in message, message


@pytest.mark.parametrize("fmt", ["docx", "akn"])
def test_an_export_to_a_full_disk_fails_clearly_and_keeps_the_previous_file(drafts, disk, fmt):
    workspace, short, long = drafts
    folder, mounted = disk
    target = folder / f"draft.{'docx' if fmt == 'docx' else 'xml'}"
    previous = _previous_export(workspace, short, target, fmt)
    if mounted:
        _fill(folder, leave=4096)
        done = _cli("--workspace", str(workspace), "export", long, "--format", fmt, "-o", str(target))
        assert "No space left on device" in done.stderr, done.stderr
    else:   # no tmpfs without root: the kernel refuses writes past a file-size limit instead
        done = _cli("--workspace", str(workspace), "export", long, "--format", fmt, "-o", str(target),
                    fsize=len(previous) + 1024)
    _assert_clear_failure(done, target, previous)


@pytest.mark.parametrize("fmt", ["docx", "akn"])
def test_an_export_to_a_read_only_folder_fails_clearly_and_keeps_the_previous_file(drafts, disk, fmt):
    workspace, short, long = drafts
    folder, mounted = disk
    target = folder / f"draft.{'docx' if fmt == 'docx' else 'xml'}"
    previous = _previous_export(workspace, short, target, fmt)
    if mounted:
        assert subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True).returncode == 0
    elif IS_ROOT:
        pytest.skip("root ignores folder permissions and no tmpfs could be mounted here")
    else:
        folder.chmod(0o555)
    try:
        done = _cli("--workspace", str(workspace), "export", long, "--format", fmt, "-o", str(target))
    finally:
        if not mounted:
            folder.chmod(0o755)
    _assert_clear_failure(done, target, previous)


def test_the_full_disk_fixture_really_fills_the_disk(disk):
    """Guards the test above: on a mounted tmpfs, a write larger than what is left must fail."""
    folder, mounted = disk
    if not mounted:
        pytest.skip("no tmpfs here (not root)")
    _fill(folder, leave=4096)
    with pytest.raises(OSError):
        (folder / "big.bin").write_bytes(b"x" * 65536)
    assert shutil.disk_usage(folder).free < 65536

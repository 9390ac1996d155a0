"""Run by a Python that has LibreOffice's ``uno`` module (never imported by the workbench).

``python3 lo_pages.py SOFFICE DOCX PREFIX`` starts a headless LibreOffice with a fresh profile,
lays ``DOCX`` out and prints, as JSON, the page on which each bookmark whose name starts with
PREFIX stands (``{"pages": {name: page}, "count": pages}``). The page is the one LibreOffice's
own layout gives, as the PDF conversion and the printed copy show it.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path


def _prop(name, value):
    from com.sun.star.beans import PropertyValue

    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(proc, pipe: str, timeout: float = 60):
    import uno

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - not listening yet
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("LibreOffice did not start") from None
            time.sleep(0.05)


def bookmark_pages(soffice: str, docx: Path, prefix: str) -> dict:
    profile = Path(tempfile.gettempdir()) / f"lo-{uuid.uuid4().hex}"
    pipe = f"tw{uuid.uuid4().hex[:16]}"
    proc = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nologo",
                             f"-env:UserInstallation={profile.as_uri()}", f"--accept=pipe,name={pipe};urp;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        ctx = _connect(proc, pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(docx.resolve().as_uri(), "_blank", 0, (_prop("Hidden", True),))
        if doc is None:
            raise SystemExit(f"LibreOffice could not open {docx.name}")
        controller = doc.getCurrentController()
        cursor = controller.getViewCursor()
        marks = doc.getBookmarks()
        pages = {}
        for name in marks.getElementNames():
            if name.startswith(prefix):
                cursor.gotoRange(marks.getByName(name).getAnchor(), False)
                pages[name] = cursor.getPage()
        count = controller.getPropertyValue("PageCount")
        doc.close(True)
        return {"pages": pages, "count": count}
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:  # noqa: BLE001 - the bridge closes as LibreOffice exits
                pass
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(bookmark_pages(sys.argv[1], Path(sys.argv[2]), sys.argv[3])))

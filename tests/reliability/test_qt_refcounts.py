"""The Qt binding does not leak references to None: a long session must not crash the application.

PySide6-Essentials 6.12.0 on CPython 3.11 takes one reference from ``None`` on every call of a
method that returns nothing (``setText``, ``setData``, ``setToolTip`` …). ``None`` is not
immortal before Python 3.12, so after some thousands of such calls its count reaches zero and
the process aborts ("Fatal Python error: none_dealloc"): the benchmark's 2,000-article draft did
it in the dependency-graph panel, and a long drafting session would do it anywhere. 6.11.3 on
the same Python does not leak. The probe runs in a child process so that a leaking binding
cannot crash the test run itself.

Verified: fails with PySide6-Essentials 6.12.0 on Python 3.11.7 ("-1.0 per call"), passes with
6.11.3 on the same interpreter (a throw-away venv) and needs no change on Python ≥ 3.12.
"""
from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc, sys
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QLabel
app = QApplication([])
label, item = QLabel("x"), QGraphicsRectItem(0, 0, 1, 1)
gc.collect()
before = sys.getrefcount(None)
for i in range(1000):
    label.setText("y")
    item.setToolTip("z")
    item.setData(0, "k")
gc.collect()
print((sys.getrefcount(None) - before) / 3000, flush=True)
import os
os._exit(0)   # a leaking binding would abort at exit, when None's count reaches zero
"""


def test_qt_setters_do_not_take_references_from_none():
    if sys.version_info >= (3, 12):
        return   # None is immortal: a leaked reference cannot free it
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    per_call = float(done.stdout.strip().splitlines()[-1])
    import PySide6
    assert per_call > -0.5, (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} takes {-per_call:.1f} "
        "reference from None per call of a Qt setter: the application will abort "
        "(none_dealloc) after some thousands of calls. Use PySide6-Essentials < 6.12 on Python 3.11.")

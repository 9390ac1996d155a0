"""Peak resident memory of this process, as the probes report it."""
from __future__ import annotations

import resource


def peak_rss_kb() -> int:
    """This process's peak resident set size in kB.

    On Linux, ``VmHWM`` of ``/proc/self/status``: it belongs to the process's own address space,
    which ``execve`` replaces. ``getrusage``'s ``ru_maxrss`` is kept across ``execve``, so a probe
    started by a benchmark process already holding 400 MB would report at least that much.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

"""Speed and memory benchmarks of Treaty Workbench (``python -m benchmarks.run``)."""

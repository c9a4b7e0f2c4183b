"""The benchmarks are run with `python -m tests.benchmarks`, never by pytest."""

collect_ignore_glob = ["*.py"]

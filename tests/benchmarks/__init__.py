"""The benchmark suite (issue 7): `python -m tests.benchmarks [--quick] [--out FILE.json]`.

Not part of the test suite: pytest collects nothing here (conftest.py). Every figure is measured several times
against a baseline measured in the same run, so a ratio means the same on a busy machine.
"""

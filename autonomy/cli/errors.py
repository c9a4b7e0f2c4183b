"""The command line's own error, apart from the parser so that the commands can raise it without importing `main`."""


class UsageError(Exception):
    """Wrong usage that argparse cannot see (exit 2)."""

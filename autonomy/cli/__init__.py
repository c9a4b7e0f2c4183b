"""The command line (a contract: DESIGN.md): the parser and `main` (parser.py), what each command does
(commands.py; the report in report_command.py). `autonomy.cli:main` and `autonomy.cli:gui_main` are the entry points."""

from autonomy.cli.parser import gui_main, main

__all__ = ["gui_main", "main"]

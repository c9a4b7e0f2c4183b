"""`autonomy report --class NAME --out FILE.pdf [--from DATE] [--to DATE] [--anonymize]`.

Exit codes (through autonomy.cli): 0 written; 1 an unknown class, a bad date range or a path that cannot be
written (one sentence on stderr, no file left behind); 2 without --out. Runs Qt without a window (offscreen).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from autonomy.cli.errors import UsageError
from autonomy.core.errors import StorageError
from autonomy.services import Services
from autonomy.storage.safe_files import check_target


def run(services: Services, args: argparse.Namespace) -> int:
    if not getattr(args, "out", None):
        raise UsageError("report needs --out FILE.pdf")
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise StorageError(f"{out} is a folder; give the report a file name (for example {out / 'report.pdf'}).")
    check_target(out)  # a missing or read-only folder, or a link at that name: refused before the class is read
    classroom = services.roster.find_classroom(args.classroom)
    started = time.perf_counter()
    data = services.coach.class_data(classroom.id, args.date_from, args.date_to,
                                                anonymize=bool(args.anonymize))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from autonomy.ui.coach.report import summary_line, write_report
    from autonomy.ui.words import i18n

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    # The language the teacher chose in Preferences (or AUTONOMY_LANGUAGE): the report the app would write.
    # Never chosen, English: a script's report then reads the same on every machine.
    i18n.install_chosen(QSettings(i18n.ORGANISATION, i18n.APPLICATION))
    pages = write_report(data, out)
    took = time.perf_counter() - started
    print(summary_line(data, pages, out, took), file=sys.stderr)
    return 0

"""`python -m tests.benchmarks [--quick] [--out FILE.json] [--only GROUP ...]`: the table of figures and a JSON file."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks import bench_data, bench_render, bench_server, bench_startup, bench_window
from tests.benchmarks.harness import Figure, machine, markdown, table, write_json
from tests.benchmarks.school import CACHE, DAYS, School, school

GROUPS = ("startup", "window", "log", "suggestions", "render", "exchange", "scaling", "server")
# Repetitions: (full, --quick). The window's: rounds of open a student, log, undo; a quarter as many classroom
# switches; and the coach view's openings. The server's: each action over the proxy, at each delay.
REPEATS = {"startup": (9, 4), "window": (200, 24), "coach": (10, 3), "log": (300, 100), "suggestions": (15, 5),
           "render": (25, 8), "exchange": (3, 1), "scaling": (3, 1), "server": (40, 6), "server window": (30, 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--out", default="benchmark-results/latest.json", metavar="FILE.json")
    parser.add_argument("--only", nargs="+", choices=GROUPS, metavar="GROUP", help=" ".join(GROUPS))
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown (for the README)")
    parser.add_argument("--server-delay", type=float, default=10.0, metavar="MS",
                        help="the server group's delay, each way (default 10 ms: a 20 ms round trip)")
    parser.add_argument("--smoke", action="store_true",
                        help="exit 0 even when a target is missed (CI's short form: it runs, it is not a verdict)")
    parser.add_argument("--no-server-window", action="store_true",
                        help="the server group without the assembled window (services only)")
    args = parser.parse_args(argv)
    groups = args.only or GROUPS
    began = time.monotonic()

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def reps(group: str) -> int:
        return REPEATS[group][1 if args.quick else 0]

    info = machine()
    say(f"Machine: {info['cpu']}, {info['cores']} cores; load average at start {info['load_average']}")
    base: School | None = None
    if set(groups) - {"server"}:  # (the server group brings its own school: the SQLite one is not built for it)
        base = school(DAYS, say=say)
        say(f"School: {base.events:,} events; last class {base.last_class_name!r}")
    scratch = [p for p in CACHE.glob("autonomy-bench-*")]
    for leftover in scratch:
        shutil.rmtree(leftover, ignore_errors=True)
    figures: list[Figure] = []
    def need() -> School:
        assert base is not None
        return base

    steps = {
        "startup": lambda: bench_startup.measure(need(), reps("startup"), say),
        "window": lambda: bench_window.measure(need(), reps("window"), reps("coach"), say),
        "log": lambda: bench_data.log_event(need(), reps("log")),
        "suggestions": lambda: bench_data.suggestions(need(), reps("suggestions")),
        "render": lambda: bench_render.render(need(), reps("render")),
        "exchange": lambda: bench_data.exchange(need(), reps("exchange")),
        "scaling": lambda: bench_render.scaling([need(), school(DAYS * 2, say=say), school(DAYS * 4, say=say)],
                                                reps("scaling")),
        "server": lambda: bench_server.measure(reps("server"), reps("server window"), say, args.server_delay,
                                               window=not args.no_server_window),
    }
    try:
        for group in groups:
            say(f"{group} …")
            start = time.monotonic()
            found = steps[group]()
            figures += found
            say(f"  {group}: {time.monotonic() - start:.0f} s")
            for figure in found:
                say(f"  {figure.name}: median {figure.median:.2f} {figure.unit}"
                    + (f", ratio {figure.ratio:.2f}" if figure.ratio is not None else ""))
            if group == "window":
                say("  where the wait went (medians, ms):\n" + "\n".join(bench_window.stage_lines(found)))
    finally:
        for leftover in CACHE.glob("autonomy-bench-*"):
            shutil.rmtree(leftover, ignore_errors=True)
    info["load_average_end"] = machine()["load_average"]
    info["seconds"] = round(time.monotonic() - began)
    info["quick"] = args.quick
    print(table(figures))
    stages = bench_window.stage_lines(figures)
    if stages:
        print("\nWhere a key press's wait went (medians, ms):\n" + "\n".join(stages))
    print(f"\n{info['cpu']}, {info['cores']} cores, {info['memory_mb']} MB; Python {info['python']}; "
          f"load average {info['load_average']} -> {info['load_average_end']}; {info['seconds']} s")
    if args.markdown:
        print("\n" + markdown(figures))
    out = os.path.abspath(args.out)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    write_json(out, figures, info)
    print(f"Wrote {out}")
    misses = [f.name for f in figures if f.passed is False]
    return 1 if misses and not args.smoke else 0

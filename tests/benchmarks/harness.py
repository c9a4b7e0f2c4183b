"""Samples, statistics, the table and the JSON file; timing helpers shared by the benchmarks."""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); with few samples p95/p99 are the slowest one."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


@dataclass
class Figure:
    """One line of the table: samples (ms, or MB for memory), the baseline's samples, and the target."""

    name: str
    samples: list[float]
    baseline: list[float] = field(default_factory=list)
    baseline_name: str = ""
    unit: str = "ms"
    target: str = ""  # e.g. "ratio <= 1.3", "p99 < 16", "median < 250", "exponent <= 1.2"
    extra: dict[str, Any] = field(default_factory=dict)
    # The same-run floors this figure is read against, each sampled just before each of its samples (bench_window).
    floors: dict[str, list[float]] = field(default_factory=dict)

    @property
    def floor_ratios(self) -> dict[str, float]:
        """median / the floor's median, for each floor."""
        return {name: self.median / statistics.median(values) for name, values in self.floors.items()
                if values and statistics.median(values) > 0}

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def p99(self) -> float:
        return percentile(self.samples, 99)

    @property
    def base_median(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        base = self.base_median
        return self.median / base if base else None

    def value_of(self, what: str) -> float | None:
        return {"ratio": self.ratio, "median": self.median, "p95": self.p95, "p99": self.p99,
                "exponent": self.extra.get("exponent")}.get(what)

    @property
    def passed(self) -> bool | None:
        """Targets read "WHAT < N" or "WHAT <= N" (WHAT: ratio, median, p95, p99, exponent); several joined by
        " and " must all hold. None when there is no target."""
        if not self.target:
            return None
        for clause in self.target.split(" and "):
            what, op, limit = clause.split()
            value = self.value_of(what)
            if value is None:
                return False
            if not (value < float(limit) if op == "<" else value <= float(limit)):
                return False
        return True

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "unit": self.unit, "n": len(self.samples), "median": self.median,
                "p95": self.p95, "p99": self.p99, "baseline": self.baseline_name or None,
                "baseline_median": self.base_median, "ratio": self.ratio, "target": self.target or None,
                "passed": self.passed, "samples": self.samples, "baseline_samples": self.baseline,
                "floor_ratios": self.floor_ratios or None, "floor_samples": self.floors or None, **self.extra}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(milliseconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def alternate(count: int, measure: Callable[[], float], base: Callable[[], float]) -> tuple[list[float], list[float]]:
    """Interleaved runs (baseline, measure, baseline, ...), so both see the same moments of a noisy machine."""
    samples, baseline = [], []
    for _ in range(count):
        baseline.append(base())
        samples.append(measure())
    return samples, baseline


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"


FLOOR_WORDS = {"event loop": "loop", "repaint": "paint", "lane hop": "hop", "commit": "commit"}


def _floors(f: Figure) -> str:
    return " ".join(f"{FLOOR_WORDS.get(name, name)} {ratio:.0f}x" if ratio >= 10 else
                    f"{FLOOR_WORDS.get(name, name)} {ratio:.1f}x" for name, ratio in f.floor_ratios.items())


def table(figures: list[Figure]) -> str:
    head = ("figure", "unit", "n", "median", "p95", "p99", "baseline", "ratio", "target", "ok", "vs each floor")
    rows = [head]
    for f in figures:
        ok = {True: "pass", False: "FAIL", None: ""}[f.passed]
        rows.append((f.name, f.unit, str(len(f.samples)), _fmt(f.median), _fmt(f.p95), _fmt(f.p99),
                     _fmt(f.base_median), _fmt(f.ratio, "x"), f.target, ok, _floors(f)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for n, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i in (0, 1, 8, 10) else c.rjust(w) for i, (c, w) in
                               enumerate(zip(row, widths, strict=True))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(figures: list[Figure]) -> str:
    out = ["| figure | median | p95 | p99 | baseline | ratio | target | | vs each floor |",
           "|---|---:|---:|---:|---:|---:|---|---|---|"]
    for f in figures:
        ok = {True: "pass", False: "**miss**", None: ""}[f.passed]
        name = "— " + f.name.strip() if f.name.startswith("  ") else f.name  # (Markdown drops leading spaces)
        out.append(f"| {name} ({f.unit}) | {_fmt(f.median)} | {_fmt(f.p95)} | {_fmt(f.p99)} | "
                   f"{_fmt(f.base_median)} | {_fmt(f.ratio, 'x')} | {f.target} | {ok} | {_floors(f)} |")
    return "\n".join(out)


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            names = [line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    memory = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            memory = int(fh.readline().split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_mb": memory, "system": platform.platform(),
            "python": platform.python_version(), "load_average": _load()}


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def write_json(path: str, figures: list[Figure], info: dict[str, Any]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"machine": info, "figures": [f.as_dict() for f in figures]}, fh, indent=1)
        fh.write("\n")

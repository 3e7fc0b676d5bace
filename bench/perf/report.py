"""The tables run.py prints."""

import math

from .scenario import FRAME, KINDS
from .stats import median, percentile, ratio, table

LABELS = {"move": "key j/k", "toggle": "actor toggle", "search": "search letter", "axis": "axis key l/+/j/-/k/h"}


def _ms(x):
    return "-" if x is None or math.isnan(x) else f"{x:.1f}"


def _x(x):
    return "-" if math.isnan(x) else f"{x:.2f}x"


def _startups(runs):
    return [r.startup for r in runs if r.startup is not None]


def _pooled(runs, field, kind):
    return [v for r in runs for v in getattr(r, field)[kind]]


def _rss(runs):
    return median([r.rss for r in runs if r.rss is not None])


def _missed(runs):
    return sum(r.missed for r in runs) + sum(r.startup is None for r in runs)


def lines(a, runs, silent):
    out = [f"pseudo-terminal {a.cols}x{a.rows}, answering terminal queries; {a.runs} runs per program, interleaved;",
           f"{a.keys} moves, {a.keys + a.keys % 2} actor toggles, about {a.keys} search letters ({a.word!r} typed and erased)",
           f"and {a.keys} time-axis keys (l + j - k h in turn, after t) per run.",
           f"Times in ms, RSS in MiB. Frames are written on Bubble Tea's {1 / FRAME:.0f} Hz ticker, so every",
           f"key latency includes 0-{FRAME * 1000:.1f} ms of waiting for the next tick, the bare program's too;",
           "'CPU' is what the program itself spent on the key (all threads), which the ticker does not pad.",
           "Keys are sent once the program is idle ('idle': its CPU use fell under 2 ms per 100 ms).",
           ""]
    out += _versus(runs["bare"], runs["parley"])
    sizes = sorted((k for k in runs if isinstance(k, tuple)), key=lambda k: (k[1], k[0]))
    if sizes:
        out += [""] + _growth(runs, sizes)
    if silent:
        out += [""] + _silent(silent)
    missed = sum(_missed(rs) for rs in runs.values())
    if missed:
        out += ["", f"WARNING: {missed} keys or start-ups produced no frame and are left out."]
    return out


def _versus(bare, parley):
    rows = []

    def row(name, b, p):
        rows.append([name, _ms(median(b)), _ms(median(p)), _x(ratio(median(p), median(b))),
                     _ms(percentile(b, 95)), _ms(percentile(p, 95)), _x(ratio(percentile(p, 95), percentile(b, 95)))])

    row("start-up to first frame", _startups(bare), _startups(parley))
    row("start-up to idle", [r.idle for r in bare if r.idle], [r.idle for r in parley if r.idle])
    for k in KINDS:
        row(LABELS[k], _pooled(bare, "latency", k), _pooled(parley, "latency", k))
    for k in KINDS:
        row(f"  CPU per {LABELS[k]}", _pooled(bare, "cpu", k), _pooled(parley, "cpu", k))
    b, p = _rss(bare), _rss(parley)
    rows.append(["peak RSS (MiB)", _ms(b), _ms(p), _x(ratio(p, b)), "", "", ""])
    return ["Embedded dataset against bare Bubble Tea"] + table(
        ["", "bare p50", "parley p50", "ratio", "bare p95", "parley p95", "ratio"], rows)


def _growth(runs, sizes):
    rows = []
    for shape, n in sizes:
        rs = runs[(shape, n)]
        row = [f"{n:,} {shape}", _ms(median(_startups(rs))), _ms(median([r.idle for r in rs if r.idle is not None]))]
        for k in KINDS:
            lat, cpu = _pooled(rs, "latency", k), _pooled(rs, "cpu", k)
            row += [f"{_ms(median(lat))} / {_ms(percentile(lat, 95))}", _ms(percentile(cpu, 95))]
        row.append(_ms(_rss(rs)))
        rows.append(row)
    header = ["events", "first frame p50", "idle p50"]
    for k in KINDS:
        header += [f"{LABELS[k]} p50 / p95", "CPU p95"]
    header.append("peak RSS")
    return ["Generated datasets (500 actors, 1 MiB of source text; lean events about 0.55 KB of JSON, rich",
            "about 1.2 KB like the embedded ones), parley --data FILE"] + table(header, rows)


def _silent(silent):
    rows = [[label, _ms(r.startup), _ms(r.rss)] for label, r in silent.items()]
    return ["Start-up on a terminal that answers no queries (one run each)"] + table(
        ["", "start-up to first frame", "peak RSS"], rows)

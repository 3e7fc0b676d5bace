"""Medians and percentiles, and a plain table."""

import math


def median(xs):
    xs = sorted(xs)
    if not xs:
        return math.nan
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


def percentile(xs, p):
    """Nearest-rank percentile: the smallest value with p% of values at or below it."""
    xs = sorted(xs)
    if not xs:
        return math.nan
    return xs[max(math.ceil(p / 100 * len(xs)) - 1, 0)]


def ratio(a, b):
    return a / b if b else math.nan


def table(header, rows, markdown=False):
    """Left-aligned first column, right-aligned others, as lines: plain
    text, or a Markdown table to paste into docs/performance.md."""
    cells = [header] + [[str(c) for c in r] for r in rows]
    if markdown:
        rule = ["---"] + ["---:"] * (len(header) - 1)
        return ["| " + " | ".join(r) + " |" for r in [cells[0], rule] + cells[1:]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    out = []
    for n, r in enumerate(cells):
        out.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out

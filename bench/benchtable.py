#!/usr/bin/env python3
"""Go benchmark output as a Markdown table, one row per benchmark and one
column per dataset shape, each cell the runs' times (-count N) in turn.

    go test ./tui -run '^$' -bench 'Gen.*/(events|rich)=100000$' -count 2 | python3 bench/benchtable.py
    go test ./bench/gen -run '^$' -bench Load100k -count 2 | python3 bench/benchtable.py
"""

import re
import sys

# BenchmarkGenMove/rich=100000-2   1164   966603 ns/op   161932 B/op ...
LINE = re.compile(r"^Benchmark(\S+?)/(\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(?:.*?\s([\d.]+) B/op)?")


def duration(ns):
    for unit, size in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= size:
            return f"{ns / size:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    cells, names, shapes = {}, [], []
    for line in sys.stdin:
        m = LINE.match(line)
        if not m:
            continue
        name, shape, ns, alloc = m.group(1), m.group(2), float(m.group(3)), m.group(4)
        names += [name] if name not in names else []
        shapes += [shape] if shape not in shapes else []
        cell = cells.setdefault((name, shape), {"ns": [], "bytes": alloc})
        cell["ns"].append(duration(ns))
    if not cells:
        sys.exit("benchtable: no benchmark lines on stdin")
    print("| benchmark | " + " | ".join(shapes) + " |")
    print("|---|" + "---:|" * len(shapes))
    for name in names:
        row = []
        for shape in shapes:
            c = cells.get((name, shape))
            row.append("—" if c is None else " / ".join(c["ns"]) +
                       (f" ({float(c['bytes']) / 1e6:.3g} MB/op)" if c["bytes"] else ""))
        print(f"| {name} | " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()

"""The tables run.py prints, as plain text or Markdown (--markdown)."""

import math

from .scenario import FRAME, LOAD_KIND, RESULT_KINDS
from .stats import median, percentile, ratio, table

LABELS = {"move": "key j/k", "page": "page pgdn/pgup", "ends": "G/g", "toggle": "actor toggle",
          "search": "search letter", "axis_toggle": "t axis on/off", "axis": "axis key l/+/j/-/k/h",
          "pattern": "p pattern on/off", LOAD_KIND: "j/k during load",
          "toggle_result": "  toggle to its result", "search_result": "  letter to its result"}


def _ms(x):
    return "—" if x is None or math.isnan(x) else f"{x:.1f}"


def _x(x):
    return "—" if math.isnan(x) else f"{x:.2f}×"


def _mib(n):
    return f"{n / (1 << 20):,.1f}"


def _short(n):
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else f"{n:,}"


def _times(runs, field):
    return [getattr(r, field) for r in runs if getattr(r, field) is not None]


def _pooled(runs, field, kind):
    return [v for r in runs for v in getattr(r, field)[kind]]


def _rss(runs):
    return median([r.rss for r in runs if r.rss is not None])


def _missed(runs):
    """{kind: count} of keys and start-ups that produced no frame."""
    out = {}
    for r in runs:
        for kind, n in r.missed.items():
            out[kind] = out.get(kind, 0) + n
    return out


def lines(a, runs, silent, sizes):
    """runs: {"bare": [Run], "parley": [Run], (shape, events): [Run]};
    sizes: {(shape, events): bytes of its dataset file}."""
    md = a.markdown
    out = [f"pseudo-terminal {a.cols}x{a.rows}, answering terminal queries; {a.runs} runs per program, interleaved;",
           f"per run {a.keys} j/k, {a.keys + a.keys % 2} of each toggle or pair (pgdn/pgup, G/g, actor toggle, t, p),",
           f"about {a.keys} search letters ({a.word!r} typed and erased) and {a.keys} time-axis keys (l + j - k h, after t)",
           "(--quick: j/k, actor toggles, search letters and time-axis keys only).",
           f"Times in ms, RSS in MiB. Frames are written on Bubble Tea's {1 / FRAME:.0f} Hz ticker, so every",
           f"key latency includes 0-{FRAME * 1000:.1f} ms of waiting for the next tick, the bare program's too;",
           "'CPU' is what the program itself spent on the key (all threads), which the ticker does not pad.",
           "Keys are sent once the program is fully loaded and idle (its CPU use under 2 ms per 100 ms);",
           "'j/k during load' are sent while the explorer still says 'loading' ('—' when it never did).",
           ""]
    # Each filter key's row is followed by its time to the result.
    kinds = tuple(k for kind in a.kinds for k in (kind, RESULT_KINDS.get(kind)) if k)
    out += _versus(runs["bare"], runs["parley"], kinds, md)
    keys = sorted((k for k in runs if isinstance(k, tuple)), key=lambda k: (k[1], k[0]))
    if keys:
        out += [""] + _files(keys, sizes, md)
    out += [""] + _startup(runs, keys, sizes, md)
    out += [""] + _latency(runs, keys, kinds, md)
    out += [""] + _cpu(runs, keys, kinds, md)
    if silent:
        out += [""] + _silent(silent, md)
    missed = [f"{_name(k)}: " + ", ".join(f"{n} {LABELS.get(kind, kind)}" for kind, n in sorted(m.items()))
              for k, m in ((k, _missed(rs)) for k, rs in runs.items()) if m]
    if missed:
        out += ["", "WARNING: these keys or start-ups produced no frame and are left out: " + "; ".join(missed)]
    return out


def _name(k):
    return {"parley": "embedded", "bare": "bare"}.get(k) if isinstance(k, str) else f"{k[0]} {_short(k[1])}"


def _versus(bare, parley, kinds, md):
    rows = []

    def row(name, b, p):
        rows.append([name, _ms(median(b)), _ms(median(p)), _x(ratio(median(p), median(b))),
                     _ms(percentile(b, 95)), _ms(percentile(p, 95)), _x(ratio(percentile(p, 95), percentile(b, 95)))])

    row("start-up to first frame", _times(bare, "startup"), _times(parley, "startup"))
    row("start-up to idle", _times(bare, "idle"), _times(parley, "idle"))
    for k in kinds:
        row(LABELS[k], _pooled(bare, "latency", k), _pooled(parley, "latency", k))
    for k in kinds:
        row(f"  CPU per {LABELS[k]}", _pooled(bare, "cpu", k), _pooled(parley, "cpu", k))
    b, p = _rss(bare), _rss(parley)
    rows.append(["peak RSS (MiB)", _ms(b), _ms(p), _x(ratio(p, b)), "", "", ""])
    return ["Embedded dataset against bare Bubble Tea"] + table(
        ["", "bare p50", "parley p50", "ratio", "bare p95", "parley p95", "ratio"], rows, md)


def _files(keys, sizes, md):
    rows = [[_name(k), f"{k[1]:,}", f"{sizes[k]:,}", _mib(sizes[k])] for k in keys]
    return ["Generated datasets (bench/gendata; 500 actors, 1 MiB of source text in separate files)"] + table(
        ["", "events", "dataset.json bytes", "MiB"], rows, md)


def _startup(runs, keys, sizes, md):
    rows = []
    for k in ["parley"] + keys:
        rs = runs[k]
        rss = _rss(rs)
        per_byte = _x(ratio(rss * (1 << 20), sizes[k])) if k in sizes else "—"
        rows.append([_name(k)] + [_ms(median(_times(rs, f))) for f in ("progress", "startup", "loaded", "idle")]
                    + [_ms(rss), per_byte])
    return ["Start-up, medians in ms: the first progress display ('events read'), the first frame with events",
            "('q quit'), the first with events and no 'loading', the end of start-up work (idle); peak RSS",
            "in MiB and against the dataset file"] + table(
        ["", "progress", "events shown", "fully loaded", "idle", "peak RSS", "RSS ÷ file"], rows, md)


def _latency(runs, keys, kinds, md):
    cols = ["bare", "parley"] + keys
    bare = runs["bare"]
    rows = []
    base = {LOAD_KIND: "move", **{v: k for k, v in RESULT_KINDS.items()}}
    for kind in kinds + (LOAD_KIND,):
        b95 = percentile(_pooled(bare, "latency", base.get(kind, kind)), 95)
        row = [LABELS[kind]]
        for k in cols:
            lat = _pooled(runs[k], "latency", kind)
            if not lat:
                row.append("—")
                continue
            cell = f"{_ms(median(lat))} / {_ms(percentile(lat, 95))}"
            if k != "bare":
                cell += f" {_x(ratio(percentile(lat, 95), b95))}"
            row.append(cell)
        rows.append(row)
    return ["Key to its frame, p50 / p95 in ms, and p95 against the bare program's p95 in the same run",
            "(j/k during load against the bare j/k; a filter key to its result, the first frame without",
            "'searching…' or 'indexing', against the bare key)"] + table(
        ["key"] + [_name(k) for k in cols], rows, md)


def _cpu(runs, keys, kinds, md):
    cols = ["bare", "parley"] + keys
    rows = [[LABELS[kind]] + [_ms(percentile(_pooled(runs[k], "cpu", kind), 95)) for k in cols]
            for kind in kinds + (LOAD_KIND,)]
    return ["CPU per key, p95 in ms (all threads; during the load that includes the load's own work)"] + table(
        ["key"] + [_name(k) for k in cols], rows, md)


def _silent(silent, md):
    rows = [[label, _ms(r.startup), _ms(r.rss)] for label, r in silent.items()]
    return ["Start-up on a terminal that answers no queries (one run each)"] + table(
        ["", "start-up to first frame", "peak RSS"], rows, md)

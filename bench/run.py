#!/usr/bin/env python3
"""Speed and scale of parley against a bare Bubble Tea program.

Builds parley, the bare baseline (bench/bare) and generated datasets
(bench/gendata), runs each on a pseudo-terminal of fixed size several
times, and prints medians, 95th percentiles and ratios. It prints
numbers only: nothing here passes or fails on a timing. It exits non-zero
only when a program never finishes loading (the marker texts are "q quit",
the end of parley's short help, without "loading" on screen; and "bare
ready"), or when the disk has no room for the datasets asked for.

    python3 bench/run.py            # full: 5 runs, 1k/10k/100k lean events, 100k rich
    python3 bench/run.py --quick    # CI: a smoke run in well under a minute
    python3 bench/run.py --sizes 1000000 --rich 100000,1000000 --runs 2 --markdown
    python3 bench/run.py --sizes '' --rich '' --runs 9 --no-silent  # the embedded dataset against the bare program
"""

import argparse
import datetime
import os
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from perf import report  # noqa: E402
from perf.scenario import KINDS, QUICK_KINDS, Program, run_once  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Bytes of dataset.json per event, a little over what gendata writes, to
# check the disk before generating (rich 1M is about 1.2 GB).
BYTES_PER_EVENT = {"lean": 600, "rich": 1300}
# What parley's screen says: its short help ends "q quit" once events are
# shown; the status line says "loading" until the whole file is in; the
# progress display before the first events says "events read".
READY, LOADING, PROGRESS = "q quit", "loading", "events read"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="few runs, small datasets: for CI")
    p.add_argument("--runs", type=int, help="runs per program (default 5, quick 2)")
    p.add_argument("--keys", type=int, help="moves and toggles per run (default 30, quick 6)")
    p.add_argument("--sizes", help="generated dataset sizes, comma-separated (default 1000,10000,100000; quick 1000; "
                   "'' for none: the embedded dataset and the bare program only)")
    p.add_argument("--rich", help="rich dataset sizes (events as full as the embedded ones), comma-separated "
                   "(default 100000; quick none; 1000000 is about 1.2 GiB)")
    p.add_argument("--startup-timeout", type=float,
                   help="seconds to wait for a generated dataset to load (default 60, plus 9 minutes per million events)")
    p.add_argument("--key-timeout", type=float,
                   help="seconds to wait for a key's frame before counting it missed "
                   "(default 5, plus 25 per million events of the dataset)")
    p.add_argument("--cols", type=int, default=120)
    p.add_argument("--rows", type=int, default=40)
    p.add_argument("--word", default="summit", help="the search typed, one letter per key")
    p.add_argument("--no-silent", action="store_true", help="skip the runs on a terminal that answers no queries")
    p.add_argument("--markdown", action="store_true", help="print the tables as Markdown, for docs/performance.md")
    a = p.parse_args()
    a.runs = a.runs or (2 if a.quick else 5)
    a.keys = a.keys if a.keys is not None else (6 if a.quick else 30)
    a.kinds = QUICK_KINDS if a.quick else KINDS
    sizes = a.sizes if a.sizes is not None else ("1000" if a.quick else "1000,10000,100000")
    a.sizes = [int(n) for n in sizes.split(",") if n]
    rich = a.rich if a.rich is not None else ("" if a.quick else "100000")
    a.rich = [int(n) for n in rich.split(",") if n]
    if a.startup_timeout is None:
        a.startup_timeout = 60.0 + 540.0 * max(a.sizes + a.rich + [0]) / 1e6
    return a


def check_disk(tmp, sizes, rich):
    """Exits with a message when the datasets would not fit in tmp."""
    need = sum(n * BYTES_PER_EVENT["lean"] for n in sizes) + sum(n * BYTES_PER_EVENT["rich"] for n in rich)
    free = shutil.disk_usage(tmp).free
    if need > free * 0.9:
        sys.exit(f"bench/run.py: the datasets need about {need / 1e9:.1f} GB in {tmp}, "
                 f"which has {free / 1e9:.1f} GB free; set TMPDIR to a larger disk or ask for fewer events")


def machine():
    """A line saying when and on what the numbers were measured."""
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), cpu)
    except OSError:
        pass
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    go = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True).stdout.strip()
    return f"{datetime.date.today()}, {os.cpu_count()} × {cpu}, {go}, load average {load} (1 / 5 / 15 min)"


def build(tmp, sizes, rich):
    """Builds the programs and writes the datasets; returns {(shape, events): path}."""
    def go(*args):
        subprocess.run(["go", *args], cwd=ROOT, check=True)

    go("build", "-o", os.path.join(tmp, "parley"), ".")
    go("build", "-o", os.path.join(tmp, "bare"), "./bench/bare")
    go("build", "-o", os.path.join(tmp, "gendata"), "./bench/gendata")
    check_disk(tmp, sizes, rich)
    files = {}
    for shape, ns, extra in [("lean", sizes, []), ("rich", rich, ["-rich"])]:
        for n in ns:
            out = os.path.join(tmp, f"gen-{shape}-{n}")
            subprocess.run([os.path.join(tmp, "gendata"), "-events", str(n), "-out", out, *extra],
                           check=True, stdout=subprocess.DEVNULL)
            files[(shape, n)] = os.path.join(out, "dataset.json")
    return files


def terminal_env(**extra):
    """A terminal emulator's environment: xterm, colours, no CI or tmux."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/"),
           "TERM": "xterm-256color", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def main():
    a = parse_args()
    # Killed, still remove the datasets (a million rich events is 1.2 GB).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("bench/run.py: terminated"))
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        print(f"building parley, the bare baseline and datasets of {a.sizes} lean and {a.rich} rich events ...", flush=True)
        files = build(tmp, a.sizes, a.rich)
        sizes = {k: os.path.getsize(f) for k, f in files.items()}
        started = machine()
        bare = Program("bare", [os.path.join(tmp, "bare")], terminal_env(), "bare ready")
        parley = Program("parley", [os.path.join(tmp, "parley")], terminal_env(), READY, PROGRESS, LOADING)
        sized = {k: Program(f"parley {k[0]} {k[1]}", [parley.argv[0], "--data", f], terminal_env(),
                            READY, PROGRESS, LOADING, sizes[k])
                 for k, f in files.items()}

        runs = {"bare": [], "parley": [], **{n: [] for n in sized}}
        for i in range(a.runs):  # interleaved, so every program sees the same machine
            print(f"run {i + 1}/{a.runs} ...", flush=True)
            runs["bare"].append(run_once(bare, a.cols, a.rows, a.keys, a.word, kinds=a.kinds))
            runs["parley"].append(run_once(parley, a.cols, a.rows, a.keys, a.word, kinds=a.kinds))
            for n, prog in sized.items():
                runs[n].append(run_once(prog, a.cols, a.rows, a.keys, a.word, startup_timeout=a.startup_timeout,
                                        kinds=a.kinds, key_timeout=a.key_timeout or 5.0 + 25.0 * n[1] / 1e6))

        silent = {}
        if not a.no_silent:
            print("start-up on a terminal that answers no queries ...", flush=True)
            variants = [("bare", bare), ("parley", parley)] + [
                (f"parley, {k}={v}", Program("", parley.argv, terminal_env(**{k: v}), READY, PROGRESS, LOADING))
                for k, v in [("TERM", "dumb"), ("TERM", "tmux-256color"), ("CI", "1")]]
            if a.quick:  # 5 s each: the point, and one way round it
                variants = [variants[1], variants[3]]
            for label, prog in variants:
                silent[label] = run_once(prog, a.cols, a.rows, 0, a.word, answer=False)

        print()
        print(f"measured {started}; at the end: load average {' / '.join(f'{x:.1f}' for x in os.getloadavg())}")
        for line in report.lines(a, runs, silent, sizes):
            print(line)
        # Not a timing verdict: a program that never finished loading
        # means the marker or the driver no longer fits the program.
        if any(r.loaded is None for rs in runs.values() for r in rs):
            sys.exit(f"some runs never showed a frame with {READY!r} and without {LOADING!r}: has the screen changed?")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Speed and scale of parley against a bare Bubble Tea program.

Builds parley, the bare baseline (bench/bare) and generated datasets
(bench/gendata), runs each on a pseudo-terminal of fixed size several
times, and prints medians, 95th percentiles and ratios. It prints
numbers only: nothing here passes or fails on a timing. It exits non-zero
only when a program never draws its first frame (the marker texts are
"q quit", the end of parley's short help, and "bare ready").

    python3 bench/run.py            # full: 5 runs, 1k/10k/100k lean events, 100k rich
    python3 bench/run.py --quick    # CI: a smoke run in well under a minute
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from perf import report  # noqa: E402
from perf.scenario import Program, run_once  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="few runs, small datasets: for CI")
    p.add_argument("--runs", type=int, help="runs per program (default 5, quick 2)")
    p.add_argument("--keys", type=int, help="moves and toggles per run (default 30, quick 6)")
    p.add_argument("--sizes", help="generated dataset sizes, comma-separated (default 1000,10000,100000; quick 1000)")
    p.add_argument("--rich", help="rich dataset sizes (events as full as the embedded ones), comma-separated "
                   "(default 100000; quick none; 1000000 is about 1.2 GiB)")
    p.add_argument("--startup-timeout", type=float, default=60.0,
                   help="seconds to wait for a generated dataset's first frame (default 60; a million events needs more)")
    p.add_argument("--cols", type=int, default=120)
    p.add_argument("--rows", type=int, default=40)
    p.add_argument("--word", default="summit", help="the search typed, one letter per key")
    p.add_argument("--no-silent", action="store_true", help="skip the runs on a terminal that answers no queries")
    a = p.parse_args()
    a.runs = a.runs or (2 if a.quick else 5)
    a.keys = a.keys if a.keys is not None else (6 if a.quick else 30)
    a.sizes = [int(n) for n in (a.sizes or ("1000" if a.quick else "1000,10000,100000")).split(",") if n]
    rich = a.rich if a.rich is not None else ("" if a.quick else "100000")
    a.rich = [int(n) for n in rich.split(",") if n]
    return a


def build(tmp, sizes, rich):
    """Builds the programs and writes the datasets; returns {(shape, events): path}."""
    def go(*args):
        subprocess.run(["go", *args], cwd=ROOT, check=True)

    go("build", "-o", os.path.join(tmp, "parley"), ".")
    go("build", "-o", os.path.join(tmp, "bare"), "./bench/bare")
    go("build", "-o", os.path.join(tmp, "gendata"), "./bench/gendata")
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
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        print(f"building parley, the bare baseline and datasets of {a.sizes} lean and {a.rich} rich events ...", flush=True)
        files = build(tmp, a.sizes, a.rich)
        bare = Program("bare", [os.path.join(tmp, "bare")], terminal_env(), "bare ready")
        parley = Program("parley", [os.path.join(tmp, "parley")], terminal_env(), "q quit")
        sized = {k: Program(f"parley {k[0]} {k[1]}", [parley.argv[0], "--data", f], terminal_env(), "q quit")
                 for k, f in files.items()}

        runs = {"bare": [], "parley": [], **{n: [] for n in sized}}
        for i in range(a.runs):  # interleaved, so every program sees the same machine
            print(f"run {i + 1}/{a.runs} ...", flush=True)
            runs["bare"].append(run_once(bare, a.cols, a.rows, a.keys, a.word))
            runs["parley"].append(run_once(parley, a.cols, a.rows, a.keys, a.word))
            for n, prog in sized.items():
                runs[n].append(run_once(prog, a.cols, a.rows, a.keys, a.word, startup_timeout=a.startup_timeout))

        silent = {}
        if not a.no_silent:
            print("start-up on a terminal that answers no queries ...", flush=True)
            variants = [("bare", bare), ("parley", parley)] + [
                (f"parley, {k}={v}", Program("", parley.argv, terminal_env(**{k: v}), "q quit"))
                for k, v in [("TERM", "dumb"), ("TERM", "tmux-256color"), ("CI", "1")]]
            if a.quick:  # 5 s each: the point, and one way round it
                variants = [variants[1], variants[3]]
            for label, prog in variants:
                silent[label] = run_once(prog, a.cols, a.rows, 0, a.word, answer=False)

        print()
        for line in report.lines(a, runs, silent):
            print(line)
        # Not a timing verdict: a program that never drew its first frame
        # means the marker or the driver no longer fits the program.
        if any(r.startup is None for rs in runs.values() for r in rs):
            sys.exit("no first frame seen in some runs: has the marker text changed?")


if __name__ == "__main__":
    main()

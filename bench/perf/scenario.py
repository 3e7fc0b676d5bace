"""One run of a program: start-up, then keys of each kind, then quit."""

import random
import time

from .term import Session

FRAME = 1 / 60  # Bubble Tea v1 writes frames on a 60 Hz ticker
QUIET = 0.008  # no output for this long ends a frame's burst
KINDS = ("move", "toggle", "search", "axis")
# The time axis's keys, timed in turn once t has opened it: a step in time
# (a pan when it leaves the window), a zoom, a lane change, each undone
AXIS_KEYS = (b"l", b"+", b"j", b"-", b"k", b"h")


class Program:
    def __init__(self, name, argv, env, marker):
        self.name, self.argv, self.env, self.marker = name, argv, env, marker


class Run:
    """What one run measured; times in ms."""

    def __init__(self):
        self.startup = None
        self.idle = None  # when the program had finished its start-up work
        self.latency = {k: [] for k in KINDS}
        self.cpu = {k: [] for k in KINDS}
        self.missed = 0
        self.rss = None


def run_once(prog, cols, rows, keys, word, answer=True, startup_timeout=60.0):
    """Start prog, time its first complete frame, then (when keys > 0) wait
    until it is idle and time keys moves, keys actor toggles, about keys
    letters of word typed as a search and keys time-axis keys, again and
    again; quit and read the peak RSS."""
    s = Session(prog.argv, prog.env, cols, rows, answer=answer)
    r = Run()
    shown = s.wait_text(prog.marker, 0, startup_timeout)
    if shown is not None:
        r.startup = (shown - s.started) * 1000
        s.settle(QUIET)
        if keys > 0:
            # Keys are timed on a program at rest, as a person's first key
            # comes a moment after the first frame.
            idle = s.wait_idle()
            r.idle = None if idle is None else (idle - s.started) * 1000
            _keys(s, r, keys, word)
    r.rss = s.finish()
    return r


def _keys(s, r, keys, word):
    def measured(kind, data):
        # Send at a random point of the frame period, as a person would.
        time.sleep(random.uniform(0, FRAME))
        got = s.key(data, QUIET)
        if got is None:
            r.missed += 1
            return
        r.latency[kind].append(got[0] * 1000)
        r.cpu[kind].append(got[1])

    for i in range(keys):
        measured("move", b"jk"[i % 2 : i % 2 + 1])
    s.key(b"a", QUIET)  # open the actor filter
    for _ in range(keys + keys % 2):  # an even number leaves the filter as it was
        measured("toggle", b" ")
    s.key(b"\x1b", QUIET)  # close it
    s.key(b"/", QUIET)  # open search
    for _ in range(max(1, round(keys / len(word)))):  # about as many letters as moves
        for ch in word:
            measured("search", ch.encode())
        for _ in word:
            s.key(b"\x7f", QUIET)  # backspace
    s.key(b"\x1b", QUIET)  # close search
    s.key(b"t", QUIET)  # the time axis in place of the list
    for i in range(keys):
        measured("axis", AXIS_KEYS[i % len(AXIS_KEYS)])
    s.key(b"t", QUIET)  # back to the list

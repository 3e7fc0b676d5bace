"""One run of a program: start-up in its stages, then keys of each kind,
then quit."""

import random
import time

from .term import Session

FRAME = 1 / 60  # Bubble Tea v1 writes frames on a 60 Hz ticker
QUIET = 0.008  # no output for this long ends a frame's burst
# Key kinds timed once the program is fully loaded, in the order sent;
# "load" is j/k sent while the explorer still says it is loading.
KINDS = ("move", "page", "ends", "toggle", "search", "axis_toggle", "axis", "pattern")
# The kinds the CI smoke run (--quick) times: the ones it always has, so
# it stays as short as it was.
QUICK_KINDS = ("move", "toggle", "search", "axis")
LOAD_KIND = "load"
# A filter change on a big dataset runs off the key path: the key's frame
# shows the new text and the status line says what the result waits for.
# These kinds time the key to the first frame without those words.
RESULT_KINDS = {"toggle": "toggle_result", "search": "search_result"}
WAITING = ("searching…", "indexing ")
# The time axis's keys, timed in turn once t has opened it: a step in time
# (a pan when it leaves the window), a zoom, a lane change, each undone
AXIS_KEYS = (b"l", b"+", b"j", b"-", b"k", b"h")
PAGE_KEYS = (b"\x1b[6~", b"\x1b[5~")  # pgdown, pgup
END_KEYS = (b"G", b"g")  # the last event, the first
LOAD_KEYS = 4  # j/k sent during the load, at most
SELECTED = "▶"  # the list's selection mark, at the start of its row


class Program:
    """A program to drive. Its screen shows ready once it has drawn its
    first frame with content (events, for parley); progress while only a
    progress display is up; loading while what it shows is not all yet."""

    def __init__(self, name, argv, env, ready, progress=None, loading=None, size=None):
        self.name, self.argv, self.env = name, argv, env
        self.ready, self.progress, self.loading = ready, progress, loading
        self.size = size  # the dataset file's size in bytes, when it has one


class Run:
    """What one run measured; times in ms from the program's start."""

    def __init__(self):
        self.progress = None  # the first progress display
        self.startup = None  # the first frame with content
        self.loaded = None  # the first frame with content and not loading
        self.idle = None  # when the program had finished its start-up work
        every = KINDS + (LOAD_KIND,) + tuple(RESULT_KINDS.values())
        self.latency = {k: [] for k in every}
        self.cpu = {k: [] for k in every}
        self.missed = {}  # keys or stages that showed no frame, by kind
        self.rss = None


def run_once(prog, cols, rows, keys, word, answer=True, startup_timeout=60.0, kinds=KINDS, key_timeout=5.0):
    """Start prog and time its start-up stages; then (when keys > 0) wait
    until it is idle and time keys of each of kinds, a key with no frame
    within key_timeout seconds counted as missed; quit and read the peak
    RSS."""
    s = Session(prog.argv, prog.env, cols, rows, answer=answer)
    r = Run()
    _startup(s, r, prog, startup_timeout, LOAD_KEYS if keys > 0 else 0)
    if r.loaded is not None:
        s.settle(QUIET)
        if keys > 0:
            # Keys are timed on a program at rest, as a person's first key
            # comes a moment after the first frame.
            idle = s.wait_idle(timeout=startup_timeout)
            r.idle = None if idle is None else (idle - s.started) * 1000
            _keys(s, r, keys, word, kinds, key_timeout)
    if r.loaded is None:
        r.missed["start-up"] = 1
    r.rss = s.finish()
    return r


def _startup(s, r, prog, timeout, load_keys):
    """Reads the output until the program is fully loaded, noting when each
    stage first showed, and times up to load_keys j/k while it loads."""
    def ms(t):
        return (t - s.started) * 1000

    def has(text, screen):
        return text is not None and text in screen

    deadline = time.perf_counter() + timeout
    while True:
        screen = s.text()
        if r.progress is None and has(prog.progress, screen):
            r.progress = ms(s.last_output)
        if has(prog.ready, screen):
            if r.startup is None:
                r.startup = ms(s.last_output)
            if not has(prog.loading, screen):
                r.loaded = ms(s.last_output)
                return
            if load_keys > 0:
                load_keys -= 1
                _during_load(s, r, LOAD_KEYS - load_keys)
                continue
        left = deadline - time.perf_counter()
        if s.eof or left <= 0:
            return
        if s.pump(left):
            # The rest of the burst is read before the screen is parsed:
            # parsing each read of a big first frame (7.7 KB for parley, in
            # 2-4 reads; 88 bytes for the bare program) before reading the
            # next timed its last byte late, as it once did keys' frames.
            s.settle(QUIET)


def _selected_row(screen):
    """The row the list's selection mark starts, or None."""
    for i, line in enumerate(screen.split("\n")):
        if line.startswith(SELECTED):
            return i
    return None


def _during_load(s, r, i):
    """A j or k while the explorer loads, timed to the first frame whose
    selection mark stands on another row. (Counting changed rows, as
    before, also timed frames of the load itself: a frame already on its
    way when the key was sent counted as 0 ms, and a key whose row change
    was not seen waited for a later dataset.) A frame that also shows more
    events counts too, so read these as an upper bound."""
    before = _selected_row(s.text())
    if before is None:
        r.missed[LOAD_KIND] = r.missed.get(LOAD_KIND, 0) + 1
        return
    cpu = s.cpu_ns()
    sent = time.perf_counter()
    # i counts from 1: j first, as a k on the first row would move nothing.
    s.send(b"kj"[i % 2 : i % 2 + 1])
    deadline = sent + 5.0
    while True:
        row = _selected_row(s.text())
        if row is not None and row != before:
            r.latency[LOAD_KIND].append((s.last_output - sent) * 1000)
            r.cpu[LOAD_KIND].append((s.cpu_ns() - cpu) / 1e6)
            return
        if s.eof or not s.pump(deadline - time.perf_counter()):
            if s.eof or time.perf_counter() >= deadline:
                r.missed[LOAD_KIND] = r.missed.get(LOAD_KIND, 0) + 1
                return


def _keys(s, r, keys, word, kinds, timeout):
    def missed(kind):
        r.missed[kind] = r.missed.get(kind, 0) + 1

    def measured(kind, data):
        # Send at a random point of the frame period, as a person would.
        time.sleep(random.uniform(0, FRAME))
        cpu = s.cpu_ns()
        got = s.key(data, QUIET, timeout)
        if got is None:
            missed(kind)
            return
        r.latency[kind].append(got[0] * 1000)
        r.cpu[kind].append(got[1])
        result = RESULT_KINDS.get(kind)
        if result is None:
            return
        sent = s.last_output - got[0]
        done = s.wait_screen(lambda screen: not any(w in screen for w in WAITING), timeout)
        if done is None:
            missed(result)
            return
        r.latency[result].append((done - sent) * 1000)
        r.cpu[result].append((s.cpu_ns() - cpu) / 1e6)

    even = keys + keys % 2  # toggles in pairs leave the screen as it was
    if "move" in kinds:
        for i in range(keys):
            measured("move", b"jk"[i % 2 : i % 2 + 1])
    if "page" in kinds:
        for i in range(even):
            measured("page", PAGE_KEYS[i % 2])
    if "ends" in kinds:
        for i in range(even):
            measured("ends", END_KEYS[i % 2])
    if "toggle" in kinds:
        s.key(b"a", QUIET)  # open the actor filter
        for _ in range(even):
            measured("toggle", b" ")
        s.key(b"\x1b", QUIET)  # close it
    if "search" in kinds:
        s.key(b"/", QUIET)  # open search
        for _ in range(max(1, round(keys / len(word)))):  # about as many letters as moves
            for ch in word:
                measured("search", ch.encode())
            for _ in word:
                s.key(b"\x7f", QUIET)  # backspace
        s.key(b"\x1b", QUIET)  # close search
    if "axis_toggle" in kinds:
        for _ in range(even):
            measured("axis_toggle", b"t")  # the time axis in place of the list, and back
    if "axis" in kinds:
        s.key(b"t", QUIET)
        for i in range(keys):
            measured("axis", AXIS_KEYS[i % len(AXIS_KEYS)])
        s.key(b"t", QUIET)  # back to the list
    if "pattern" in kinds:
        for _ in range(even):
            measured("pattern", b"p")  # the pattern view over the panes, and closed

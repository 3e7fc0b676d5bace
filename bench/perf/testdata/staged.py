"""A stand-in for the explorer's load, for test_scenario.py: a progress
screen, then events with "loading" in the status line, then the status
line alone redrawn without it. Keys redraw, as Bubble Tea would; "s" says
"searching…" for 0.3 s, as a search on a big dataset does; ctrl+c quits."""

import os
import select
import sys
import time
import tty

ESC = "\x1b"
EL = ESC + "[K"


def frame(*lines):
    # As Bubble Tea v1's renderer: home, each changed line and EL, "\n"
    # over an unchanged one (None), the cursor left on the last row.
    out = ESC + "[H"
    for i, line in enumerate(lines):
        if line is not None:
            out += line + EL
        if i < len(lines) - 1:
            out += "\n" if line is None else "\r\n"
    os.write(1, out.encode())


def main():
    tty.setraw(0)
    os.write(1, (ESC + "[?1049h").encode())
    frame("reading", "40 events read")
    time.sleep(0.2)
    sel = 0

    def events():
        return [("▶ " if sel == i else "  ") + f"event {i + 1}" for i in range(2)]

    frame(*events(), "status: loading 40%", "j down • q quit")
    loaded_at = time.monotonic() + 0.6
    found_at = None  # when a search's result comes
    keys = 0
    while True:
        due = [t for t in (loaded_at, found_at) if t]
        wait = max(min(due) - time.monotonic(), 0) if due else None
        ready, _, _ = select.select([0], [], [], wait)
        if not ready:  # the load or the search is over: only the status line changes
            if loaded_at and time.monotonic() >= loaded_at:
                loaded_at = None
            if found_at and time.monotonic() >= found_at:
                found_at = None
            frame(None, None, "status: 2 events" if not found_at else "status: searching…", None)
            continue
        data = os.read(0, 64)
        if b"\x03" in data:
            break
        if loaded_at and data in (b"j", b"k"):
            sel = 1 - sel
            frame(*events(), None, None)
        elif not loaded_at and data == b"s":
            keys += 1
            found_at = time.monotonic() + 0.3
            frame(None, None, "status: searching…", f"j down • q quit · {keys} keys")
        else:
            keys += 1
            frame(None, None, None, f"j down • q quit · {keys} keys")
    os.write(1, (ESC + "[?1049l").encode())


if __name__ == "__main__":
    sys.exit(main())

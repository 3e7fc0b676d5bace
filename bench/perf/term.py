"""One program on a pseudo-terminal of fixed size, with timestamps.

The session answers the queries a terminal emulator answers (background
colour, cursor position, device attributes) unless told not to, so that a
program's start-up is not its query timeout.
"""

import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time

from .screen import Screen

# What a terminal would reply to each query a program may send at start-up.
REPLIES = {
    b"\x1b]11;?\x1b\\": b"\x1b]11;rgb:0000/0000/0000\x1b\\",  # background colour (OSC 11)
    b"\x1b]11;?\x07": b"\x1b]11;rgb:0000/0000/0000\x07",
    b"\x1b]10;?\x1b\\": b"\x1b]10;rgb:ffff/ffff/ffff\x1b\\",  # foreground colour (OSC 10)
    b"\x1b]10;?\x07": b"\x1b]10;rgb:ffff/ffff/ffff\x07",
    b"\x1b[6n": b"\x1b[1;1R",  # cursor position report
    b"\x1b[c": b"\x1b[?62c",  # primary device attributes
    b"\x1b[0c": b"\x1b[?62c",
}

LONGEST_QUERY = max(len(q) for q in REPLIES)


class Session:
    def __init__(self, argv, env, cols, rows, answer=True):
        self.answer = answer
        self.raw = bytearray()
        self.answered = 0  # raw before this offset has been searched for queries
        self.last_output = None  # perf_counter() of the latest chunk read
        self.eof = False
        self.screen = Screen(cols, rows)
        self.unread = []  # chunks read but not yet applied to the screen
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: size the terminal, then become the program
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd

    # Reading.

    def pump(self, timeout):
        """Read what arrives within timeout seconds; True if anything did."""
        if self.eof:
            return False
        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:  # EIO: the program closed the terminal
            chunk = b""
        if not chunk:
            self.eof = True
            return False
        self.last_output = time.perf_counter()
        self.raw += chunk
        # The screen is brought up to date only when read (text()): parsing
        # a 4 KiB chunk here took 1-2 ms of Python, which delayed reading the
        # rest of the same frame and was timed as the program's latency.
        self.unread.append(chunk)
        if self.answer:
            self._answer_queries()
        return True

    def text(self):
        """The text of the screen, with everything read so far applied."""
        for chunk in self.unread:
            self.screen.feed(chunk)
        self.unread.clear()
        return self.screen.text()

    def _answer_queries(self):
        while True:
            found = [(self.raw.find(q, self.answered), q) for q in REPLIES]
            found = [(i, q) for i, q in found if i >= 0]
            if not found:
                # Search only new output next time: searching all output since
                # the last query grew with the session, a cost charged to
                # programs that draw big frames.
                self.answered = max(self.answered, len(self.raw) - LONGEST_QUERY + 1)
                return
            i, q = min(found)
            os.write(self.fd, REPLIES[q])
            self.answered = i + len(q)

    def wait_screen(self, shown, timeout):
        """Wait until shown(text of the screen) is true; the time the output
        that made it so arrived, or None on timeout or when the program ends."""
        deadline = time.perf_counter() + timeout
        while not shown(self.text()):
            if self.eof or not self.pump(deadline - time.perf_counter()):
                if self.eof or time.perf_counter() >= deadline:
                    return None
        return self.last_output

    def wait_idle(self, window=0.1, busy_ms=2.0, timeout=30.0):
        """Wait until the program uses under busy_ms of CPU in a window of
        window seconds (its background work done); the time it did, or None."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline and not self.eof:
            cpu, start = self.cpu_ns(), time.perf_counter()
            while self.pump(start + window - time.perf_counter()):
                pass
            if (self.cpu_ns() - cpu) / 1e6 < busy_ms:
                return start
        return None

    def settle(self, quiet):
        """Read until nothing arrives for quiet seconds."""
        while self.pump(quiet):
            pass

    # Writing and measuring.

    def cpu_ns(self):
        """CPU time the program has used so far, all threads, in ns."""
        total = 0
        try:
            for task in os.listdir(f"/proc/{self.pid}/task"):
                with open(f"/proc/{self.pid}/task/{task}/schedstat") as f:
                    total += int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            pass
        return total

    def key(self, data, quiet, timeout=5.0):
        """Send a key and time the frame it causes: (seconds from sending to
        the last byte of the frame, CPU ms the program spent meanwhile), or
        None when no frame came."""
        self.settle(quiet)
        cpu = self.cpu_ns()
        sent = time.perf_counter()
        os.write(self.fd, data)
        deadline = sent + timeout
        while not self.pump(deadline - time.perf_counter()):
            if self.eof or time.perf_counter() >= deadline:
                return None
        self.settle(quiet)
        return self.last_output - sent, (self.cpu_ns() - cpu) / 1e6

    def send(self, data):
        os.write(self.fd, data)

    def peak_rss(self):
        """The program's peak resident set size so far, in MiB. (wait4's
        ru_maxrss would also count this Python process's size before exec.)"""
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024.0
        except (FileNotFoundError, ProcessLookupError):
            pass
        return None

    def finish(self, quit_key=b"\x03", timeout=10.0):
        """Quit the program and return its peak resident set size in MiB."""
        peak = self.peak_rss()
        try:
            os.write(self.fd, quit_key)
        except OSError:
            pass
        deadline = time.perf_counter() + timeout
        while not self.eof and time.perf_counter() < deadline:
            self.pump(deadline - time.perf_counter())
        if not self.eof:
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return peak

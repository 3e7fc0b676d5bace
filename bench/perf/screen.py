"""What a terminal shows: just enough of an emulator to read a Bubble Tea
v1 program's screen.

Bubble Tea redraws only the lines that changed, so the text of the output
stream alone cannot say what is on screen now (a line that said "loading"
stays on screen until a later frame overwrites it). This keeps a grid of
rows and applies the moves and erases the standard renderer writes:
cursor home and position, up/down/forward/back, carriage return, line
feed, erase line and erase screen, and the alternate screen's switch. A
wide character takes one cell here: the text is read, not laid out.
"""

import codecs
import re

# A control sequence (CSI), an OSC/DCS/APC string, or a short escape.
_SEQ = re.compile(r"\x1b\[([0-?]*)[ -/]*([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[P^_X][^\x1b]*\x1b\\|\x1b[ -/]*[0-~]")
# The start of one of those, cut off by the end of a chunk.
_CUT = re.compile(r"\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*\x1b?|[P^_X][^\x1b]*\x1b?|[ -/]*)\Z")


class Screen:
    def __init__(self, cols, rows):
        self.cols, self.rows = cols, rows
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pending = ""  # an escape sequence cut off at the end of a chunk
        self.clear()

    def clear(self):
        self.grid = [[" "] * self.cols for _ in range(self.rows)]
        self.row = self.col = 0

    def text(self):
        """The screen, one line per row, trailing blanks dropped."""
        return "\n".join("".join(r).rstrip() for r in self.grid)

    def feed(self, data):
        s = self.pending + self.decoder.decode(data)
        self.pending = ""
        i = 0
        while i < len(s):
            esc = s.find("\x1b", i)
            end = len(s) if esc < 0 else esc
            self._print(s[i:end])
            if esc < 0:
                return
            if len(s) - esc < 4096 and _CUT.match(s, esc):  # the rest comes in the next chunk
                self.pending = s[esc:]
                return
            m = _SEQ.match(s, esc)
            if m is None:
                i = esc + 1  # not a sequence this knows: skip the ESC
                continue
            if m.group(2):
                self._csi(m.group(1), m.group(2))
            i = m.end()

    def _print(self, text):
        for ch in text:
            if ch == "\r":
                self.col = 0
            elif ch == "\n":
                self.row = min(self.row + 1, self.rows - 1)
            elif ch == "\b":
                self.col = max(self.col - 1, 0)
            elif ch >= " ":
                if self.col < self.cols:
                    self.grid[self.row][self.col] = ch
                self.col += 1  # lines are cut to the width, never wrapped

    def _csi(self, params, final):
        if params.startswith("?"):  # modes: only the alternate screen matters
            if params in ("?1049", "?47", "?1047") and final in "hl":
                self.clear()
            return
        nums = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
        n = max(nums[0], 1) if nums else 1
        if final in "Hf":  # cursor position, 1-based; empty means 1
            row = nums[0] if nums else 1
            col = nums[1] if len(nums) > 1 else 1
            self.row = min(max(row, 1), self.rows) - 1
            self.col = min(max(col, 1), self.cols) - 1
        elif final == "A":
            self.row = max(self.row - n, 0)
        elif final == "B":
            self.row = min(self.row + n, self.rows - 1)
        elif final == "C":
            self.col = min(self.col + n, self.cols)
        elif final == "D":
            self.col = max(self.col - n, 0)
        elif final == "G":
            self.col = min(n, self.cols) - 1
        elif final == "K":
            self._erase_line(nums[0] if nums else 0)
        elif final == "J":
            self._erase_screen(nums[0] if nums else 0)

    def _erase_line(self, mode):
        line = self.grid[self.row]
        lo, hi = {0: (self.col, self.cols), 1: (0, self.col + 1)}.get(mode, (0, self.cols))
        for c in range(max(lo, 0), min(hi, self.cols)):
            line[c] = " "

    def _erase_screen(self, mode):
        if mode == 0:
            self._erase_line(0)
            rows = range(self.row + 1, self.rows)
        elif mode == 1:
            self._erase_line(1)
            rows = range(0, self.row)
        else:
            rows = range(self.rows)
        for r in rows:
            self.grid[r] = [" "] * self.cols

"""Tests of the screen model: python3 -m unittest discover -s bench -t bench"""

import unittest

from perf.screen import Screen


def shown(*chunks, cols=20, rows=4):
    s = Screen(cols, rows)
    for c in chunks:
        s.feed(c)
    return s.text().split("\n")


class ScreenTest(unittest.TestCase):
    def test_a_redrawn_line_replaces_what_it_said(self):
        # The stream still holds "loading"; the screen no longer does.
        first = b"\x1b[?1049h\x1b[Hevents\x1b[K\r\nstatus: loading 40%\x1b[K\r\nq quit\x1b[K"
        second = b"\x1b[H\nstatus: done\x1b[K\n"
        self.assertEqual(shown(first, second), ["events", "status: done", "q quit", ""])

    def test_a_shorter_frame_erases_the_rows_below(self):
        self.assertEqual(shown(b"\x1b[Ha\r\nb\r\nc", b"\x1b[Hx\x1b[K\x1b[J"), ["x", "", "", ""])

    def test_chunks_cut_anywhere_give_the_same_screen(self):
        # Cut inside escape sequences and inside a three-byte character.
        stream = "\x1b[?1049h\x1b[H▶ event\x1b[K\r\n\x1b[1mbold\x1b[0m • q\x1b[K\x1b[2;1H".encode()
        whole = shown(stream)
        self.assertEqual(whole[:2], ["▶ event", "bold • q"])
        self.assertEqual(shown(*[stream[i:i + 1] for i in range(len(stream))]), whole)

    def test_cursor_moves_place_text(self):
        self.assertEqual(shown(b"\x1b[3;5Hx\x1b[Ay\x1b[2Dz"), ["", "    zy", "    x", ""])


if __name__ == "__main__":
    unittest.main()

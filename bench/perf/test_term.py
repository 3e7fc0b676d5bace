"""Tests of the session's query answering: python3 -m unittest discover -s bench -t bench"""

import os
import unittest

from perf.term import Session


def session():
    """A Session with no program: what it answers goes to a pipe."""
    s = object.__new__(Session)
    s.raw, s.answered, s.answer = bytearray(), 0, True
    r, s.fd = os.pipe()
    os.set_blocking(r, False)
    return s, r


def output(s, *chunks):
    for c in chunks:
        s.raw += c
        s._answer_queries()


class AnswerTest(unittest.TestCase):
    def test_a_query_cut_between_two_reads_is_answered_once(self):
        s, r = session()
        output(s, b"frame\x1b[", b"6n more", b" frame")
        self.assertEqual(os.read(r, 100), b"\x1b[1;1R")

    def test_output_without_queries_is_searched_once(self):
        s, _ = session()
        output(s, b"x" * 100_000)
        # Each later read searches only what is new, not the whole session.
        self.assertGreater(s.answered, 99_000)


if __name__ == "__main__":
    unittest.main()

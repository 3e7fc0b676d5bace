"""Tests of one run's stages against a stand-in program (testdata/staged.py):
python3 -m unittest discover -s bench -t bench"""

import os
import sys
import unittest

from perf.scenario import LOAD_KIND, LOAD_KEYS, Program, run_once

STAGED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata", "staged.py")


def staged():
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    return Program("staged", [sys.executable, STAGED], env, "q quit", "events read", "loading")


class StagesTest(unittest.TestCase):
    def test_each_stage_is_timed_when_it_shows(self):
        r = run_once(staged(), 40, 6, 0, "summit")
        self.assertIsNotNone(r.progress)
        self.assertGreaterEqual(r.startup - r.progress, 150)  # the progress screen stays 0.2 s
        # "loading" leaves the screen 0.6 s after the events, though the
        # line with "q quit" is not drawn again.
        self.assertGreaterEqual(r.loaded - r.startup, 500)
        self.assertEqual(r.missed, {})

    def test_keys_during_the_load_and_after(self):
        r = run_once(staged(), 40, 6, 2, "summit", kinds=("move", "page"))
        self.assertEqual(len(r.latency[LOAD_KIND]), LOAD_KEYS)
        self.assertEqual(len(r.latency["move"]), 2)
        self.assertEqual(len(r.latency["page"]), 2)
        self.assertEqual(r.latency["toggle"], [])  # not asked for
        self.assertEqual(r.missed, {})

    def test_a_search_is_timed_to_its_frame_and_to_its_result(self):
        # "s" says "searching…" for 0.3 s; the other keys draw at once.
        r = run_once(staged(), 40, 6, 1, "s", kinds=("search",))
        self.assertEqual(len(r.latency["search"]), 1)
        self.assertLess(r.latency["search"][0], 250)
        self.assertGreaterEqual(r.latency["search_result"][0], 250)
        self.assertEqual(r.missed, {})


if __name__ == "__main__":
    unittest.main()

package words

import "testing"

func TestCountAgreesWithTheNumber(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "0 matches"}, {1, "1 match"}, {2, "2 matches"}, {-1, "-1 matches"}, {16384, "16384 matches"}} {
		if got := Count(tc.n, "match", "matches"); got != tc.want {
			t.Errorf("Count(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestThousandsGroupsDigits(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 35840: "35,840", 1234567: "1,234,567", -12345: "-12,345"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestGroupedAgreesAndGroups(t *testing.T) {
	for n, want := range map[int]string{1: "1 match", 2: "2 matches", 16384: "16,384 matches"} {
		if got := Grouped(n, "match", "matches"); got != want {
			t.Errorf("Grouped(%d) = %q, want %q", n, got, want)
		}
	}
}

package data

import "testing"

func TestHTMLTextKeepsWhatIsNotATag(t *testing.T) {
	cases := map[string]string{
		"a < b and c > d":               "a < b and c > d",
		"1<2, 3 <= 4, x<>y":             "1<2, 3 <= 4, x<>y",
		"a <b>bold</b> < c":             "a bold < c",
		"<p>x</p><!-- note --><p>y</p>": "x\n\ny",
		"Kim &lt;3 talks":               "Kim <3 talks",
	}
	for in, want := range cases {
		if got := htmlText(in); got != want {
			t.Errorf("htmlText(%q) = %q, want %q", in, got, want)
		}
	}
}

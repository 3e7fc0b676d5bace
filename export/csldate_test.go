package export

import (
	"slices"
	"testing"
	"time"

	"parley/model"
)

func TestCSLIssuedKeepsOnlyTheCertainParts(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		date model.Date
		want []int
	}{
		{model.Date{Precision: model.PrecisionDay, Start: day(2018, 9, 10), End: day(2018, 9, 10)}, []int{2018, 9, 10}},
		{model.Date{Precision: model.PrecisionMonth, Start: day(2018, 9, 1), End: day(2018, 9, 30)}, []int{2018, 9}},
		{model.Date{Precision: model.PrecisionRange, Start: day(2018, 9, 10), End: day(2018, 9, 13)}, []int{2018, 9}},
		{model.Date{Precision: model.PrecisionRange, Start: day(2018, 8, 30), End: day(2018, 9, 2)}, []int{2018}},
		{model.Date{Precision: model.PrecisionRange, Start: day(2017, 12, 30), End: day(2018, 1, 2)}, []int{}},
	}
	for _, c := range cases {
		if got := certainParts(c.date); !slices.Equal(got, c.want) {
			t.Errorf("certainParts(%s) = %v, want %v", c.date.Display(), got, c.want)
		}
	}
}

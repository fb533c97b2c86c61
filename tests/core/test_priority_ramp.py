"""The figures the priority map's colour ramp is spread over (core.priority.histogram_quantiles)."""
import numpy as np
import pytest

from resilience_planner.core.priority import HISTOGRAM_BINS, RAMP_SHARES, histogram_quantiles


def test_quartiles_of_the_cells_from_the_histogram():
    histogram = np.zeros(HISTOGRAM_BINS, np.int64)
    histogram[1000] = 1          # one cell at 10.00-10.01
    histogram[2000] = 2          # two at 20.00-20.01
    histogram[5000] = 1          # one at 50.00-50.01
    # A quarter of the 4 cells is the first; half is reached by the second bin, and so is three quarters.
    assert histogram_quantiles(histogram, (0.25, 0.5, 0.75), 10.0, 50.0) == pytest.approx([10.005, 20.005, 20.005])


def test_quartiles_stay_within_the_maps_priorities():
    histogram = np.zeros(HISTOGRAM_BINS, np.int64)
    histogram[3000] = 8          # every cell at 30.00-30.01; the map's own lowest and highest are 30.002
    assert histogram_quantiles(histogram, (0.25, 0.75), 30.002, 30.002) == [30.002, 30.002]


def test_the_ramps_middle_colours_sit_at_half_three_quarters_and_nine_tenths_of_the_cells():
    histogram = np.zeros(HISTOGRAM_BINS, np.int64)
    histogram[np.arange(0, 2000, 100) + 500] = 1      # 20 cells, one each at 5.00, 6.00, ... 24.00
    # Half of 20 is reached at the 10th cell (14.00), three quarters at the 15th (19.00), nine tenths at the 18th.
    assert histogram_quantiles(histogram, RAMP_SHARES, 5.0, 24.005) == pytest.approx([14.005, 19.005, 22.005])


def test_an_empty_histogram_has_no_quartiles():
    values = histogram_quantiles(np.zeros(HISTOGRAM_BINS, np.int64), (0.5,), 0.0, 100.0)
    assert len(values) == 1 and np.isnan(values[0])

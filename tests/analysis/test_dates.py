from __future__ import annotations

import pytest

from valmis.analysis.dates import find_range, strip_range


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Customer Support Associate, Acme BPO | Jan 2022 – Mar 2023", (2022, 1), (2023, 3)),
        ("03/2021 - present", (2021, 3), None),
        ("Sept 2020 to Current", (2020, 9), None),
        ("2018-06 - 2019-02", (2018, 6), (2019, 2)),
        ("Asiakaspalvelija, Elisa tammikuu 2022 – nyt", (2022, 1), None),
        ("toukokuu 2019 – elokuu 2020", (2019, 5), (2020, 8)),
        ("3.2021 alkaen", (2021, 3), None),
    ],
)
def test_date_ranges_are_read_in_english_and_finnish(
    line: str, start: tuple[int, int], end: tuple[int, int] | None
) -> None:
    span = find_range(line)
    assert span is not None
    assert span.start == start[0] * 12 + start[1] - 1
    assert span.end == (None if end is None else end[0] * 12 + end[1] - 1)
    assert span.month_known


def test_a_range_of_bare_years_runs_from_january_to_december() -> None:
    span = find_range("2019–2021 B.Com, Delhi University")
    assert span is not None and not span.month_known
    assert (span.start, span.end) == (2019 * 12, 2021 * 12 + 11)


@pytest.mark.parametrize("line", ["Handled 80 calls a day in 2021", "phone +358 40 123 4567", "2023 – 2021"])
def test_numbers_that_are_not_a_period_are_not_read_as_one(line: str) -> None:
    assert find_range(line) is None


def test_the_title_is_what_is_left_without_the_dates() -> None:
    assert strip_range("Customer Support Associate, Acme BPO | Jan 2022 – Mar 2023") == (
        "Customer Support Associate, Acme BPO"
    )

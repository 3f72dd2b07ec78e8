"""Documents that are not quite plans, given to ``campaign init --from-plan`` (issue 16).

Fast tests on minimal texts; the build over real odd documents (tests/plans/odd) is marked
``build``. What each real document is and where it came from: tests/plans/odd/README.md.
"""

from __future__ import annotations

from campaign.pages.plan import roman


def test_sections_past_fifteen_are_numbered() -> None:
    # A plan pasted twice over (or a long one) has more than fifteen Roman sections; the
    # plan page once failed with IndexError at the sixteenth.
    assert [roman(n) for n in (1, 4, 9, 14, 15, 16, 19, 40, 49, 90, 2024)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XV",
        "XVI",
        "XIX",
        "XL",
        "XLIX",
        "XC",
        "MMXXIV",
    ]

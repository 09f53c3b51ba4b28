"""Chart scales shared by the PDF charts and the charts painted in the app."""

from __future__ import annotations

import math


def nice_axis(value: float) -> tuple[float, float]:
    """(axis maximum, step) with at most five round steps (1, 2, 2.5, 5 × 10^n) covering
    `value`."""
    if value <= 0:
        return 1.0, 1.0
    magnitude = 1.0
    while True:
        for step in (1, 2, 2.5, 5):
            size = step * magnitude
            if value / size <= 5:
                return math.ceil(value / size) * size, size
        magnitude *= 10


def german_number(value: float, lang: str = "de") -> str:
    """1234.5 → "1.234,5" ("1,234.5" in English); whole numbers without decimals."""
    text = f"{value:,.1f}" if value != int(value) else f"{value:,.0f}"
    if lang != "de":
        return text
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


# Answers 1 (lowest) … 5 (highest) of a feedback scale: diverging, readable in greyscale
# print too; the results PDF and the app's results page paint with the same colours.
FEEDBACK_SCALE_COLOURS = ("#c0392b", "#e59866", "#d5d8dc", "#7fb3d5", "#1f4e79")
FEEDBACK_OPTION_COLOUR = "#5b8db8"

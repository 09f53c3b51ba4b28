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


def german_number(value: float) -> str:
    """1234.5 → "1.234,5"; whole numbers without decimals."""
    text = f"{value:,.1f}" if value != int(value) else f"{value:,.0f}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")

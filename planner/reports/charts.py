"""Report charts as reportlab drawings (bar and line), DejaVu Sans on every label.

A Drawing starts with DejaVu as its initial font and every label sets it explicitly, so
rendering a chart never puts a base-14 font (Helvetica) into the PDF.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner.fonts import register_fonts
from planner.reports.scale import german_number, nice_axis

ACCENT = HexColor("#1f4e79")
SECOND = HexColor("#e08a1e")
GRID = HexColor("#d5dde6")
LABEL_CHARS = 38


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"




def bar_chart(labels: list[str], values: list[float], *, width: float, title: str = "",
              value_format: str = "{:.0f}") -> Drawing:
    """A horizontal bar chart (one bar per label, top to bottom in the given order)."""
    regular, bold = register_fonts()
    size = 7.5
    labels = [_short(lb) for lb in labels] or ["–"]
    values = list(values) or [0.0]
    label_w = max(stringWidth(lb, regular, size) for lb in labels) + 6
    bar_h = 13.0
    plot_h = bar_h * len(labels)
    title_h = 16.0 if title else 0.0
    height = plot_h + 28 + title_h
    d = Drawing(width, height, initialFontName=regular, initialFontSize=size)
    chart = HorizontalBarChart()
    chart.x = label_w
    chart.y = 18
    chart.width = width - label_w - 30
    chart.height = plot_h
    # reportlab draws the first category at the bottom: reverse for a top-down reading
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = GRID
    top, step = nice_axis(max(values))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = size
    chart.valueAxis.labelTextFormat = german_number
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 8
    chart.barLabelFormat = lambda v: value_format.format(v).replace(".", ",")
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = size - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    if title:
        d.add(String(0, height - 11, title, fontName=bold, fontSize=9, fillColor=ACCENT))
    return d


def line_chart(labels: list[str], series: list[tuple[str, list[float]]], *, width: float,
               height: float = 150, title: str = "") -> Drawing:
    """A line chart over categories (months) with a small legend, one colour per series."""
    regular, bold = register_fonts()
    size = 7.5
    title_h = 16.0 if title else 0.0
    d = Drawing(width, height + title_h, initialFontName=regular, initialFontSize=size)
    chart = HorizontalLineChart()
    chart.x = 34
    chart.y = 30
    chart.width = width - 44
    chart.height = height - 48
    data = [list(values) or [0.0] for _name, values in series] or [[0.0]]
    chart.data = data
    chart.categoryAxis.categoryNames = labels or ["–"]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 12 else 45
    chart.categoryAxis.labels.boxAnchor = "n" if len(labels) <= 12 else "ne"
    chart.categoryAxis.strokeColor = GRID
    top, step = nice_axis(max((v for values in data for v in values), default=0.0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = size
    chart.valueAxis.labelTextFormat = german_number
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.strokeColor = GRID
    colours = [ACCENT, SECOND, HexColor("#5b9a3c")]
    for i in range(len(data)):
        chart.lines[i].strokeColor = colours[i % len(colours)]
        chart.lines[i].strokeWidth = 1.6
    d.add(chart)
    x = chart.x
    for i, (name, _values) in enumerate(series):
        colour = colours[i % len(colours)]
        d.add(String(x + 12, 4, name, fontName=regular, fontSize=size, fillColor=colour))
        d.add(Line(x, 6.5, x + 9, 6.5, strokeColor=colour, strokeWidth=2))
        x += 24 + stringWidth(name, regular, size)
    if title:
        d.add(String(0, height + title_h - 11, title, fontName=bold, fontSize=9,
                     fillColor=ACCENT))
    return d

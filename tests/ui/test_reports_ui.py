"""The Statistik page: figures of the hand-counted fixture, charts, background export;
screenshots with demo data for review."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from planner.reports.scale import nice_axis as axis
from tests.report_fixture import build_world, pdf_text
from ui.main_window import PAGES, MainWindow
from ui.reports.chart import ChartWidget
from ui.reports.page import ReportsPage


def _page(qtbot, db) -> ReportsPage:  # noqa: ANN001
    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.as_of.setDate(QDate(2027, 12, 1))
    page.year.setValue(2027)
    return page


def test_page_shows_the_hand_counted_figures(qtbot, db, tmp_path):
    build_world(db, tmp_path / "certs")
    page = _page(qtbot, db)
    cards = {attr: label.text() for attr, label in page.card_labels.items()}
    assert ">7<" in cards["sessions"] and ">15<" in cards["participant_days"]
    assert ">50,7<" in cards["units"] and ">2<" in cards["certificates"]
    page.dimension.setCurrentIndex(page.dimension.findData("municipality"))
    table = {page.table.item(r, 0).text(): page.table.item(r, 3).text()
             for r in range(page.table.rowCount())}
    assert table == {"Leipzig": "9", "Dresden": "4", "Essen": "1"}
    assert page.bar_chart.labels == ["Leipzig", "Dresden", "Essen"]
    page.office.setCurrentIndex(page.office.findText("Hamburg"))
    assert ">1<" in page.card_labels["sessions"].text()
    page.office.setCurrentIndex(0)
    page.range_box.setChecked(True)
    page.date_from.setDate(QDate(2027, 3, 1))
    page.date_to.setDate(QDate(2027, 3, 10))
    page.reload()
    assert ">2<" in page.card_labels["sessions"].text()
    assert ">5<" in page.card_labels["participant_days"].text()


def test_background_export_xlsx_and_pdf(qtbot, db, tmp_path):
    build_world(db, tmp_path / "certs")
    page = _page(qtbot, db)
    for suffix in (".xlsx", ".pdf"):
        target = tmp_path / f"bericht{suffix}"
        op = page.export_to(target, show_dialog=False)
        qtbot.waitUntil(lambda t=target: page.last_export == t, timeout=20_000)
        assert op is not None and target.exists()
    wb = load_workbook(tmp_path / "bericht.xlsx")
    assert not [c for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert "Bericht über die Arbeit der Transferagentur" in pdf_text(tmp_path / "bericht.pdf")


def test_chart_axis_and_painting(qtbot, output_dir: Path):
    assert axis(0) == (1.0, 1.0) and axis(458) == (500, 100) and axis(13) == (15, 5)
    chart = ChartWidget("bar")
    qtbot.addWidget(chart)
    chart.resize(500, 220)
    chart.set_data("Leer", [], [])
    image = chart.grab().toImage()
    assert image.width() == 500


def test_screenshots_with_demo_data(qtbot, db, output_dir: Path):
    from planner.demo import generate_demo

    with db.transaction() as orm:
        generate_demo(orm, years=1, seed=2027, start_year=2025)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.resize(1400, 900)
    assert "reports" in PAGES
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.year.setValue(2025)
    page.as_of.setDate(QDate(date.today().year, date.today().month, date.today().day))
    assert page.report is not None and page.report.total.sessions > 20
    folder = output_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for dim in ("format", "municipality"):
        page.dimension.setCurrentIndex(page.dimension.findData(dim))
        for _ in range(3):
            QApplication.processEvents()
        target = folder / f"reports_{dim}.png"
        assert window.grab().save(str(target), "PNG")
        assert QImage(str(target)).width() > 1000
    # the bars are painted: the chart holds the accent colour
    chart = page.bar_chart.grab().toImage()
    blue = sum(1 for x in range(0, chart.width(), 3) for y in range(0, chart.height(), 3)
               if chart.pixelColor(x, y).name() == "#1f4e79")
    assert blue > 50
    line = page.month_chart.grab().toImage()
    orange = sum(1 for x in range(0, line.width(), 2) for y in range(0, line.height(), 2)
                 if line.pixelColor(x, y).name() == "#e08a1e")
    assert orange > 5


def test_english_window_shows_english_numbers(qtbot, db, tmp_path, qapp):
    """The units and the attendance rate follow the interface language: "50.7", not "50,7"
    in English; the figures are the report's own, read back from the domain."""
    from PySide6.QtCore import QLocale

    from ui.app import install_translators

    build_world(db, tmp_path / "certs")
    translators = install_translators(qapp, "en")
    try:
        page = _page(qtbot, db)
        total = page.report.total
        units = f"{total.units:,.1f}".removesuffix(".0")
        assert "." in units, "the fixture's units need a decimal part for this test"
        assert f">{units}<" in page.card_labels["units"].text()
        assert "," not in page.card_labels["units"].text().split(">")[-3]
        rate = page.card_labels["attendance_rate"].text()
        assert f">{total.attendance_rate * 100:.1f}%<" in rate
        window_rate = [page.table.item(r, c).text() for r in range(page.table.rowCount())
                       for c in range(page.table.columnCount())
                       if page.table.item(r, c) and page.table.item(r, c).text().endswith("%")]
        assert window_rate and all(" %" not in t and "," not in t for t in window_rate)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def test_ue_is_explained_where_it_is_shown(qtbot, db, tmp_path):
    from planner.rules.units import DEFAULT_UNIT_MINUTES

    build_world(db, tmp_path / "certs")
    page = _page(qtbot, db)
    explained = f"1 UE = {DEFAULT_UNIT_MINUTES} Minuten"
    assert explained in page.card_labels["units"].toolTip()
    headers = [page.table.horizontalHeaderItem(c) for c in range(page.table.columnCount())]
    units = [h for h in headers if h is not None and h.text() == "UE"]
    assert units and explained in units[0].toolTip()
    assert all(explained not in (h.toolTip() or "") for h in headers if h and h.text() != "UE")

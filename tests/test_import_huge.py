"""A 100,000-row file: the preview streams (bounded memory, reasonable time)."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import openpyxl

from planner.imports import MAX_ROWS, build_preview
from planner.imports.preview import KEEP_PROBLEM_ROWS, KEEP_ROWS
from tests.factories import make_series


def _write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("Nachname;Vorname;E-Mail;Kommune;Funktion;Module;Anmeldedatum\n")
        for i in range(rows):
            mail = f"p{i}@example.org" if i % 50 else "kaputt"  # every 50th row has an error
            f.write(f"Müller{i};Jürgen;{mail};Leipzig;Sachbearbeitung;1, 3;03.02.2027\n")


def test_preview_of_100000_csv_rows_streams(db, tmp_path: Path, output_dir: Path):
    series = make_series(db, persons=0)
    path = tmp_path / "gross.csv"
    _write_csv(path, MAX_ROWS)
    size_mb = path.stat().st_size / 1e6
    started = time.perf_counter()
    with db.reading() as orm:
        build_preview(orm, path, series.event_id)
    seconds = time.perf_counter() - started  # without tracemalloc, which slows Python 3x
    tracemalloc.start()
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert preview.total == MAX_ROWS
    assert preview.errors == MAX_ROWS // 50
    assert len(preview.rows) <= KEEP_ROWS + KEEP_PROBLEM_ROWS
    assert preview.rows_left_out > 0
    peak_mb = peak / 1e6
    (output_dir / "import-100k-preview.txt").write_text(
        f"CSV {size_mb:.1f} MB, {MAX_ROWS} rows: preview {seconds:.1f} s, "
        f"tracemalloc peak {peak_mb:.1f} MB\n", encoding="utf-8")
    print(f"\n100k CSV ({size_mb:.1f} MB): {seconds:.1f} s, peak {peak_mb:.1f} MB")
    # the whole file would be far more than this as Python objects (~100 MB)
    assert peak_mb < 60
    assert seconds < 60


def test_preview_of_100000_xlsx_rows_streams(db, tmp_path: Path, output_dir: Path):
    series = make_series(db, persons=0)
    path = tmp_path / "gross.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Nachname", "Vorname", "E-Mail", "Kommune"])
    for i in range(MAX_ROWS):
        ws.append([f"Müller{i}", "Jürgen", f"p{i}@example.org", "Leipzig"])
    wb.save(path)
    started = time.perf_counter()
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    seconds = time.perf_counter() - started
    assert preview.total == MAX_ROWS and preview.errors == 0
    assert len(preview.rows) == KEEP_ROWS
    with (output_dir / "import-100k-preview.txt").open("a", encoding="utf-8") as f:
        f.write(f"XLSX {path.stat().st_size / 1e6:.1f} MB, {MAX_ROWS} rows: preview "
                f"{seconds:.1f} s (openpyxl read_only streaming)\n")
    print(f"\n100k XLSX: {seconds:.1f} s")
    assert seconds < 120

"""Importing persons and registrations from .xlsx and .csv files.

`read_table_info(path)` opens and recognises a file, `build_preview(orm, path, event_id,
mapping)` analyses every row without writing, `apply_import(orm, preview, valid_only=…)`
writes in the caller's transaction and returns an `ImportReport`.
"""

from planner.imports.analysis import ERROR, FIX, NOTE, Problem, RowPlan
from planner.imports.apply import ImportReport, apply_import
from planner.imports.columns import FIELDS, apply_overrides, match_columns
from planner.imports.errors import ImportFileError
from planner.imports.preview import ImportPreview, TableInfo, build_preview, read_table_info
from planner.imports.reading import MAX_ROWS

__all__ = ["ERROR", "FIELDS", "FIX", "MAX_ROWS", "NOTE", "ImportFileError", "ImportPreview",
           "ImportReport", "Problem", "RowPlan", "TableInfo", "apply_import", "apply_overrides",
           "build_preview", "match_columns", "read_table_info"]

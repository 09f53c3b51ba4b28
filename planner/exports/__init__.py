"""Exports: iCalendar files, Excel and PDF lists. Imported lazily (start-up cost)."""

"""People-related dialogs (merging duplicates)."""

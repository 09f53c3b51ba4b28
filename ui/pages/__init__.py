"""The pages of the main window (besides the plan and the exports)."""

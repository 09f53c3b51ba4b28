"""Participant feedback in the window: questionnaires, entry grid, survey import, results."""

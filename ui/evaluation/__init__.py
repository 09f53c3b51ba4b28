"""Participant feedback in the app: entry grid, results, questionnaire editor, survey import."""

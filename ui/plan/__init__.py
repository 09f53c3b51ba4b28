"""The plan: month, week and agenda views of all sessions."""

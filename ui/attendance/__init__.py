"""The attendance grid: persons × sessions, keyboard-driven."""

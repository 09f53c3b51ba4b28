"""The municipality record view and the cooperation agreement editor."""

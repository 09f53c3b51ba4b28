"""Transferplaner: the planning domain, free of any GUI toolkit."""

APP_NAME = "Transferplaner"
APP_ID = "transferplaner"
__version__ = "0.1.0"

"""The schema revision this program writes; compared cheaply at start-up."""

HEAD_REVISION = "0002_search_consent_mail"

"""E-mail in the desktop app: SMTP settings and templates, the send dialog."""

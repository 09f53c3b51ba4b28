"""E-mail to participants and trainers: SMTP settings, templates, outbox, sending, .eml
drafts and CalDAV publishing. The SMTP and CalDAV passwords live only in the operating
system's credential store (`keyring`), never in the database or a settings file."""

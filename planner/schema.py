"""The schema revision this program writes; compared cheaply at start-up."""

HEAD_REVISION = "0005_certificate_revisions"

"""The schema revision this program writes; compared cheaply at start-up."""

HEAD_REVISION = "0004_participant_outbox"

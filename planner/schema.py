"""The schema revision this program writes; compared cheaply at start-up."""

HEAD_REVISION = "0003_participant_feedback"

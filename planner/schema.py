"""The schema revision this program writes; compared cheaply at start-up."""

HEAD_REVISION = "0007_glossary_trainer_question"

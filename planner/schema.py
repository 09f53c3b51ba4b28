"""The schema revision this program writes; compared cheaply at start-up."""

HEAD_REVISION = "0006_replacements_walk_ins"

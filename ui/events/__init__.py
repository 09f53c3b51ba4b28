"""Event screens: editor per format and the event window."""

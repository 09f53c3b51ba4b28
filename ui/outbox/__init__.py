"""The Postausgang: messages to participants (planner.notify) in the desktop app."""

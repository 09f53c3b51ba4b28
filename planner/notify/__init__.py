"""Messages to participants about their bookings (the Postausgang).

- `tracking`: a flush/commit hook that creates or merges an outbox row in the same
  transaction as every change that concerns a participant.
- `state` and `changes`: what the participant knew before versus the booking now.
- `templates`, `compose`, `calendar`, `letters`: the message as it will be sent (German or
  English text per office, per-participant .ics, DIN 5008 letter).
- `send`: exactly-once delivery (marked "being sent" before the SMTP call).
- `queue` and `reminders`: what staff list, preview, edit, discard and create.
"""

"""Data protection (DSGVO): consents, retention and anonymisation, access and erasure requests.

Decisions (see also the module docstrings):
- Anonymisation replaces every personal field of a person (names, title, e-mail, phone,
  function, consents) with placeholders ("Anonymisiert" / "Person 123") and keeps all rows
  statistics are computed from: the organisation (municipality) link, roles, registrations,
  attendance (status, minutes) and certificate records (serial, units, rate; the printed
  name in the stored certificate content is replaced too). Free-text notes that may name
  the person (attendance notes, cancellation reasons, mail log addresses and subjects, file
  names in the issue and mail logs) are emptied.
- Erasure deletes the person everywhere, unless a retention duty applies (a certificate was
  issued, or the person is on the attendance documentation of an event whose retention
  period has not ended); then the person is anonymised instead and the German explanation
  says what is kept and why.
"""

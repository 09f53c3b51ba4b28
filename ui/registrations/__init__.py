"""Registrations inside an event: booking, capacity, waiting list, cancellation."""

"""Import of registrations from spreadsheet files."""

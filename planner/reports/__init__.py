"""Reports for the funder, the municipality record, cooperation agreements, dossier PDF."""

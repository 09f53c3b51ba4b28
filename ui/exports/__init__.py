"""Reports and exports page, certificates wizard."""

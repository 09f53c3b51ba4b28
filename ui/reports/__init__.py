"""The Reports page: figures for the funder, charts, .xlsx/.pdf export."""

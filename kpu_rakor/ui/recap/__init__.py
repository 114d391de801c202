"""The Rekap page: the office's month (or quarter, year, range) in tables and charts, with its exports."""

"""Zoom participant reports: reading the files Zoom and Excel produce, and merging a person's rows."""

"""The Rapat page: the meeting list, its model, and full-text search hits."""

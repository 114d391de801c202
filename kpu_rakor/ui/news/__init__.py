"""The meeting's Berita tab: the draft, its checklist and its exports."""

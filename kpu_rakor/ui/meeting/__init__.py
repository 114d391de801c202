"""The meeting window: its form, the agenda, roles and invitees tabs, and the Dokumen tab."""

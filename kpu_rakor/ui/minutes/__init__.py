"""The meeting's Notulen tab: typing, autosave, sign-off and revisions."""

"""The meeting's Kehadiran tab: luring and daring rows, phone sign-in, Zoom reports, merging guests."""

"""Tindak lanjut: the meeting's tab and the page of every open item."""

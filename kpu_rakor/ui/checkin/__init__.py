"""The Check-in desk: scanner input, webcam reader, results and counts."""

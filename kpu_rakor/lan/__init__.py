"""The phones' sign-in page on the office LAN: a small WSGI app on waitress, no Qt."""

"""The Beranda (home page): what needs the office today, one click from each."""

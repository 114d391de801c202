"""The Direktori page: people and institutions, and the personal-data actions."""

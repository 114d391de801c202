"""The database every model binds to: a proxy that `db.open_database()` points at SQLite or PostgreSQL.

Its own module so the dependencies run one way: models import this, `db` and `migrations` import models (or
nothing of them), and nothing below `db` imports `db` back.
"""
from __future__ import annotations

import peewee

database = peewee.DatabaseProxy()

"""The SQLite fact store: opening and migrating (db), writing articles (write), reading (read)."""

from kabar_cli.store.db import default_path, open_store

__all__ = ["default_path", "open_store"]

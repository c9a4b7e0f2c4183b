"""The schema version this app writes. A test checks it equals Alembic's head, so opening an up-to-date
database never has to import Alembic (it is slow to import and only needed when a migration is due)."""

SCHEMA_HEAD = "0004"

"""SQLAlchemy models, the engine with its SQLite pragmas, the Alembic runner and backups. No Qt here."""

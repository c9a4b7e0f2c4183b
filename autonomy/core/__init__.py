"""The domain in pure Python: no Qt, no SQLAlchemy (a test walks the imports to keep it so)."""

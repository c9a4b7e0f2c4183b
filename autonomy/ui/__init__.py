"""The desktop app (PySide6). Talks to the services only, through the database lane (see lane.py)."""

"""The desktop app (PySide6). Talks to the services only, through the database lane (app/lane.py).

Grouped by what the teacher sees: app/ (start-up, window, lane), roster/, student/, reflection/, suggestions/,
setup/, coach/; words/ and widgets/ are shared by all of them and import none of them.
"""

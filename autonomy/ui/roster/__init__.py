"""The class at a glance: the roster table and what is done from it (log an event, today's choices, import a roster)."""

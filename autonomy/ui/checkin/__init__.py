"""The students\x27 own check-in screen (autonomy checkin --class NAME)."""

"""Setting the app up: ladders and the event catalogue, students and classrooms, Preferences."""

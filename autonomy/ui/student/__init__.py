"""One student: the student panel (levels, history, events, reflections) and changing a level by hand."""

"""The coach's view: student timelines, class overviews, the coach screen, and the report and exports."""

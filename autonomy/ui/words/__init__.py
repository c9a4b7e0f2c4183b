"""Words the app shows in the UI language: built-in names, dates and times, the suggestions' sentences. No widgets."""

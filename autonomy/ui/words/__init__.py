"""Words the app shows in the UI language: the language itself (i18n), built-in names, dates and times, the
suggestions' sentences. No widgets, and nothing of the screens that use them."""

"""The app's frame: start-up, the main window and its menus, the database lane, undo, errors, settings keys,
About and the guide."""

"""Keys of the app's own QSettings that more than one module reads: here, so that start-up and Preferences share
them without importing each other."""

SERVER_URL_KEY = "database/url"  # the shared server's URL, "" for the data folder's file; read at start-up

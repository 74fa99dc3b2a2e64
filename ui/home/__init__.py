"""Home: the session list, a new session, comparing rounds."""

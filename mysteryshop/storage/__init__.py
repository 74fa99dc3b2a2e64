"""SQLite storage: opening the database, migrations, and the repository."""

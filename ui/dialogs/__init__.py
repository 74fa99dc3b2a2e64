"""Dialogs that belong to no one screen: settings, a database that will not open."""

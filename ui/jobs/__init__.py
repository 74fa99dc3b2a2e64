"""File work off the UI thread: export to Excel, share and import bundles."""

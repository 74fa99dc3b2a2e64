"""Services: the only door from the UI (and the CLI) to the data. See docs/architecture.md."""

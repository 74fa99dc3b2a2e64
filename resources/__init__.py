"""Data files shipped with the app: step templates, styles and icons (no code)."""

"""Small widgets and models used on several screens."""

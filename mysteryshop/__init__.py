"""Mystery Shop: be a customer of your own company and record what it feels like."""

__version__ = "0.1.0"
APP_NAME = "Mystery Shop"
APP_ID = "mysteryshop"

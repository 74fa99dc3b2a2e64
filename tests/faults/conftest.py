"""Fault tests that drive the app use the same shown main window as the UI tests."""

from tests.ui.conftest import window  # noqa: F401  (a fixture, shared)

"""A running session: step pages, markers, recording, the summary."""

"""Qt widgets and models of the Mystery Shop app (the only place that imports widgets)."""

"""Session bundles (.mshop): sessions and their recordings, shared between laptops."""

SUFFIX = ".mshop"

"""The ``pantau`` command line."""

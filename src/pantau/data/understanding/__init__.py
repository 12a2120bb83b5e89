"""Training data and the shipped model of the understanding stage (see README.md)."""

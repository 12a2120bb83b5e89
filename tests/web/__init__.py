"""Web app tests (Django)."""

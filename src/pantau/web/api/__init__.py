"""The read API (django-ninja) and the streaming exports, under /api/."""

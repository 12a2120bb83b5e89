"""Dates: publication date and the date of the reported event, read with regexes (no dateparser:
it costs milliseconds a call and misreads "Minggu")."""

from pantau.engine.dates.event_date import event_date
from pantau.engine.dates.publication import as_date, publication_date

__all__ = ["as_date", "event_date", "publication_date"]

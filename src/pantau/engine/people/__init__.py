"""People: actors with their position, whether they are ASN, and whether they are accused."""

from pantau.engine.people.actors import find_actors
from pantau.engine.people.positions import is_asn
from pantau.engine.people.titles import strip_titles

__all__ = ["find_actors", "is_asn", "strip_titles"]

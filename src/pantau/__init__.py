"""pantau: supervising the neutrality of Indonesia's civil servants (ASN) in elections."""

__version__ = "0.1.0"

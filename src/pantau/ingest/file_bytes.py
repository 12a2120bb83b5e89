"""Read a local file's bytes under the size cap, with errors that name the reason."""

from __future__ import annotations

from pathlib import Path

from pantau.ingest.read_failure import ReadFailure


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The whole file, or :class:`ReadFailure` when it is missing, unreadable, empty or too big."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadFailure(f"file too large: {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:g} MB cap")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadFailure("no such file or directory") from None
    except PermissionError:
        raise ReadFailure("permission denied") from None
    except IsADirectoryError:
        raise ReadFailure("is a directory") from None
    except OSError as exc:
        raise ReadFailure(f"cannot read file: {exc.strerror or exc}") from None
    if not data.strip():
        raise ReadFailure("empty file")
    return data

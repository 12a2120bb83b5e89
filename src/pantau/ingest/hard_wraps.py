"""Undo line breaks that cut sentences, and put back the space lost between glued sentences.

Pages copied from PDFs or e-mail arrive wrapped at a fixed width ("pihaknya akan\\nmelakukan"),
and some CMSs drop the space after a full stop ("ujar Syaugi.Syaugi mengatakan"). Sentence
splitting in later stages needs both repaired; paragraph breaks (blank lines) are kept.
"""

from __future__ import annotations

import re

# A line that cannot end a paragraph: a comma, or no closing punctuation before a lower-case start.
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]]$")
# "berdemokrasi.\"Jadi", "Syaugi.Syaugi": a full stop after a lower-case word, then a capital or a
# quote. "S.H.", "M.Si.", "Rp1.000" and "Kompas.com" do not match.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[\"“]?[A-Z][a-z])")


def join_hard_wraps(text: str) -> str:
    lines = text.split("\n")
    joined: list[str] = []
    for line in lines:
        stripped = line.strip()
        if joined and joined[-1] and stripped and _continues(joined[-1], stripped):
            previous = joined[-1].rstrip()
            last_token = previous.rsplit(None, 1)[-1]
            # a handle or hashtag cut in two ("@\naniesbubble") was one word
            glue = "" if last_token.startswith(("@", "#")) else " "
            joined[-1] = previous + glue + stripped
        else:
            joined.append(line)
    return "\n".join(joined)


def space_glued_sentences(text: str) -> str:
    return _GLUED_SENTENCE.sub(" ", text)


def _continues(previous: str, line: str) -> bool:
    previous = previous.rstrip()
    if previous.endswith(","):
        return True
    return not _ENDS_SENTENCE.search(previous) and line[0].islower()

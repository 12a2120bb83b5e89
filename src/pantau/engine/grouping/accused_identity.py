"""Who a case accuses, as keys two articles can compare: the strongest sign that two stages of
coverage (viral video → denial → examination → sanction) are one case, and that two cases of the
same kind in one regency are not.

News names an accused in full ("Neneng Komalasari"), by initials ("NK") or, later, by a shorter
form ("Arsyad Tamburaka" for "Muh. Arsyad Tamburaka"); the keys cover all three.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pantau.engine.analysis import Actor
from pantau.engine.grouping.text_signals import GENERIC_NAMES

_INITIALS = re.compile(r"[A-Z](?:\.?[A-Z]){1,3}\.?")
INITIALS_MARK = "#"  # initials as the text gives them ("berinisial NK")
DERIVED_MARK = "~"  # initials worked out from a full name: they match given initials only, since
# two different full names share initials all the time ("Wiwin Darmono", "Wahyu Dedi")


def accused_keys(actors: Iterable[Actor]) -> frozenset[str]:
    """Comparable keys of the accused persons: each full name, its initials ("#nk"), and for
    names of three or more words the initials of the last two ("#at": the first is often a
    prefix such as "Muh." or "Andi" that news drops)."""
    keys: set[str] = set()
    for actor in actors:
        if not actor.accused or not actor.name:
            continue
        name = actor.name.strip()
        if _INITIALS.fullmatch(name):
            keys.add(INITIALS_MARK + name.replace(".", "").lower())
            continue
        words = [w for w in re.split(r"[\s.]+", name.lower()) if w]
        if len(words) < 2 or not all(w.isalpha() for w in words):
            if words:  # one-word names ("Bahri") are still a name; initials of one letter are not
                keys.add(" ".join(words))
            continue
        keys.add(" ".join(words))
        keys.add(DERIVED_MARK + "".join(w[0] for w in words))
        if len(words) >= 3:  # news may drop the first or the last word of a long name
            keys.add(DERIVED_MARK + words[-2][0] + words[-1][0])
            keys.add(DERIVED_MARK + words[0][0] + words[1][0])
    return frozenset(keys)


def accused_relation(article: frozenset[str], story: set[str]) -> str | None:
    """"same" when the article and the story accuse the same person, "different" when both name
    someone and no one matches, None when either names no one."""
    if not article or not story:
        return None
    given = {k[1:] for k in article if k.startswith(INITIALS_MARK)}
    story_given = {k[1:] for k in story if k.startswith(INITIALS_MARK)}
    derived = {k[1:] for k in article if k.startswith(DERIVED_MARK)}
    story_derived = {k[1:] for k in story if k.startswith(DERIVED_MARK)}
    if given & (story_given | story_derived) or story_given & derived:
        return "same"
    names = [set(k.split()) - _NAME_PREFIXES for k in article if k[0] not in _MARKS]
    story_names = [set(k.split()) - _NAME_PREFIXES for k in story if k[0] not in _MARKS]
    # The same name or another form of it ("M. Ridwan Syah" for "Muhammad Ridwan Syah", "Ridwan
    # Syah"): once the prefixes everyone carries are set aside, one name's words are all in the
    # other's. One shared word is not enough: "Agus Salim" and "Agus Wibowo" are two people.
    if any(a and s and (a <= s or s <= a) for a in names for s in story_names):
        return "same"
    return "different"


_MARKS = (INITIALS_MARK, DERIVED_MARK)


# Name prefixes and very common first names: sharing one says nothing about being one person.
_NAME_PREFIXES = frozenset(
    """
    m muh muhammad muhamad mohammad mohamad moh mochammad ahmad achmad abdul andi la ode wa h hj haji
    i gusti ngurah ni made putu wayan nyoman ketut kadek komang teuku cut tengku raden mas siti sri
    """.split()
)


# Offices one person holds in one named place: "Camat Landono", "Kades Sukamaju", "Lurah Pasar
# Minggu". A case often names its accused only so, and the office plus the place is as unique as a
# name. Offices of a whole regency ("Sekda Bone", "Pj Bupati Bone") are left out: the regent or
# the secretary appears in many stories of a regency as the official who sanctions or speaks.
_OFFICES = {
    "camat": "camat", "lurah": "lurah", "kades": "kepala desa", "kepala desa": "kepala desa",
    "kepala kelurahan": "lurah", "sekdes": "sekretaris desa", "sekretaris desa": "sekretaris desa",
    "kepala puskesmas": "kepala puskesmas",
}
_PLACE_AFTER = re.compile(r" ([A-Z][^\W\d_]+)")  # the capitalised word right after the office
OFFICE_HOLDER_CHARS = 1500  # the headline and the lead: where the accused is introduced


def office_holder_keys(title: str | None, body: str) -> frozenset[str]:
    """"camat landono"-style keys of place-bound offices named in the headline or the lead."""
    keys = set()
    for text in (title or "", body[:OFFICE_HOLDER_CHARS]):
        lowered = text.lower()
        # Substring search, then one anchored match: a pattern scanning every position costs
        # several times more, and most articles name no such office at all.
        for written, office in _OFFICES.items():
            at = lowered.find(written)
            while at >= 0:
                end = at + len(written)
                place = _PLACE_AFTER.match(text, end) if at == 0 or not lowered[at - 1].isalpha() else None
                if place is not None and (word := place.group(1).lower()) not in GENERIC_NAMES:
                    keys.add(f"{office} {word}")  # "Camat Kota ...": the place comes later
                at = lowered.find(written, end)
    return frozenset(keys)


# Words that make a role's office two words long ("kepala sekolah", "staf ahli"), and roles every
# civil servant holds, which say nothing about who is accused.
_TWO_WORD_OFFICES = frozenset({"kepala", "sekretaris", "staf", "wakil", "kasi", "kabid", "penjabat", "pj"})
_ANY_CIVIL_SERVANT = frozenset({"asn", "aparatur", "pns", "pegawai", "pppk", "oknum", "pejabat", "honorer"})


def accused_roles(actors: Iterable[Actor]) -> frozenset[str]:
    """The offices of the accused, named or not ("camat", "kepala sekolah"): an unnamed accused
    is often all a later article gives ("15 camat se-Makassar")."""
    roles = set()
    for actor in actors:
        if not actor.accused or not actor.role:
            continue
        words = re.findall(r"[^\W\d_]+", actor.role.lower())
        if not words or words[0] in _ANY_CIVIL_SERVANT:
            continue
        size = 2 if words[0] in _TWO_WORD_OFFICES and len(words) > 1 else 1
        roles.add(" ".join(words[:size]))
    return frozenset(roles)

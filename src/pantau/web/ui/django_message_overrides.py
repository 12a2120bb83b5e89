"""Django messages whose Indonesian translation we replace.

Django's own Indonesian catalogue renders the login error as "Masukkan nama pengguna nama pengguna
dan sandi…" (it adds the field name before the %(username)s placeholder that already holds it).
Naming the msgid here puts it into our catalogue, which LOCALE_PATHS lets win over Django's.
"""

from django.utils.translation import gettext_noop

OVERRIDDEN = (
    gettext_noop(
        "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."
    ),
)

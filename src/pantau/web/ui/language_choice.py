"""Indonesian unless the user picks English: the language comes from the switch, not the browser.

Django's LocaleMiddleware follows the browser's Accept-Language, so an officer whose browser is set
to English would get English pages without asking; the app is Indonesian first. This middleware reads
only the language cookie that the page's ID/EN switch (django.views.i18n.set_language) sets, and
falls back to LANGUAGE_CODE. Put it in MIDDLEWARE in place of django.middleware.locale.LocaleMiddleware.
"""

from __future__ import annotations

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        offered = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in offered else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

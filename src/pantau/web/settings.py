"""Django settings for the supervisors' web app, read from the environment.

Every knob is an environment variable so that the demo needs none and a deployment sets only what it
changes:

- ``PANTAU_DATA_DIR``: where the SQLite database, the generated secret key and collected static
  files live (default ``./var`` under the current directory).
- ``PANTAU_DATABASE_URL``: any database dj-database-url understands
  (``postgresql://postgres@127.0.0.1:5432/postgres``); default SQLite ``$PANTAU_DATA_DIR/pantau.sqlite3``.
- ``PANTAU_BROKER_URL``: a Celery broker (``redis://127.0.0.1:6379/0``, ``amqp://…``); without one
  every task runs in-process, so the demo needs no service.
- ``PANTAU_SECRET_KEY``: else one is generated once and kept in the data directory.
- ``PANTAU_DEBUG=1``, ``PANTAU_ALLOWED_HOSTS`` (comma-separated), ``PANTAU_HTTPS=1`` (behind TLS:
  secure cookies, HSTS, redirect to https).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

WEB_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("PANTAU_DATA_DIR") or Path.cwd() / "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    if os.environ.get("PANTAU_SECRET_KEY"):
        return os.environ["PANTAU_SECRET_KEY"]
    # Generated once per data directory so sessions survive restarts without any configuration.
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.touch(mode=0o600)
        key_file.write_text(secrets.token_urlsafe(50), encoding="utf-8")
    return key_file.read_text(encoding="utf-8").strip()


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = _secret_key()
DEBUG = _flag("PANTAU_DEBUG")
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("PANTAU_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",") if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",  # serves its Swagger UI from our own static files, not a CDN
    "pantau.web.accounts",
    "pantau.web.monitoring",
    "pantau.web.audit",
    "pantau.web.grouping_store",
    "pantau.web.ui",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "pantau.web.security_headers.ContentSecurityPolicyMiddleware",
    "pantau.web.security_headers.PrivateCacheControlMiddleware",
    "pantau.web.nul_guard.RejectNulCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Indonesian unless the user picks English: an officer's English browser must not switch the app.
    "pantau.web.ui.language_choice.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "pantau.web.urls"
WSGI_APPLICATION = "pantau.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("PANTAU_DATABASE_URL") or f"sqlite:///{DATA_DIR / 'pantau.sqlite3'}",
        conn_max_age=int(os.environ.get("PANTAU_DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets readers (the web app) work while a loader writes; the timeout waits out short writes.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["pantau.web.accounts.login_throttle.ThrottledModelBackend"]
# PBKDF2 (Django's default) in production; argon2-cffi is not a dependency. Tests swap in MD5.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# How many reverse proxies (each appending to X-Forwarded-For) stand in front of the app: the client
# address for the login throttle and the audit log is then read from that header (audit_log.client_ip).
PANTAU_TRUSTED_PROXIES = int(os.environ.get("PANTAU_TRUSTED_PROXIES", "0"))
# Login throttling: this many failures for one username from one address locks it for LOCKOUT_SECONDS.
PANTAU_LOGIN_MAX_FAILURES = int(os.environ.get("PANTAU_LOGIN_MAX_FAILURES", "5"))
PANTAU_LOGIN_LOCKOUT_SECONDS = int(os.environ.get("PANTAU_LOGIN_LOCKOUT_SECONDS", "900"))
# ... and this many failures from one address, over all usernames, locks the address.
PANTAU_LOGIN_MAX_FAILURES_PER_ADDRESS = int(os.environ.get("PANTAU_LOGIN_MAX_FAILURES_PER_ADDRESS", "30"))

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [WEB_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Jakarta"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns on every start when it is missing
# Serve straight from the apps' static folders: the demo needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Security headers. CSP: scripts and styles only from our own static files (no inline script, no
# inline style: injected markup can neither run nor restyle the page), images may be data: URIs;
# nothing from another origin.
PANTAU_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# A working day, not Django's two weeks: the pages name accused civil servants, and offices share
# computers. PANTAU_SESSION_SECONDS changes it.
SESSION_COOKIE_AGE = int(os.environ.get("PANTAU_SESSION_SECONDS", str(12 * 3600)))
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if _flag("PANTAU_HTTPS"):
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("PANTAU_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Celery: with no broker configured, tasks run in the calling process (the demo, the tests).
CELERY_BROKER_URL = os.environ.get("PANTAU_BROKER_URL") or "memory://"
CELERY_TASK_ALWAYS_EAGER = not os.environ.get("PANTAU_BROKER_URL")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]

# What a region sees is cached until the next load (monitoring/findings_cache.py); per process
# unless PANTAU_CACHE_URL names a shared cache (redis://127.0.0.1:6379/1).
PANTAU_FINDINGS_CACHE_SECONDS = int(os.environ.get("PANTAU_FINDINGS_CACHE_SECONDS", "300"))
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["PANTAU_CACHE_URL"]}
        if os.environ.get("PANTAU_CACHE_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PANTAU_LOG_LEVEL", "WARNING")},
}

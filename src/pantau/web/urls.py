"""Root URLs: the API and exports under /api/, login under /akun/, the pages at the root."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from pantau.web.accounts.login_throttle import ThrottledAuthenticationForm
from pantau.web.api.router import api

urlpatterns = [
    path("api/", api.urls),
    path("akun/masuk/", auth_views.LoginView.as_view(authentication_form=ThrottledAuthenticationForm), name="login"),
    path("akun/keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("pantau.web.ui.urls")),
]

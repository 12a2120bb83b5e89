"""The supervisors' web app: one Django project (settings ``pantau.web.settings``)."""

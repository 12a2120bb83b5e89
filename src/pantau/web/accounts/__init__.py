"""Users, their region-scoped roles, API tokens and login throttling."""

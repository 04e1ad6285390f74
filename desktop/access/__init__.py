"""Users, roles, unlock throttling and the auto-lock policy."""

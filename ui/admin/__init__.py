"""Admin screens: users, audit trail, retention, auto-lock."""

"""Users, roles, unlock throttling, the auto-lock policy, and the admin's review of the trail."""

"""The sync screens: team-folder settings, the status in the window, the conflicts screen."""

"""The agenda screens: the week/day view, the talk dialog and the dossier's talks panel."""

"""The agenda: planned talks of the klantreis (dates, places, interpreters), their moves and
cancellations, the week view next to the deadlines, and the Outlook (.ics) export."""

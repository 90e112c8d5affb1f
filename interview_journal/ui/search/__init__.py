"""Global search: one box over every kind of text in the journal."""

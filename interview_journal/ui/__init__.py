"""Qt Widgets user interface: one package per view; widgets call services, never SQL."""

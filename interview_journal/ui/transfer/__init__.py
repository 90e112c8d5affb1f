"""The journal's ways in and out: export, import, backups and restore."""

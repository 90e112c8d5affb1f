"""Storage: tables, engine, migrations, full-text search, and the :class:`Journal` facade."""

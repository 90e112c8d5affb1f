"""Version 2: an offer's place of work (city, hybrid or remote), searchable with the rest.

``ALTER TABLE ... ADD COLUMN`` with a constant default rewrites no rows
(https://www.sqlite.org/lang_altertable.html#altertabaddcol). The offer triggers are
recreated so the new column is indexed and an edit of it re-indexes the offer.
"""

from __future__ import annotations

VERSION = 2
DESCRIPTION = "offer location"

STATEMENTS_SQL = """
ALTER TABLE offer ADD COLUMN location VARCHAR NOT NULL DEFAULT '';

DROP TRIGGER offer_search_insert;
DROP TRIGGER offer_search_update;

CREATE TRIGGER offer_search_insert AFTER INSERT ON offer BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('offer', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.location, new.bonus || ' ' || new.equity || ' ' || new.benefits || ' ' || new.negotiation_notes);
END;

CREATE TRIGGER offer_search_update AFTER UPDATE OF location, bonus, equity, benefits, negotiation_notes ON offer BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.location, new.bonus || ' ' || new.equity || ' ' || new.benefits || ' ' || new.negotiation_notes);
END;
"""

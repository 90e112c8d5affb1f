"""Version 1: the first schema, frozen.

The table DDL below was generated once from :mod:`interview_journal.storage.tables` and
is kept verbatim: later schema changes go into later migrations, never here, so a journal
created by any version upgrades through the same steps.

Full-text search: ``search_index`` is an FTS5 table over every user-written text, one
document per record. ``search_doc`` gives each record a stable integer rowid (records
have UUID keys; an implicit rowid may change on VACUUM, see
https://www.sqlite.org/lang_vacuum.html). Triggers keep both in step with the tables,
the pattern of https://www.sqlite.org/fts5.html section 4.4.3; cascaded deletes fire the
child tables' delete triggers too.
"""

from __future__ import annotations

VERSION = 1
DESCRIPTION = "initial schema with full-text index"

TABLES_SQL = """
CREATE TABLE company (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    name VARCHAR NOT NULL,
    website VARCHAR NOT NULL,
    industry VARCHAR NOT NULL,
    size VARCHAR NOT NULL,
    locations VARCHAR NOT NULL,
    remote_policy VARCHAR NOT NULL,
    summary VARCHAR NOT NULL,
    gut_verdict VARCHAR NOT NULL,
    archived BOOLEAN NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_company_name ON company (name);

CREATE TABLE fit_criterion (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    weight FLOAT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id)
);


CREATE TABLE pipeline_stage (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    name VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    outcome VARCHAR NOT NULL,
    PRIMARY KEY (id)
);


CREATE TABLE setting (
    "key" VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    updated_at DATETIME NOT NULL,
    PRIMARY KEY ("key")
);


CREATE TABLE application (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    company_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    stage_id VARCHAR,
    applied_at DATETIME,
    source VARCHAR NOT NULL,
    link VARCHAR NOT NULL,
    notes VARCHAR NOT NULL,
    closed_at DATETIME,
    closed_reason VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(company_id) REFERENCES company (id) ON DELETE CASCADE,
    FOREIGN KEY(stage_id) REFERENCES pipeline_stage (id) ON DELETE SET NULL
);

CREATE INDEX ix_application_applied_at ON application (applied_at);
CREATE INDEX ix_application_company_id ON application (company_id);
CREATE INDEX ix_application_stage_id ON application (stage_id);

CREATE TABLE fit_score (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    company_id VARCHAR NOT NULL,
    criterion_id VARCHAR NOT NULL,
    score INTEGER NOT NULL,
    evidence VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (company_id, criterion_id),
    FOREIGN KEY(company_id) REFERENCES company (id) ON DELETE CASCADE,
    FOREIGN KEY(criterion_id) REFERENCES fit_criterion (id) ON DELETE CASCADE
);

CREATE INDEX ix_fit_score_company_id ON fit_score (company_id);
CREATE INDEX ix_fit_score_criterion_id ON fit_score (criterion_id);

CREATE TABLE person (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    name VARCHAR NOT NULL,
    company_id VARCHAR,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    email VARCHAR NOT NULL,
    phone VARCHAR NOT NULL,
    profile_url VARCHAR NOT NULL,
    connected BOOLEAN NOT NULL,
    last_contact_at DATETIME,
    stay_in_touch_days INTEGER,
    notes VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(company_id) REFERENCES company (id) ON DELETE SET NULL
);

CREATE INDEX ix_person_company_id ON person (company_id);
CREATE INDEX ix_person_name ON person (name);

CREATE TABLE question (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    text VARCHAR NOT NULL,
    category VARCHAR NOT NULL,
    round_kind VARCHAR NOT NULL,
    company_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(company_id) REFERENCES company (id) ON DELETE CASCADE
);

CREATE INDEX ix_question_company_id ON question (company_id);

CREATE TABLE research_note (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    company_id VARCHAR NOT NULL,
    topic VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    body VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    source_date DATE,
    PRIMARY KEY (id),
    FOREIGN KEY(company_id) REFERENCES company (id) ON DELETE CASCADE
);

CREATE INDEX ix_research_note_company_id ON research_note (company_id);
CREATE INDEX ix_research_note_topic ON research_note (topic);

CREATE TABLE interaction (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    application_id VARCHAR,
    person_id VARCHAR,
    direction VARCHAR NOT NULL,
    channel VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    occurred_at DATETIME NOT NULL,
    summary VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(application_id) REFERENCES application (id) ON DELETE CASCADE,
    FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE SET NULL
);

CREATE INDEX ix_interaction_application_id ON interaction (application_id);
CREATE INDEX ix_interaction_occurred_at ON interaction (occurred_at);
CREATE INDEX ix_interaction_person_id ON interaction (person_id);

CREATE TABLE interview_round (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    application_id VARCHAR,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    scheduled_at DATETIME,
    started_at DATETIME,
    ended_at DATETIME,
    location VARCHAR NOT NULL,
    recruiter_advice VARCHAR NOT NULL,
    outcome VARCHAR NOT NULL,
    self_review VARCHAR NOT NULL,
    energy INTEGER,
    answer_differently VARCHAR NOT NULL,
    next_step VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(application_id) REFERENCES application (id) ON DELETE CASCADE
);

CREATE INDEX ix_interview_round_application_id ON interview_round (application_id);
CREATE INDEX ix_interview_round_scheduled_at ON interview_round (scheduled_at);

CREATE TABLE offer (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    application_id VARCHAR NOT NULL,
    currency VARCHAR NOT NULL,
    base_salary FLOAT,
    bonus VARCHAR NOT NULL,
    equity VARCHAR NOT NULL,
    benefits VARCHAR NOT NULL,
    start_date DATE,
    deadline DATE,
    status VARCHAR NOT NULL,
    negotiation_notes VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(application_id) REFERENCES application (id) ON DELETE CASCADE
);

CREATE INDEX ix_offer_application_id ON offer (application_id);

CREATE TABLE timeline_event (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    occurred_at DATETIME NOT NULL,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    company_id VARCHAR,
    application_id VARCHAR,
    subject_table VARCHAR NOT NULL,
    subject_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(company_id) REFERENCES company (id) ON DELETE CASCADE,
    FOREIGN KEY(application_id) REFERENCES application (id) ON DELETE CASCADE
);

CREATE INDEX ix_timeline_event_application_id ON timeline_event (application_id);
CREATE INDEX ix_timeline_event_company_id ON timeline_event (company_id);
CREATE INDEX ix_timeline_event_occurred_at ON timeline_event (occurred_at);

CREATE TABLE follow_up (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    application_id VARCHAR,
    round_id VARCHAR,
    recipient VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    body VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    sent_at DATETIME,
    PRIMARY KEY (id),
    FOREIGN KEY(application_id) REFERENCES application (id) ON DELETE CASCADE,
    FOREIGN KEY(round_id) REFERENCES interview_round (id) ON DELETE SET NULL
);

CREATE INDEX ix_follow_up_application_id ON follow_up (application_id);
CREATE INDEX ix_follow_up_round_id ON follow_up (round_id);

CREATE TABLE note_line (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    round_id VARCHAR NOT NULL,
    position FLOAT NOT NULL,
    elapsed_ms INTEGER NOT NULL,
    marker VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(round_id) REFERENCES interview_round (id) ON DELETE CASCADE
);

CREATE INDEX ix_note_line_round_position ON note_line (round_id, position);

CREATE TABLE prep_item (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    round_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    done BOOLEAN NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(round_id) REFERENCES interview_round (id) ON DELETE CASCADE
);

CREATE INDEX ix_prep_item_round_id ON prep_item (round_id);

CREATE TABLE question_asked (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    question_id VARCHAR NOT NULL,
    round_id VARCHAR NOT NULL,
    asked_at DATETIME NOT NULL,
    answer_note VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (question_id, round_id),
    FOREIGN KEY(question_id) REFERENCES question (id) ON DELETE CASCADE,
    FOREIGN KEY(round_id) REFERENCES interview_round (id) ON DELETE CASCADE
);

CREATE INDEX ix_question_asked_question_id ON question_asked (question_id);
CREATE INDEX ix_question_asked_round_id ON question_asked (round_id);

CREATE TABLE reminder (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    kind VARCHAR NOT NULL,
    title VARCHAR NOT NULL,
    body VARCHAR NOT NULL,
    due_at DATETIME NOT NULL,
    done_at DATETIME,
    application_id VARCHAR,
    person_id VARCHAR,
    round_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(application_id) REFERENCES application (id) ON DELETE CASCADE,
    FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE,
    FOREIGN KEY(round_id) REFERENCES interview_round (id) ON DELETE CASCADE
);

CREATE INDEX ix_reminder_application_id ON reminder (application_id);
CREATE INDEX ix_reminder_due_at ON reminder (due_at);
CREATE INDEX ix_reminder_person_id ON reminder (person_id);
CREATE INDEX ix_reminder_round_id ON reminder (round_id);

CREATE TABLE round_attendee (
    id VARCHAR(36) NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    round_id VARCHAR NOT NULL,
    person_id VARCHAR NOT NULL,
    role_in_round VARCHAR NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (round_id, person_id),
    FOREIGN KEY(round_id) REFERENCES interview_round (id) ON DELETE CASCADE,
    FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_round_attendee_person_id ON round_attendee (person_id);
CREATE INDEX ix_round_attendee_round_id ON round_attendee (round_id);
"""

SEARCH_SQL = """
CREATE TABLE search_doc (
    doc_id INTEGER PRIMARY KEY,
    source_table VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL UNIQUE
);

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER company_search_insert AFTER INSERT ON company BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('company', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.name, new.industry || ' ' || new.locations || ' ' || new.remote_policy || ' ' || new.summary || ' ' || new.gut_verdict || ' ' || new.website);
END;

CREATE TRIGGER company_search_update AFTER UPDATE OF name, industry, locations, remote_policy, summary, gut_verdict, website ON company BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.name, new.industry || ' ' || new.locations || ' ' || new.remote_policy || ' ' || new.summary || ' ' || new.gut_verdict || ' ' || new.website);
END;

CREATE TRIGGER company_search_delete AFTER DELETE ON company BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER research_note_search_insert AFTER INSERT ON research_note BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('research_note', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.topic || ' ' || new.body || ' ' || new.source);
END;

CREATE TRIGGER research_note_search_update AFTER UPDATE OF title, topic, body, source ON research_note BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.topic || ' ' || new.body || ' ' || new.source);
END;

CREATE TRIGGER research_note_search_delete AFTER DELETE ON research_note BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER fit_criterion_search_insert AFTER INSERT ON fit_criterion BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('fit_criterion', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.name, new.description);
END;

CREATE TRIGGER fit_criterion_search_update AFTER UPDATE OF name, description ON fit_criterion BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.name, new.description);
END;

CREATE TRIGGER fit_criterion_search_delete AFTER DELETE ON fit_criterion BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER fit_score_search_insert AFTER INSERT ON fit_score BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('fit_score', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.evidence);
END;

CREATE TRIGGER fit_score_search_update AFTER UPDATE OF evidence ON fit_score BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.evidence);
END;

CREATE TRIGGER fit_score_search_delete AFTER DELETE ON fit_score BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER application_search_insert AFTER INSERT ON application BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('application', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.role, new.source || ' ' || new.link || ' ' || new.notes || ' ' || new.closed_reason);
END;

CREATE TRIGGER application_search_update AFTER UPDATE OF role, source, link, notes, closed_reason ON application BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.role, new.source || ' ' || new.link || ' ' || new.notes || ' ' || new.closed_reason);
END;

CREATE TRIGGER application_search_delete AFTER DELETE ON application BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER interview_round_search_insert AFTER INSERT ON interview_round BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('interview_round', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.kind || ' ' || new.location || ' ' || new.recruiter_advice || ' ' || new.outcome || ' ' || new.self_review || ' ' || new.answer_differently || ' ' || new.next_step);
END;

CREATE TRIGGER interview_round_search_update AFTER UPDATE OF title, kind, location, recruiter_advice, outcome, self_review, answer_differently, next_step ON interview_round BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.kind || ' ' || new.location || ' ' || new.recruiter_advice || ' ' || new.outcome || ' ' || new.self_review || ' ' || new.answer_differently || ' ' || new.next_step);
END;

CREATE TRIGGER interview_round_search_delete AFTER DELETE ON interview_round BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER prep_item_search_insert AFTER INSERT ON prep_item BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('prep_item', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.text);
END;

CREATE TRIGGER prep_item_search_update AFTER UPDATE OF text ON prep_item BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.text);
END;

CREATE TRIGGER prep_item_search_delete AFTER DELETE ON prep_item BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('person', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.name, new.title || ' ' || new.email || ' ' || new.profile_url || ' ' || new.notes);
END;

CREATE TRIGGER person_search_update AFTER UPDATE OF name, title, email, profile_url, notes ON person BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.name, new.title || ' ' || new.email || ' ' || new.profile_url || ' ' || new.notes);
END;

CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER note_line_search_insert AFTER INSERT ON note_line BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('note_line', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.text);
END;

CREATE TRIGGER note_line_search_update AFTER UPDATE OF text ON note_line BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.text);
END;

CREATE TRIGGER note_line_search_delete AFTER DELETE ON note_line BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER question_search_insert AFTER INSERT ON question BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('question', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.text || ' ' || new.category);
END;

CREATE TRIGGER question_search_update AFTER UPDATE OF text, category ON question BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.text || ' ' || new.category);
END;

CREATE TRIGGER question_search_delete AFTER DELETE ON question BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER question_asked_search_insert AFTER INSERT ON question_asked BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('question_asked', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.answer_note);
END;

CREATE TRIGGER question_asked_search_update AFTER UPDATE OF answer_note ON question_asked BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.answer_note);
END;

CREATE TRIGGER question_asked_search_delete AFTER DELETE ON question_asked BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER follow_up_search_insert AFTER INSERT ON follow_up BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('follow_up', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.subject, new.recipient || ' ' || new.body);
END;

CREATE TRIGGER follow_up_search_update AFTER UPDATE OF subject, recipient, body ON follow_up BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.subject, new.recipient || ' ' || new.body);
END;

CREATE TRIGGER follow_up_search_delete AFTER DELETE ON follow_up BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER interaction_search_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('interaction', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.summary);
END;

CREATE TRIGGER interaction_search_update AFTER UPDATE OF summary ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.summary);
END;

CREATE TRIGGER interaction_search_delete AFTER DELETE ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER offer_search_insert AFTER INSERT ON offer BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('offer', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.bonus || ' ' || new.equity || ' ' || new.benefits || ' ' || new.negotiation_notes);
END;

CREATE TRIGGER offer_search_update AFTER UPDATE OF bonus, equity, benefits, negotiation_notes ON offer BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), '', new.bonus || ' ' || new.equity || ' ' || new.benefits || ' ' || new.negotiation_notes);
END;

CREATE TRIGGER offer_search_delete AFTER DELETE ON offer BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER reminder_search_insert AFTER INSERT ON reminder BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('reminder', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.body);
END;

CREATE TRIGGER reminder_search_update AFTER UPDATE OF title, body ON reminder BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.body);
END;

CREATE TRIGGER reminder_search_delete AFTER DELETE ON reminder BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;

CREATE TRIGGER timeline_event_search_insert AFTER INSERT ON timeline_event BEGIN
    INSERT INTO search_doc (source_table, source_id) VALUES ('timeline_event', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.detail);
END;

CREATE TRIGGER timeline_event_search_update AFTER UPDATE OF title, detail ON timeline_event BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc_id FROM search_doc WHERE source_id = new.id), new.title, new.detail);
END;

CREATE TRIGGER timeline_event_search_delete AFTER DELETE ON timeline_event BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc_id FROM search_doc WHERE source_id = old.id);
    DELETE FROM search_doc WHERE source_id = old.id;
END;
"""


SEARCHABLE_TABLES: tuple[str, ...] = (
    "company",
    "research_note",
    "fit_criterion",
    "fit_score",
    "application",
    "interview_round",
    "prep_item",
    "person",
    "note_line",
    "question",
    "question_asked",
    "follow_up",
    "interaction",
    "offer",
    "reminder",
    "timeline_event",
)

STATEMENTS_SQL = TABLES_SQL + SEARCH_SQL

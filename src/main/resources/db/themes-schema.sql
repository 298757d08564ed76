-- Tables of the application beside Camunda's own (Camunda creates its schema itself).
-- Portable between H2 and PostgreSQL.

-- One row per theme that has not ended: the primary key makes the theme ID unique among
-- running themes, also when two starts with one ID arrive at once (CONTRACT: business key).
CREATE TABLE IF NOT EXISTS dsn_active_theme (
  theme_id            VARCHAR(40)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  started_at          TIMESTAMP    NOT NULL
);

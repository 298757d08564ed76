-- Tables of the application beside Camunda's own (Camunda creates its schema itself).
-- Portable between H2 and PostgreSQL.

-- One row per theme that has not ended: the primary key makes the theme ID unique among
-- running themes, also when two starts with one ID arrive at once (CONTRACT: business key).
CREATE TABLE IF NOT EXISTS dsn_active_theme (
  theme_id            VARCHAR(40)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  started_at          TIMESTAMP    NOT NULL
);

-- IR-4, SR-2: rewards due to researchers, at adoption and at each achieved milestone.
CREATE TABLE IF NOT EXISTS dsn_reward (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  theme_id    VARCHAR(40)  NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  milestone   VARCHAR(200),
  recipient   VARCHAR(200),
  institution VARCHAR(200),
  recorded_at TIMESTAMP    NOT NULL
);
CREATE INDEX IF NOT EXISTS dsn_reward_theme ON dsn_reward (theme_id);

-- LS-7, LS-5, IR-4: each licence payment (the upfront payment at licensing, each accepted
-- milestone payment after it) split in whole yen by the institutions' contribution shares; one
-- row per institution and payment, the rows of one payment (split_id) adding up to payment_amount.
CREATE TABLE IF NOT EXISTS dsn_income_split (
  id                          VARCHAR(36)   NOT NULL PRIMARY KEY,
  split_id                    VARCHAR(36)   NOT NULL,
  theme_id                    VARCHAR(40)   NOT NULL,
  payment_kind                VARCHAR(20)   NOT NULL,
  milestone_name              VARCHAR(200),
  licensee                    VARCHAR(200)  NOT NULL,
  license_agreement_reference VARCHAR(100),
  payment_amount              BIGINT        NOT NULL,
  part_no                     INTEGER       NOT NULL,
  institution                 VARCHAR(200)  NOT NULL,
  share_percent               DECIMAL(9, 6) NOT NULL,
  amount                      BIGINT        NOT NULL,
  recorded_at                 TIMESTAMP     NOT NULL
);
CREATE INDEX IF NOT EXISTS dsn_income_split_theme ON dsn_income_split (theme_id);

-- The tables of a version-1 Triad project, frozen as released (commit fbe1edf), so that
-- tests can build a genuine version-1 file and migrate it. Never edit.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE items (idx INTEGER PRIMARY KEY CHECK (idx >= 0), item_id TEXT NOT NULL UNIQUE, label TEXT NOT NULL, definition TEXT NOT NULL DEFAULT '', image TEXT NOT NULL DEFAULT '');
CREATE TABLE categories (idx INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE item_categories ( item_idx INTEGER NOT NULL REFERENCES items(idx), category_idx INTEGER NOT NULL REFERENCES categories(idx), PRIMARY KEY (item_idx, category_idx)) WITHOUT ROWID;
CREATE TABLE judgement_sets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL DEFAULT '', created TEXT NOT NULL);
CREATE TABLE judgements (id INTEGER PRIMARY KEY, set_id INTEGER NOT NULL REFERENCES judgement_sets(id) ON DELETE CASCADE, item_a INTEGER NOT NULL REFERENCES items(idx), item_b INTEGER NOT NULL REFERENCES items(idx), item_c INTEGER NOT NULL REFERENCES items(idx), odd INTEGER NOT NULL, source TEXT NOT NULL DEFAULT '', participant INTEGER, time TEXT, response_ms INTEGER, CHECK (odd IN (item_a, item_b, item_c)), CHECK (item_a <> item_b AND item_a <> item_c AND item_b <> item_c));
CREATE INDEX judgements_by_set ON judgements (set_id, id);
CREATE TABLE embeddings (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('trained', 'reference', 'vectors')), n_items INTEGER NOT NULL, n_dims INTEGER NOT NULL, weights BLOB NOT NULL, manifest TEXT NOT NULL DEFAULT '{}', created TEXT NOT NULL, CHECK (length(weights) = 4 * n_items * n_dims));
CREATE TABLE dimension_labels ( embedding_id INTEGER NOT NULL REFERENCES embeddings(id) ON DELETE CASCADE, dim INTEGER NOT NULL, label TEXT NOT NULL, PRIMARY KEY (embedding_id, dim));
CREATE TABLE training_history ( embedding_id INTEGER NOT NULL REFERENCES embeddings(id) ON DELETE CASCADE, epoch INTEGER NOT NULL, train_loss REAL, train_accuracy REAL, validation_loss REAL, validation_accuracy REAL, active_dims INTEGER, seconds REAL, PRIMARY KEY (embedding_id, epoch));
CREATE TABLE feature_sets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, n_items INTEGER NOT NULL, n_dims INTEGER NOT NULL, data BLOB NOT NULL, source_file TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, CHECK (length(data) = 4 * n_items * n_dims));
INSERT INTO meta (key, value) VALUES ('app', 'triad'), ('schema', '1'), ('created', '2025-01-01T00:00:00Z');
PRAGMA user_version = 1;

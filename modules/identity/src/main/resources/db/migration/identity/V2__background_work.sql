-- Reconciliation work runs after the changes people just made, however long its queue.
ALTER TABLE outbox_entry ADD COLUMN background BOOLEAN DEFAULT FALSE NOT NULL;
DROP INDEX outbox_due_idx;
CREATE INDEX outbox_due_idx ON outbox_entry (status, background, next_attempt_at);

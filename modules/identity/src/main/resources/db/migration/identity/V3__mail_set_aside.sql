-- A mail that can never be delivered is set aside after its last attempt, for a platform
-- administrator to retry or discard; the earlier FAILED status meant the same.
ALTER TABLE outbox_entry ADD COLUMN set_aside_at TIMESTAMP;
ALTER TABLE outbox_entry ADD COLUMN handled_by VARCHAR(254);
ALTER TABLE outbox_entry ADD COLUMN handled_at TIMESTAMP;
UPDATE outbox_entry SET status = 'SET_ASIDE', set_aside_at = CURRENT_TIMESTAMP WHERE status = 'FAILED';

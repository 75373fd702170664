-- Refunds (issue 3): a credit note remembers the request that issued it and where its money went.
ALTER TABLE credit_note ADD COLUMN request_key VARCHAR(100);
ALTER TABLE credit_note ADD COLUMN to_provider DECIMAL(19,2);
ALTER TABLE credit_note ADD COLUMN to_balance DECIMAL(19,2);
ALTER TABLE credit_note ADD COLUMN provider_refund_id VARCHAR(60);
CREATE UNIQUE INDEX credit_note_request_key_idx ON credit_note (request_key);

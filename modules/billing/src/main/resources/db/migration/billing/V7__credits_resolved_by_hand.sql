-- A credit that named nothing known is resolved by the provider's accountants: credited to the
-- prepaid account of the organization they recognised, or marked as sent back to the payer.
-- Who did it, when and why stay with the credit.
ALTER TABLE bank_credit ADD COLUMN resolved_by VARCHAR(254);
ALTER TABLE bank_credit ADD COLUMN resolved_at TIMESTAMP;
ALTER TABLE bank_credit ADD COLUMN resolution_note VARCHAR(200);

-- What a change found and what it left, beside its description: a partner's change of a product,
-- a member changed by a partner. Older entries have neither.
ALTER TABLE audit_entry ADD COLUMN before_value VARCHAR(1000);
ALTER TABLE audit_entry ADD COLUMN after_value VARCHAR(1000);

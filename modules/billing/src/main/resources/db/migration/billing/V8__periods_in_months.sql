-- PAY-8: some products are paid by the month, so every period is counted in months (12 a year).
-- Portable between Derby and PostgreSQL: a new column with a default, filled from the old one, which
-- is then dropped.
ALTER TABLE purchase_order_item ADD COLUMN months INTEGER DEFAULT 12 NOT NULL;
UPDATE purchase_order_item SET months = years * 12;
ALTER TABLE purchase_order_item DROP COLUMN years;

ALTER TABLE invoice_line ADD COLUMN period_months INTEGER DEFAULT 12 NOT NULL;
UPDATE invoice_line SET period_months = period_years * 12;
ALTER TABLE invoice_line DROP COLUMN period_years;

ALTER TABLE credit_note_line ADD COLUMN period_months INTEGER DEFAULT 12 NOT NULL;
UPDATE credit_note_line SET period_months = period_years * 12;
ALTER TABLE credit_note_line DROP COLUMN period_years;

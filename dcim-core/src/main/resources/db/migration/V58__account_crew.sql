-- Art. 16.1: a maintenance technician works the orders of their own crew; the crew is kept with
-- the person's account so the product knows which work orders are theirs.
ALTER TABLE account_credential ADD COLUMN crew VARCHAR(100) NULL;

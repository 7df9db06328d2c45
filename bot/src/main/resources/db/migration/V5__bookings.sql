-- Bookings keep the price they were made at, so a later price change never alters what a student agreed to pay.
ALTER TABLE bookings
    ADD COLUMN price_minor BIGINT  NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
    ADD COLUMN currency    CHAR(3) NOT NULL DEFAULT 'UAH';

-- The hold expiry job looks for unpaid bookings whose hold has run out.
CREATE INDEX bookings_holds ON bookings (hold_until) WHERE status = 'PENDING_PAYMENT';
-- A slot's booking history (the partial unique index covers only the active booking).
CREATE INDEX bookings_slot ON bookings (slot_id);

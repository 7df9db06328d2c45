-- Photos mentors upload (through the web): the bytes themselves, so neither front end depends on the other to show
-- them. A photo set in Telegram stays a file id in mentor_profiles.photo_file_id.
CREATE TABLE mentor_photos (
    mentor_id    bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    content_type text        NOT NULL,
    bytes        bytea       NOT NULL,
    sha256       text        NOT NULL,
    updated_at   timestamptz NOT NULL
);

-- A copy of a photo set in Telegram is kept here too, with its file id, so the web can show it.
ALTER TABLE mentor_photos ADD COLUMN telegram_file_id text;

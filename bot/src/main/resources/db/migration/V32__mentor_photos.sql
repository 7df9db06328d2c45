-- Photos mentors upload (through the web): the bytes themselves, so neither front end depends on the other to show
-- them. A photo set in Telegram stays a file id in mentor_profiles.photo_file_id.
CREATE TABLE mentor_photos (
    mentor_id    bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    content_type text        NOT NULL,
    bytes        bytea       NOT NULL,
    sha256       text        NOT NULL,
    updated_at   timestamptz NOT NULL
);

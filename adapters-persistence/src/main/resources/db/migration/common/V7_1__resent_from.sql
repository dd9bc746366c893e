-- POST /v1/messages/{id}/resend: the new message points at the one it repeats.
ALTER TABLE messages ADD COLUMN resent_from TEXT;

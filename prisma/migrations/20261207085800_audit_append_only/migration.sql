-- The audit trail is append-only: events may be inserted, never changed or removed, by any role that is
-- not the table's owner (only an owner or superuser can disable these triggers, and that is itself DDL).
--
-- The function body is a U& string with \003B standing for each semicolon: the migration runner (the pg
-- driver adapter's executeScript) cuts a script at every semicolon, even inside dollar quotes and
-- comments, so a plpgsql body written with $$ ... $$ would be cut in two.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS U&'
BEGIN
  RAISE EXCEPTION ''audit_event is append-only: % refused'', TG_OP
    USING ERRCODE = ''insufficient_privilege'', HINT = ''Audit events are never changed or removed.''\003B
END
';

CREATE TRIGGER "audit_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "audit_event_no_truncate"
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();

-- Reserves one password check in a single statement (lib/core/auth/mutations.ts reservePasswordCheck).
-- The outer function takes the advisory lock every check of the installation shares, then calls the
-- inner one: a VOLATILE function takes a fresh snapshot for its query, so the counts include every
-- reservation committed before the lock was granted. The lock ends with the calling statement.
-- A pending attempt (succeeded null) counts as a failure until the app records its outcome.
-- Written without semicolons inside the bodies: the migration runner splits scripts on them.
CREATE FUNCTION login_attempt_count_and_insert(
  p_email text, p_address text, p_window_ms integer, p_per_account integer, p_per_address integer,
  p_per_minute integer, p_locked boolean
) RETURNS TABLE (account_failures integer, address_failures integer, checks_last_minute integer, attempt_id bigint)
LANGUAGE sql VOLATILE AS $$
  WITH recent AS (
    SELECT
      (SELECT count(*) FROM login_attempt WHERE email = p_email AND succeeded IS NOT TRUE
         AND attempted_at >= clock_timestamp() - p_window_ms * interval '1 millisecond')::integer AS account_failures,
      (SELECT count(*) FROM login_attempt WHERE client_address = p_address AND succeeded IS NOT TRUE
         AND attempted_at >= clock_timestamp() - p_window_ms * interval '1 millisecond')::integer AS address_failures,
      (SELECT count(*) FROM login_attempt WHERE attempted_at >= clock_timestamp() - interval '1 minute')::integer AS checks_last_minute
    WHERE p_locked
  ), inserted AS (
    INSERT INTO login_attempt (email, client_address, attempted_at)
    SELECT p_email, p_address, clock_timestamp() FROM recent
    WHERE recent.account_failures < p_per_account AND recent.address_failures < p_per_address
      AND recent.checks_last_minute < p_per_minute
    RETURNING id
  )
  SELECT recent.account_failures, recent.address_failures, recent.checks_last_minute, (SELECT id FROM inserted) FROM recent
$$;

CREATE FUNCTION reserve_password_check(
  p_email text, p_address text, p_window_ms integer, p_per_account integer, p_per_address integer, p_per_minute integer
) RETURNS TABLE (account_failures integer, address_failures integer, checks_last_minute integer, attempt_id bigint)
LANGUAGE sql VOLATILE AS $$
  SELECT * FROM login_attempt_count_and_insert(
    p_email, p_address, p_window_ms, p_per_account, p_per_address, p_per_minute,
    (SELECT true FROM (SELECT pg_advisory_xact_lock(hashtext('rehabit.password_checks'))) AS granted)
  )
$$;

-- The two roles of one participant database (README, "Least privilege"), run once by a superuser:
--   psql -v database=jp -v owner=jp_owner -v owner_password=... -v service=jp_service \
--        -v service_password=... -f create-roles.sql
-- The owner runs the migrations and owns what they create; the services connect as the service role,
-- which `migrate` (HUB_SERVICE_ROLE) grants row access only. Safe to run again: it keeps existing roles
-- and resets their passwords and attributes.
\set ON_ERROR_STOP on
SELECT format('CREATE ROLE %I', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'service') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'service') \gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE :"service" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'service_password';
ALTER DATABASE :"database" OWNER TO :"owner";

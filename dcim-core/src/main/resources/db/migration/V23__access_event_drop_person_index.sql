-- The person filter of the access log matches a part of the name (LIKE '%...%'), which no B-tree
-- index can serve: ix_access_event_person was only ever written, once for every access event.
ALTER TABLE access_event DROP INDEX ix_access_event_person;

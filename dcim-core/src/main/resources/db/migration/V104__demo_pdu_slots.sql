-- Issue 31: the demo site's A and B PDUs of a rack were both registered in U1 front; each stands in a slot
-- of its own at the back of the rack (A in U1, B in U2), as the seeder now writes them. Only the demo's own
-- labels are touched, and only where the slot is still the old shared one.
UPDATE asset SET position_u = 1, face = 'rear' WHERE site_id = 'demo' AND label_code IN ('DEMO-PDU-A01A', 'DEMO-PDU-A02A') AND position_u = 1;
UPDATE asset SET position_u = 2, face = 'rear' WHERE site_id = 'demo' AND label_code IN ('DEMO-PDU-A01B', 'DEMO-PDU-A02B') AND position_u = 1;

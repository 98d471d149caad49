-- Issue 31: the demo site's edge router is named in Vietnamese, as the seeder now names it.
UPDATE asset SET name = 'Bộ định tuyến biên' WHERE site_id = 'demo' AND label_code = 'DEMO-RTR-01' AND name = 'Router biên';

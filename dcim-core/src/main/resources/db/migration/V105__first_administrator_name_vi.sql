-- Issue 31: the first administrator's full name, given by the product, is Vietnamese as every screen;
-- a name the person chose is left as it is.
UPDATE account SET full_name = 'Quản trị viên' WHERE system_name = 'dcim' AND full_name = 'Administrator';

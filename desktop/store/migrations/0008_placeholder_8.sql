-- Placeholder: schema 8 is reserved for another branch.

SELECT 1;

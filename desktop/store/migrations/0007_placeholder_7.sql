-- Placeholder: schema 7 is reserved for another branch.

SELECT 1;

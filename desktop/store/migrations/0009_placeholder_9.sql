-- Placeholder: schema 9 is reserved for another branch.

SELECT 1;

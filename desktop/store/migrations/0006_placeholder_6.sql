-- Placeholder: schema 6 is reserved for another branch.

SELECT 1;

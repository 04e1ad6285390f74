-- Placeholder: schema number 0007 is taken by another branch; this file keeps the numbering.
SELECT 1;

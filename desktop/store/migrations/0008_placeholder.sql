-- Placeholder: schema number 0008 is taken by another branch; this file keeps the numbering.
SELECT 1;

"""The AVG in the product: inzage (right of access) and retention."""

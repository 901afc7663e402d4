"""Training of the trained parts: each module trains one model from ``../shared`` and writes it to ``models/``."""

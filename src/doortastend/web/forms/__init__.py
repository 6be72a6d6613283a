"""Forms of the web UI, split by area like the views (signals, public, inbox; cases are added later)."""

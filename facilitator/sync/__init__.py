"""Sync a meeting to the city's Decidim, exactly once."""

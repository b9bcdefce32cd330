"""Exports for coordinators: spreadsheets, reports, Decidim import files, meeting bundles."""

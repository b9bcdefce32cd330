"""Sync to Decidim: the GraphQL client, signing in, the outbox engine that pushes a meeting.

The engine (:mod:`facilitator.sync.engine`) reports progress through callbacks and prints
nothing; the command line (:mod:`facilitator.sync.cli`) and the app's Sync section drive it.
"""

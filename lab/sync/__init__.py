"""Offline-first sync of the workstation's SQLite file with the centre's PostgreSQL (issue 8).

``tables`` finds every synced entity; ``upstream`` sets up and checks the central schema;
``push`` and ``pull`` move changes; ``merge`` settles concurrent edits; ``engine`` runs one sync.
"""

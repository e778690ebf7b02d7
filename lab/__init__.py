"""The laboratory's domain: entities, storage and services. No Qt here."""

"""Qt item models: thin adapters over the domain's queries (napari ``_qt/containers``)."""

"""Everything Qt: windows, views, item models, workers, certificate rendering and printing."""

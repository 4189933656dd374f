"""The Interventies tab: finder, Table 2 matrix, detail, signalling instruments."""

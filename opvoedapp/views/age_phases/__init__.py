"""The Leeftijdsfasen tab (Table 1)."""

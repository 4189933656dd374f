"""The Beslisschema tab: a page flow over the decision engine."""

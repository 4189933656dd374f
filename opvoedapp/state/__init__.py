"""State shared by several tabs during a session (QObjects with signals, no widgets)."""

"""The organisation profile: who the organisation is and which interventions it offers."""

"""The parent handout: choose parts, preview the exact PDF, print, save."""

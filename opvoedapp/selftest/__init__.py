"""``opvoedapp self-test``: checks that an installed (frozen) program can do its work."""

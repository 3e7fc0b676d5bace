"""Drive terminal programs on a pseudo-terminal and time them: see ../run.py."""

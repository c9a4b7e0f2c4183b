"""Small widgets shared by several screens: the level chip, the error label of a dialog."""

"""Small widgets shared by several screens (the level chip)."""

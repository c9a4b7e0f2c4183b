"""Suggestions for the next small step: the panel, its cards, what a card says, and the decision dialogs."""

"""The reflection conversation: the dialog, what it starts from, and the questions it offers."""

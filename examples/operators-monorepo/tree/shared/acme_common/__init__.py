"""Helpers every operator shares."""

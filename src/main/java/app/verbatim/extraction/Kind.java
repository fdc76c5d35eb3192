package app.verbatim.extraction;

public enum Kind { SPOKEN, WRITTEN }

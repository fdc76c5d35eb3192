package app.verbatim.text;

public enum QuotationKind { SPOKEN, WRITTEN }

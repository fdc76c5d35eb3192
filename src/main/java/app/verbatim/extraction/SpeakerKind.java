package app.verbatim.extraction;

public enum SpeakerKind { PERSON, DOCUMENT, MEMOIRIST, UNKNOWN }

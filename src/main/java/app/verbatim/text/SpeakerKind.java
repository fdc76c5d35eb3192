package app.verbatim.text;

public enum SpeakerKind { PERSON, DOCUMENT, MEMOIRIST, UNKNOWN }

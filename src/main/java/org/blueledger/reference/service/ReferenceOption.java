package org.blueledger.reference.service;

/** A code with its label in the caller's language, for select lists and display. */
public record ReferenceOption(String code, String label) implements java.io.Serializable {
}

package org.blueledger.victimsupport.domain;

/** The outcome of a claim's paternity question (reference vocabulary PATERNITY_OUTCOME). */
public enum PaternityOutcome { ESTABLISHED_BY_DNA, ESTABLISHED_BY_ADMISSION, NOT_ESTABLISHED }

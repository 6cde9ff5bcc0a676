package org.blueledger.victimsupport.domain;

/** Who brings a paternity claim: the victim (the mother) or the child's guardian. */
public enum Claimant { VICTIM, GUARDIAN }

package org.blueledger.victimsupport.domain;

/** The child's sex: case data, kept after the child's identity is erased. */
public enum ChildSex { FEMALE, MALE, UNKNOWN }

package org.blueledger.victimsupport.domain;

/** Who did a step of a claim, where it matters (a DNA sample is collected by the UN or by the member state). */
public enum Party { UN, MEMBER_STATE }

package org.blueledger.victimsupport.domain;

/** What a victim was told or asked at a contact, for the dated contact log. */
public enum ContactTopic { CASE_STATUS, ASSISTANCE, PATERNITY_CLAIM, OTHER }

package org.blueledger.victimsupport.domain;

/** The kinds of assistance a victim is referred to (reference vocabulary REFERRAL_TYPE). */
public enum ReferralType { TRUST_FUND, MEDICAL, PSYCHOSOCIAL, LEGAL, LIVELIHOOD, EDUCATION, MATERIAL }

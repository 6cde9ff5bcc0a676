/** Victim support's entities and rules: paternity claims and their lifecycle, assistance referrals, Trust Fund projects, the contact log. */
package org.blueledger.victimsupport.domain;

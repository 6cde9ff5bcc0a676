/** Victim support's REST face: paternity claims, assistance referrals, Trust Fund projects (JSON-B records in and out). */
package org.blueledger.victimsupport.api;

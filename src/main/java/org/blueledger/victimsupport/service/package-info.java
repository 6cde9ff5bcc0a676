/** Victim support's use cases (the transaction and security gate), read models, command and view records. */
package org.blueledger.victimsupport.service;

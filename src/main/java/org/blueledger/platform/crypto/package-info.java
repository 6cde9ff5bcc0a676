/** Field-level encryption of confidential values (AES-256-GCM with key ids). Depends on no feature. */
package org.blueledger.platform.crypto;

/** Faces helpers shared by every feature's web package: language preference, bundle messages. Depends on no feature. */
package org.blueledger.platform.faces;

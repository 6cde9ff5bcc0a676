/** Faces helpers shared by every feature's web package: language preference, bundle messages, client ids of components, the open tab of a tab view. Depends on no feature. */
package org.blueledger.platform.faces;

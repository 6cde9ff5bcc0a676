/** Faces helpers shared by every feature's web package: language preference, bundle messages, client ids of components, the open tab of a tab view, field errors shown next to their fields (FormErrors). Depends on no feature. */
package org.blueledger.platform.faces;

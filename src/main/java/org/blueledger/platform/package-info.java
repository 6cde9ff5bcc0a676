/** Shared technical pieces (persistence, REST, Faces, servlet plumbing, health). Never depends on a feature. */
package org.blueledger.platform;

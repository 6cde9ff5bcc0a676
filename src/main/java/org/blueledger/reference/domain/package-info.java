/** Reference data entities: missions and ISO 3166 countries (read-only, filled by migrations). */
package org.blueledger.reference.domain;

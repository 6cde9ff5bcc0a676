/**
 * The shared base of the entities: {@code VersionedEntity} (id, {@code @Version}),
 * {@code CreatedEntity} (and who created it, when) and {@code StampedEntity} (and who changed it
 * last, when), as {@code @MappedSuperclass}es with the same columns in every table. Here rather
 * than in {@code platform.persistence} (house style), because the features' {@code domain}
 * packages may use no persistence package (LayeringTest); it depends on no feature.
 */
package org.blueledger.platform.domain;

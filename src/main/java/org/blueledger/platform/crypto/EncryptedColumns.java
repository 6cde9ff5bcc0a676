package org.blueledger.platform.crypto;

import java.util.List;

/**
 * A feature's columns that hold {@link FieldCipher} values, so that the key rotation
 * re-encrypts every one of them without reaching into the feature's tables on its own
 * knowledge: each feature that encrypts something contributes its columns as a CDI bean.
 */
public interface EncryptedColumns {

    /** One column: its table, the table's key column, the column and the field name used as associated data. */
    record Column(String table, String id, String column, String field) {
    }

    List<Column> encryptedColumns();
}

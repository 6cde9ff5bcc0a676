package org.blueledger.audit.domain;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every audit action has a label in both working languages, and the stored names fit their column. */
class AuditActionTest {

    @Test
    void everyActionHasAnEnglishAndAFrenchLabel() throws Exception {
        for (String file : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties bundle = load(file);
            List<String> missing = Arrays.stream(AuditAction.values()).map(a -> "audit.action." + a.name())
                    .filter(k -> bundle.getProperty(k, "").isBlank()).toList();
            assertEquals(List.of(), missing, file + ": audit actions without a label");
        }
    }

    @Test
    void everyStoredNameFitsTheActionColumn() {
        assertTrue(Arrays.stream(AuditAction.values()).allMatch(a -> a.name().length() <= 40));
    }

    /** One file read on its own: a ResourceBundle would fall back to English and hide a missing French label. */
    private static Properties load(String file) throws Exception {
        Properties p = new Properties();
        try (var in = AuditActionTest.class.getResourceAsStream("/org/blueledger/i18n/" + file);
             var reader = new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}

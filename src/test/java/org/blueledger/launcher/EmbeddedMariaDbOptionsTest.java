package org.blueledger.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start command's database options come from a my.cnf-style file (config/mariadb.cnf). */
class EmbeddedMariaDbOptionsTest {

    @Test
    void theMysqldSectionBecomesServerOptionsAndEverythingElseIsSkipped(@TempDir Path dir) throws IOException {
        Path cnf = Files.writeString(dir.resolve("my.cnf"), """
                # a comment
                [client]
                port = 9999
                [mysqld]
                innodb_buffer_pool_size = 1G
                ; another comment
                  innodb_flush_log_at_trx_commit=1
                skip-log-bin
                [mysqldump]
                quick
                """);
        assertEquals(List.of("--innodb-buffer-pool-size=1G", "--innodb-flush-log-at-trx-commit=1", "--skip-log-bin"),
                EmbeddedMariaDb.options(cnf));
    }

    @Test
    void optionsTheLauncherOwnsAreRefusedWithTheirName(@TempDir Path dir) throws IOException {
        Path cnf = Files.writeString(dir.resolve("my.cnf"), "[mysqld]\nbind_address = 0.0.0.0\n");
        IOException e = assertThrows(IOException.class, () -> EmbeddedMariaDb.options(cnf));
        assertTrue(e.getMessage().contains("bind-address"), e.getMessage());
    }

    @Test
    void theShippedFileKeepsEveryCommitDurable() throws IOException {
        List<String> shipped = EmbeddedMariaDb.options(Path.of("config/mariadb.cnf"));
        assertTrue(shipped.contains("--innodb-flush-log-at-trx-commit=1"), shipped.toString());
        assertTrue(shipped.stream().anyMatch(o -> o.startsWith("--innodb-buffer-pool-size=")), shipped.toString());
    }
}

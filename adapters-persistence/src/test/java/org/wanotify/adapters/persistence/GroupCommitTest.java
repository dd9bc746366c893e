package org.wanotify.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    @TempDir
    Path dir;

    @Test
    void aFailingWriteInABatchIsRolledBackAloneWhileTheOthersCommit() throws Exception {
        try (Database db = Database.open(new PersistenceConfig("jdbc:sqlite:" + dir.resolve("g.db"), 4))) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (k INTEGER PRIMARY KEY)"));
            GroupCommit writes = new GroupCommit(db.jdbi());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i;
                results.add(pool.submit(() -> {
                    try {
                        writes.write(h -> {
                            h.execute("INSERT INTO t (k) VALUES (?)", k);
                            if (k % 2 == 1) {
                                throw new IllegalStateException("odd keys fail after writing");
                            }
                            return null;
                        });
                        return true;
                    } catch (IllegalStateException e) {
                        return false;
                    }
                }));
            }
            int ok = 0;
            for (Future<Boolean> f : results) {
                ok += f.get() ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(200, ok);
            assertEquals(200, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM t").mapTo(Integer.class).one()));
            assertEquals(0, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM t WHERE k % 2 = 1").mapTo(Integer.class).one()));
        }
    }
}

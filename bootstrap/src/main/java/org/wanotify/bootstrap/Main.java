package org.wanotify.bootstrap;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.adapters.persistence.Database;
import org.wanotify.adapters.persistence.PersistenceConfig;

/** {@code java -jar wanotify.jar [serve|migrate|templates ...|help]}. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        // On 2-CPU boxes Java 17's HttpClient would otherwise start a thread per response (common pool parallelism 1).
        if (System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism") == null) {
            System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors())));
        }
        String command = args.length == 0 ? "serve" : args[0];
        try {
            switch (command) {
                case "serve" -> serve();
                case "migrate" -> migrate();
                case "templates" -> System.exit(TemplatesCommand.run(java.util.Arrays.asList(args).subList(1, args.length),
                        config(), System.out, System.err));
                case "help", "--help", "-h" -> usage();
                default -> {
                    System.err.println("unknown command '" + command + "'");
                    usage();
                    System.exit(64);
                }
            }
        } catch (ConfigException e) {
            System.err.println("wanotify cannot start: " + e.getMessage());
            System.exit(78);
        } catch (RuntimeException e) {
            LOG.error("wanotify cannot start: {}", e.getMessage());
            LOG.debug("start-up failure", e);
            System.exit(1);
        }
    }

    private static WanotifyConfig config() {
        return WanotifyConfig.from(Settings.fromEnvironment(Path.of(".")));
    }

    private static void serve() {
        Wanotify app = Wanotify.start(config());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "wanotify-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void migrate() {
        WanotifyConfig config = config();
        int applied = Database.migrateOnly(new PersistenceConfig(config.dbUrl(), 1));
        System.out.println("migrations applied: " + applied + " (" + WanotifyConfig.redactUrl(config.dbUrl()) + ")");
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar wanotify.jar [command]
                  serve     run the gateway (default)
                  migrate   apply database migrations and exit
                  templates sync [--template NAME] | status | export [--format json|text]
                  help      this text
                configuration: environment variables or a .env file, see README.md""");
    }
}

package dev.portico.benchmarks.harness;

import java.nio.file.Path;
import java.util.List;

/**
 * One thing whose cold start is measured.
 *
 * @param name short id, such as {@code portico-rest}
 * @param label what it is, for the table
 * @param command the command that starts a process answering one event ({@code --lean} is appended
 *     for class-loading profiles of Java variants)
 * @param directory the working directory of the process
 * @param deployable the files a deployment of it would carry (jars, class folders, node_modules)
 * @param java whether it is a JVM on the class path (profiled for class loading)
 * @param answers whether it answers the event (the hello-world reference does not)
 * @param skipped why it cannot run here, or {@code null}
 */
public record Variant(String name, String label, List<String> command, Path directory, List<Path> deployable,
                      boolean java, boolean answers, String skipped) {

    /**
     * @param name the name
     * @param label the label
     * @param why why it is skipped
     * @return a variant that is reported as skipped
     */
    public static Variant skipped(String name, String label, String why) {
        return new Variant(name, label, List.of(), Path.of("."), List.of(), false, true, why);
    }
}

package dev.portico.benchmarks.harness;

import java.nio.file.Path;
import java.util.List;

/**
 * One thing whose cold start is measured.
 *
 * @param name short id, such as {@code portico-post@17}: implementation, event, then the Java feature
 *     version for JVM variants
 * @param label what it is, for the table
 * @param impl which implementation: {@code portico}, {@code baseline}, {@code node}, {@code spring} or
 *     {@code reference}
 * @param event which event it answers: {@code get}, {@code post} or {@code typed} (see {@link Variants#EVENTS})
 * @param runtime {@code 17}, {@code 25}... for JVMs, {@code node} for Node
 * @param command the command that starts a process answering one event ({@code --lean} is appended
 *     for class-loading profiles of Java variants)
 * @param directory the working directory of the process
 * @param deployable the files a deployment of it would carry (jars, class folders, node_modules)
 * @param java whether it is a JVM on the class path (profiled for class loading)
 * @param expected the answer it must give, or {@code null} when it answers nothing (the reference)
 * @param skipped why it cannot run here, or {@code null}
 */
public record Variant(String name, String label, String impl, String event, String runtime, List<String> command,
                      Path directory, List<Path> deployable, boolean java, Expected expected, String skipped) {

    /**
     * What a variant must answer.
     *
     * @param status the status code
     * @param body the response body, as JSON
     */
    public record Expected(int status, String body) {
    }

    /**
     * @param name the name
     * @param label the label
     * @param why why it is skipped
     * @return a variant that is reported as skipped
     */
    public static Variant skipped(String name, String label, String why) {
        return new Variant(name, label, "", "", "", List.of(), Path.of("."), List.of(), false, null, why);
    }

    /** @return the name without the runtime suffix, such as {@code portico-post} */
    public String base() {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }
}

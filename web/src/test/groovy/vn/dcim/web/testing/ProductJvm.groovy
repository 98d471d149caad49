package vn.dcim.web.testing

import java.lang.management.ManagementFactory
import java.nio.file.Path

/**
 * The command line of a product process that a spec starts in a JVM of its own (a clustered instance, a
 * product to kill -9): this JVM's java and class path, and its compiler and collector settings. The test
 * JVMs compile with C1 only and collect with the serial collector (dcim.test.jvm in the parent pom): a
 * product process lives seconds to a minute, mostly in cold code with a small heap, and C2's compiler
 * threads and G1's own threads cost more CPU than they save on a 2-core machine.
 */
final class ProductJvm {
    private ProductJvm() {}

    static List<String> command(List<String> jvmOptions = [], String mainClass, List<String> args) {
        List<String> compiler = ManagementFactory.runtimeMXBean.inputArguments.findAll { it.startsWith('-XX:TieredStopAtLevel=') || it == '-XX:+UseSerialGC' }
        [Path.of(System.getProperty('java.home'), 'bin', 'java').toString()] + compiler + jvmOptions +
                ['-cp', System.getProperty('java.class.path'), mainClass] + args
    }
}

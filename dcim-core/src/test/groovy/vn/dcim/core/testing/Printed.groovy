package vn.dcim.core.testing

/**
 * What a command-line program printed while it ran in the spec's JVM: its exit code, and its standard output and
 * error caught as UTF-8 text (the streams are the JVM's own again afterwards, even when the program threw).
 */
final class Printed {
    final int code
    final String out
    final String err

    private Printed(int code, String out, String err) {
        this.code = code
        this.out = out
        this.err = err
    }

    /** @param program runs the program and answers its exit code */
    static Printed by(Closure<Integer> program) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        PrintStream stdout = System.out
        PrintStream stderr = System.err
        System.setOut(new PrintStream(out, true, 'UTF-8'))
        System.setErr(new PrintStream(err, true, 'UTF-8'))
        int code
        try {
            code = program.call()
        } finally {
            System.setOut(stdout)
            System.setErr(stderr)
        }
        new Printed(code, out.toString('UTF-8'), err.toString('UTF-8'))
    }
}

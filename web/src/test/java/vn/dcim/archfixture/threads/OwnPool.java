package vn.dcim.archfixture.threads;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Makes its threads by hand on purpose, so that ArchitectureSpec shows its thread rule can fail. */
public class OwnPool {
    public ExecutorService pool() {
        return Executors.newFixedThreadPool(2);
    }

    public Thread loop(Runnable r) {
        return new Thread(r, "anonymous-loop");
    }
}

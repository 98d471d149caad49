package vn.dcim.web.cli

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration

/**
 * The data directory's lock within one JVM (a second JVM is ProductStopSpec's): the holder's pid in the file,
 * a start that waits for a stopping holder, and the one line when the holder stays.
 */
class DataDirLockSpec extends Specification {
    @TempDir
    Path dataDir

    def "the lock file names the process that holds it"() {
        when:
        DataDirLock lock = DataDirLock.take(dataDir, Duration.ZERO)

        then:
        lock.held()
        Files.readString(dataDir.resolve(DataDirLock.FILE)).trim() == ProcessHandle.current().pid().toString()

        cleanup:
        lock?.release()
    }

    def "the processes of one machine's roles share the directory, each role set once"() {
        given:
        DataDirLock web = DataDirLock.take(dataDir, DataDirLock.fileOfRoles('web'), Duration.ZERO)

        when:
        DataDirLock pollerAndBridge = DataDirLock.take(dataDir, DataDirLock.fileOfRoles('poller,bridge'), Duration.ZERO)

        then:
        pollerAndBridge.held()
        Files.exists(dataDir.resolve('dcim-poller-bridge.lock'))

        when:
        DataDirLock.take(dataDir, DataDirLock.fileOfRoles('web'), Duration.ZERO)

        then:
        thrown(DataDirLock.HeldException)

        cleanup:
        [web, pollerAndBridge].each { it?.release() }
    }

    def "a start waits for a holder that lets go within the wait, then takes the directory"() {
        given:
        DataDirLock holder = DataDirLock.take(dataDir, Duration.ZERO)
        Thread.start {
            Thread.sleep(700)
            holder.release()
        }

        when:
        long t0 = System.nanoTime()
        DataDirLock next = DataDirLock.take(dataDir, Duration.ofSeconds(10))
        long waitedMs = (System.nanoTime() - t0).intdiv(1_000_000)

        then:
        next.held()
        waitedMs >= 500
        waitedMs < 5_000

        cleanup:
        next?.release()
    }

    def "a holder that stays past the wait refuses the start with one line naming its pid and what to do"() {
        given:
        DataDirLock holder = DataDirLock.take(dataDir, Duration.ZERO)
        String pid = ProcessHandle.current().pid().toString()

        when:
        DataDirLock.take(dataDir, Duration.ofSeconds(1))

        then:
        DataDirLock.HeldException e = thrown()
        e.message == "the data directory ${dataDir} is in use by DCIM process ${pid} (waited 1 s, DCIM_DATA_DIR_WAIT): " +
                "stop that process first (kill ${pid}, or systemctl stop dcim@web), or give this one its own DCIM_DATA_DIR"
        !e.message.contains('\n')

        and: 'the holder keeps it, its pid unchanged'
        holder.held()
        Files.readString(dataDir.resolve(DataDirLock.FILE)).trim() == pid

        cleanup:
        holder?.release()
    }
}

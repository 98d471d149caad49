package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import vn.dcim.core.testing.Sql

import java.nio.file.Files
import java.nio.file.Path

/**
 * Art. 11.3: two places, judged on the copies of the last good backup as they lie on disk, not on
 * DCIM_BACKUP_SEPARATE_DEVICES. /tmp and /dev/shm (a tmpfs) are two file systems on any Linux machine;
 * two folders of /tmp are one.
 */
@MicronautTest(transactional = false)
class BackupTwoLocationsCheckSpec extends CheckJudgementSpec {


    def "copies #situation: #state"() {
        given: 'the copies on disk, and the run that recorded them as separate unless told'
        Path disk = Files.createTempDirectory('dcim-backup-a')
        Path otherFolder = Files.createTempDirectory('dcim-backup-b')
        Path tmpfs = Files.createTempDirectory(Path.of('/dev/shm'), 'dcim-backup-c')
        Map<String, Path> places = [disk: disk, folder: otherFolder, tmpfs: tmpfs]
        List<String> copies = copiesOn.collect { String place ->
            Path copy = places[place.replace('gone:', '')].resolve('dcim-20261119-010000.sql.gz')
            if (!place.startsWith('gone:')) {
                Files.writeString(copy, 'backup')
            }
            copy.toString()
        }
        def sql = new Sql(dataSource)
        sql.update('DELETE FROM backup_run')
        if (copies) {
            sql.update("INSERT INTO backup_run (id, taken_at, file_name, copies, checksums_verified, restore_verified, same_device, ok) " +
                    "VALUES (3, '2026-11-19 01:00:00', 'dcim-20261119-010000.sql.gz', ?, TRUE, TRUE, ?, TRUE)", [copies.join(','), recordedSame])
        }

        when:
        def j = judge('backup-two-locations')

        then:
        j.state().name() == state
        j.said().key() == key
        j.evidence()*.href().every { it.startsWith('/ui/compliance/records/backups') }

        cleanup:
        [disk, otherFolder, tmpfs].each { it.toFile().deleteDir() }

        where:
        situation                                   | copiesOn               | recordedSame || state             | key
        'on the disk and on a second file system'   | ['disk', 'tmpfs']      | false        || 'compliant'       | 'compliance.s.backup-two-locations.devices'
        // the setting said "separate devices", the disk says otherwise
        'in two folders of one file system'         | ['disk', 'folder']     | false        || 'non_compliant'   | 'compliance.s.backup-two-locations.one-device'
        'one copy only'                             | ['disk']               | false        || 'non_compliant'   | 'compliance.s.backup-two-locations.one-device'
        'the second copy deleted since'             | ['disk', 'gone:tmpfs'] | false        || 'non_compliant'   | 'compliance.s.backup-two-locations.missing'
        'recorded on the same device by the backup' | ['disk', 'tmpfs']      | true         || 'non_compliant'   | 'compliance.s.backup-two-locations.bad'
        'no backup at all'                          | []                     | false        || 'not_enough_data' | 'compliance.s.backup.none-ok'
    }
}

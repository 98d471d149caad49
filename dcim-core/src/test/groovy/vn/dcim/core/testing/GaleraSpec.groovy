package vn.dcim.core.testing

/**
 * Base of the specs on the 3-node Galera cluster (.ci/galera; DCIM_TEST_GALERA_URL, skipped without it by
 * each spec's @Requires): the spec's context migrates a schema of its own on the cluster, and the cluster
 * is the spec's alone (GaleraLock) from before that context starts until the spec ends.
 */
abstract class GaleraSpec extends MariaDbSpec {
    static final String CLUSTER = System.getenv('DCIM_TEST_GALERA_URL')

    /** The spec's schema on the cluster. */
    abstract String schema()

    @Override
    String specDbUrl() { CLUSTER.replaceFirst('/?$', '/') + schema() }

    @Override
    Map<String, String> getProperties() {
        GaleraLock.hold()
        super.getProperties()
    }

    def cleanupSpec() {
        GaleraLock.release()
    }
}

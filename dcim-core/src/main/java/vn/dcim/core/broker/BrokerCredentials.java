package vn.dcim.core.broker;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The register of the devices' sign-ins to the embedded broker (table mqtt_credential). The bridge decides what a
 * credential may do (its topic scope, its hash); this register only keeps them.
 */
@Singleton
public class BrokerCredentials {
    private final MqttCredentialRepository repository;

    BrokerCredentials(MqttCredentialRepository repository) {
        this.repository = repository;
    }

    public Optional<MqttCredential> find(String username) {
        return repository.findByUsername(username);
    }

    public boolean exists(String username) {
        return repository.existsByUsername(username);
    }

    /** Every credential, by user name. */
    public List<MqttCredential> all() {
        return repository.findAllOrderByUsername();
    }

    public MqttCredential save(MqttCredential credential) {
        return repository.save(credential);
    }

    public void delete(String username) {
        repository.deleteByUsername(username);
    }
}

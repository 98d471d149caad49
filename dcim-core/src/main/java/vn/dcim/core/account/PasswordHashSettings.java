package vn.dcim.core.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * dcim.accounts.password.hash.*: the argon2id cost of a new hash (Art. 15.1), Spring Security's by default
 * (16 MiB, 2 passes). Below a megabyte a hash is no defence at all (RFC 9106 section 3.1 asks 8 KiB a lane at least),
 * so a smaller memory is taken as 1 MiB.
 */
@ConfigurationProperties("dcim.accounts.password.hash")
public record PasswordHashSettings(@Bindable(defaultValue = "16384") int memoryKib,
                                   @Bindable(defaultValue = "2") int iterations) {
    static final int LEAST_MEMORY_KIB = 1024;

    public PasswordHashSettings {
        memoryKib = Math.max(LEAST_MEMORY_KIB, memoryKib);
        iterations = Math.max(1, iterations);
    }
}

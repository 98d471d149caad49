package vn.dcim.web.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * dcim.http.connections.*: how many connections to the web port one address may hold open ({@code per-address}),
 * how many in all ({@code max}; 0: half the files the process may open, at most 10,000), how long a request's head may
 * take to arrive once its first byte has ({@code request-head-timeout}), and the addresses of reverse proxies in front
 * of the product, which carry every person's connections and are held to the total alone ({@code proxies}).
 */
@ConfigurationProperties("dcim.http.connections")
public record ClientConnectionSettings(@Bindable(defaultValue = "256") int perAddress,
                                       @Bindable(defaultValue = "0") int max,
                                       @Bindable(defaultValue = "30s") Duration requestHeadTimeout,
                                       @Nullable List<String> proxies) {
}

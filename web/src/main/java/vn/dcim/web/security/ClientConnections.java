package vn.dcim.web.security;

import com.sun.management.UnixOperatingSystemMXBean;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.error.RateLimitedLog;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The connections clients hold open on the web port. Netty keeps any number open, each one of the process's file
 * descriptors: one client holding ~20,000 half-sent requests (a slow-loris) can use them all up, and the database pool,
 * the broker and the backups then fail with "Too many open files". A connection beyond what one address may hold,
 * or beyond the total, is closed as it opens; a connection whose request head has not arrived whole within the
 * timeout of its first byte is closed. Each is counted (dcim_http_connections_refused_total{reason}) and logged,
 * a line per reason at most every 10 s. An idle kept-alive connection is the server's idle timeout's to end.
 */
@Singleton
public class ClientConnections implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnections.class);
    /** The reasons a connection is closed, as the meter names them. */
    public static final List<String> REASONS = List.of("per_address", "total", "slow_head");

    private final int perAddress;
    private final int max;
    private final long headTimeoutMs;
    private final Set<InetAddress> proxies;
    private final Map<InetAddress, Integer> openByAddress = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, LongAdder> refused = REASONS.stream().collect(Collectors.toUnmodifiableMap(r -> r, r -> new LongAdder()));
    private final RateLimitedLog refusals = new RateLimitedLog(LOG);

    ClientConnections(ClientConnectionSettings settings) {
        this.perAddress = Math.max(1, settings.perAddress());
        this.max = settings.max() > 0 ? settings.max() : halfTheFiles();
        this.headTimeoutMs = settings.requestHeadTimeout().toMillis();
        this.proxies = addresses(settings.proxies());
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(ConnectionHooks.of(this::opened, this::streamBuilt));
        return event.getBean();
    }

    /** Connections open now. */
    public int open() {
        return open.get();
    }

    /** Connections closed for {@code reason} (one of {@link #REASONS}) since start. */
    public long refused(String reason) {
        return refused.get(reason).sum();
    }

    /** Takes a new connection from {@code address} into the count, or says it is one too many. */
    boolean admit(InetAddress address) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            refuse("total", "HTTP connection from {} closed: {} open in all (dcim.http.connections.max)", shown(address), max);
            return false;
        }
        if (address == null || proxies.contains(address)) {
            return true;
        }
        boolean[] taken = {false};
        openByAddress.compute(address, (a, n) -> {
            int held = n == null ? 0 : n;
            taken[0] = held < perAddress;
            return taken[0] ? held + 1 : n;
        });
        if (!taken[0]) {
            open.decrementAndGet();
            refuse("per_address", "HTTP connection from {} closed: {} already open from that address (dcim.http.connections.per-address)",
                    shown(address), perAddress);
        }
        return taken[0];
    }

    /** A counted connection ended. */
    void release(InetAddress address) {
        open.decrementAndGet();
        if (address != null && !proxies.contains(address)) {
            openByAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
    }

    private void refuse(String reason, String message, Object... args) {
        refused.get(reason).increment();
        refusals.warn(reason, message, args);
    }

    private static String shown(InetAddress address) {
        return address == null ? "an unknown address" : address.getHostAddress();
    }

    private static InetAddress addressOf(Channel channel) {
        return channel.remoteAddress() instanceof InetSocketAddress remote ? remote.getAddress() : null;
    }

    private static int halfTheFiles() {
        long files = ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount() : 20_000;
        return (int) Math.max(64, Math.min(10_000, files / 2));
    }

    private static Set<InetAddress> addresses(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(String::trim).filter(n -> !n.isEmpty()).map(n -> {
            try {
                return InetAddress.getByName(n);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("dcim.http.connections.proxies: " + n + " is not an address", e);
            }
        }).collect(Collectors.toUnmodifiableSet());
    }

    /** A new connection: counted until it closes, or closed at once as one too many. */
    private void opened(Channel channel) {
        InetAddress address = addressOf(channel);
        if (!admit(address)) {
            channel.close();
            return;
        }
        channel.closeFuture().addListener(f -> release(address));
    }

    /** Its HTTP/1 pipeline: the head clock around the decoder. */
    private void streamBuilt(Channel channel) {
        if (headTimeoutMs > 0 && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
            HeadClock clock = new HeadClock();
            channel.pipeline().addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "dcim-request-head-started", clock.started());
            channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "dcim-request-head-arrived", clock.arrived());
        }
    }

    /**
     * The time a request's head takes: started by its first bytes (before the HTTP decoder), stopped when the decoder
     * has read the head whole (after it). A body takes what it takes; the bytes after a request's last part start the
     * next head's time.
     */
    private final class HeadClock {
        private ScheduledFuture<?> deadline;
        private boolean inRequest;

        ChannelInboundHandlerAdapter started() {
            return new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    // a connection whose decoder is gone (upgraded to another protocol) has no heads left to time
                    if (deadline == null && !inRequest && ctx.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                        deadline = ctx.executor().schedule(() -> tooSlow(ctx), headTimeoutMs, TimeUnit.MILLISECONDS);
                    }
                    ctx.fireChannelRead(msg);
                }

                @Override
                public void channelInactive(ChannelHandlerContext ctx) {
                    stop();
                    ctx.fireChannelInactive();
                }
            };
        }

        ChannelInboundHandlerAdapter arrived() {
            return new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    if (msg instanceof HttpRequest) {
                        stop();
                        inRequest = true;
                    }
                    if (msg instanceof LastHttpContent) {
                        inRequest = false;
                    }
                    ctx.fireChannelRead(msg);
                }
            };
        }

        private void tooSlow(ChannelHandlerContext ctx) {
            deadline = null;
            if (ctx.channel().isActive()) {
                refuse("slow_head", "HTTP connection from {} closed: its request head took longer than {} ms (dcim.http.connections.request-head-timeout)",
                        shown(addressOf(ctx.channel())), headTimeoutMs);
                ctx.channel().close();
            }
        }

        private void stop() {
            if (deadline != null) {
                deadline.cancel(false);
                deadline = null;
            }
        }
    }
}

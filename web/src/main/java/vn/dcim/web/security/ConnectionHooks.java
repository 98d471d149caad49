package vn.dcim.web.security;

import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;

import java.util.function.Consumer;

/**
 * Work done on each client connection of the web port as Micronaut builds it (not on the listening socket, not per
 * stream): once its first pipeline stands (TLS and the HTTP codec, before any request), and once its HTTP/1 stream
 * pipeline does. What reads a request before the framework can (a broken address, a head that dribbles in) or counts
 * the connections hooks in here.
 */
public final class ConnectionHooks {
    private ConnectionHooks() {
    }

    /** A customizer to register with Micronaut's {@link NettyServerCustomizer.Registry}. */
    public static NettyServerCustomizer of(Consumer<Channel> opened, Consumer<Channel> streamBuilt) {
        return new Hook(null, opened, streamBuilt);
    }

    private record Hook(Channel channel, Consumer<Channel> opened, Consumer<Channel> streamBuilt) implements NettyServerCustomizer {
        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Hook(channel, opened, streamBuilt) : this;
        }

        @Override
        public void onInitialPipelineBuilt() {
            if (channel != null) {
                opened.accept(channel);
            }
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null) {
                streamBuilt.accept(channel);
            }
        }
    }
}

package vn.dcim.web.api.error;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.ConnectionHooks;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * An address with a broken %-escape ({@code /api/sites/%zz}, {@code ?q=%zz}) is the caller's fault: 400 in the API's
 * error shape. The framework cannot make a request of such an address at all: it answers as for a bare request to
 * "/" without the caller's headers, so a signed-in caller was told 401 "sign in". It is refused here, as it is read
 * off the connection, before anything else sees it; the connection is closed after the answer.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnreadableAddress implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadableAddress.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Texts texts;
    private final JsonMapper json;

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(ConnectionHooks.of(channel -> { }, this::streamBuilt));
        return event.getBean();
    }

    /** True when the address has a % not followed by two hex digits, or escapes that are not UTF-8. */
    static boolean unreadable(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                return true;
            }
        }
        try {
            QueryStringDecoder decoded = new QueryStringDecoder(uri);
            decoded.path();
            decoded.parameters();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private void streamBuilt(Channel channel) {
        if (channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
            channel.pipeline().addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "dcim-unreadable-address", new Refuser());
        }
    }

    /** Refuses a request whose address cannot be read, and drops its body. */
    private final class Refuser extends ChannelInboundHandlerAdapter {
        private boolean dropping;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && unreadable(request.uri())) {
                dropping = !(msg instanceof LastHttpContent);
                ReferenceCountUtil.release(msg);
                LOG.warn("{} refused: its address has a broken %-escape", request.method());
                ctx.writeAndFlush(answer(request)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            if (dropping && msg instanceof HttpContent) {
                dropping = !(msg instanceof LastHttpContent);
                ReferenceCountUtil.release(msg);
                return;
            }
            ctx.fireChannelRead(msg);
        }

        private FullHttpResponse answer(HttpRequest request) {
            // the reader's language as everywhere: the "lang" cookie, Vietnamese without it
            String cookies = request.headers().get(HttpHeaderNames.COOKIE, "");
            Locale locale = ServerCookieDecoder.LAX.decode(cookies).stream()
                    .anyMatch(c -> c.name().equals("lang") && c.value().equals("en")) ? Locale.ENGLISH : VIETNAMESE;
            String message = texts.get(locale, "error.unreadable-address", "The address cannot be read: a % must be followed by two hex digits");
            byte[] body;
            try {
                body = json.writeValueAsBytes(new ApiError(400, "Bad Request", message, List.of()));
            } catch (IOException e) {
                body = new byte[0];
            }
            FullHttpResponse response = new DefaultFullHttpResponse(request.protocolVersion(), HttpResponseStatus.BAD_REQUEST,
                    Unpooled.wrappedBuffer(body));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return response;
        }
    }
}

package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.push.PushCredentials;
import vn.dcim.core.push.TerminalPictureFetches;

import java.util.Optional;

/**
 * One picture due: asked of its terminal with the terminal's own account, only at the address the push came from, and
 * what it gave handed to {@link FetchedPictures}.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TerminalPictureFetch {
    private final PushCredentials credentials;
    private final AccessLog accessLog;
    private final TerminalPictureFetcher fetcher;
    private final FetchedPictures fetched;

    void fetch(TerminalPictureFetches.Pending p) {
        Optional<PushCredentials.TerminalAccount> account = credentials.terminalAccount(p.credentialId());
        Optional<AccessEvent> event = accessLog.byMessage(p.deviceId(), p.messageId());
        if (account.isEmpty() || event.isEmpty()) {
            // the account was forgotten, the credential withdrawn or the event erased meanwhile: nothing to fetch for
            fetched.dropped(p, account.isEmpty() ? "no account of the terminal kept" : "the event is no longer in the log");
            return;
        }
        TerminalPictureFetcher.Outcome outcome = TerminalAddress.of(p.url(), p.sourceAddress())
                .map(u -> fetcher.fetch(u, p.sourceAddress(), account.get()))
                .orElse(new TerminalPictureFetcher.Outcome.Refused("picture_refused_host", "not the terminal's address"));
        if (outcome instanceof TerminalPictureFetcher.Outcome.Picture picture) {
            fetched.keep(p, event.get(), picture.content());
        } else if (outcome instanceof TerminalPictureFetcher.Outcome.Refused refused) {
            fetched.refused(p, refused.outcome(), refused.why());
        } else if (outcome instanceof TerminalPictureFetcher.Outcome.Unreachable unreachable) {
            fetched.putOff(p, unreachable.why());
        }
    }
}

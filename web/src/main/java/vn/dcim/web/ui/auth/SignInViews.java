package vn.dcim.web.ui.auth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.util.List;

/** What the sign-in pages show: one record per page, read by its template under the components' names. */
final class SignInViews {
    private SignInViews() {
    }

    /**
     * The sign-in page, before anyone is signed in (no frame): the refusal's code, whether the person just signed out,
     * and the single sign-on offered (none: null).
     */
    @Introspected
    record Login(@Nullable String error, boolean signedOut, @Nullable String signOn, String signOnPath) implements ScreenView.Part {
    }

    /** The first administrator's set-up page: whether its token is still good, and what the last password lacked. */
    @Introspected
    record Setup(boolean valid, @Nullable String token, List<String> problems) implements ScreenView.Part {
    }

    /** The password change, forced or chosen, and what the last password lacked. */
    @Introspected
    record Password(Navigation.Frame frame, boolean forced, List<String> problems) implements ScreenView {
    }

    @Introspected
    record SecondFactor(Navigation.Frame frame, boolean wrong) implements ScreenView {
    }

    /** A refused screen: the layout's frame alone. */
    @Introspected
    record Forbidden(Navigation.Frame frame) implements ScreenView {
    }
}
